#pragma once
// date_grammar: the DateGrammar behind include/solieu/dates.hpp, built from data/dates.json.
// Takes tokens and the article date; gives time expressions (reader.cpp) and the article's
// own date from its byline or dateline (article_date.cpp).
// Tested by tests/dates/.
#include "dates/date_data.hpp"
#include "solieu/dates.hpp"

namespace solieu::dates {

class Syllables;

class Grammar final : public DateGrammar {
 public:
  explicit Grammar(DateData data) : data_(std::move(data)) {}
  std::vector<TimeExpr> read(const TokenizedText& tokens, const NormalizedText& text, uint32_t first, uint32_t end,
                             const std::string& article_date) const override;
  std::optional<std::string> article_date(const TokenizedText& tokens, const NormalizedText& text) const override;
  std::optional<std::string> infer_article_date(const TokenizedText& tokens, const NormalizedText& text) const override;

 private:
  // Whether a time in a sentence of these syllables is a plan's or a deadline's ("đến năm 2030",
  // "phấn đấu ... ngày 1/7", "nhiệm vụ năm 2024"): no sign of when the article was written.
  bool planned(const Syllables& keys, const TimeExpr& e) const;
  DateData data_;
};

}  // namespace solieu::dates
