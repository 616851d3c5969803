#pragma once
// dates: a sentence's tokens -> time expressions; a byline or dateline -> the article date.
// "quý II/2021" -> 2021-Q2, "tháng 8/2023" -> 2023-08, "đến năm 2030" -> target 2030,
// "Chiều 22/8" -> --08-22, completed by the article year when there is one, never guessed.
// Tested by tests/corpus/dates.tsv.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "solieu/token.hpp"

namespace solieu {

enum class TimeKind : uint8_t {
  point,   // ngày 15/7/2021, tháng 8/2023, năm 2022, quý II/2021
  period,  // giai đoạn 2022-2025, từ đầu năm 2023 đến ngày 20/8, 6 tháng đầu năm
  target,  // đến năm 2030, đến 2030, vào năm 2030, tầm nhìn 2030: a plan's year
  now,     // hiện nay, hiện, đến nay, hiện tại: the article's own date
};

// What a time dates. Most times date the figures of their sentence; an act's date and a deadline
// date only their own clause, which the binder may honour: "Được thành lập năm 2010 với diện
// tích 150 ha, sau hơn 12 năm, KCN đã cho thuê 118 ha" dates the 150 ha, not the 118 ha.
enum class TimeRole : uint8_t {
  plain,
  event,     // when a one-off act happened: "thành lập năm 2010", "chấp thuận ... từ tháng 11/2016"
  deadline,  // a time limit: "dự kiến hoàn thành trước năm 2026"
};

struct TimeExpr {
  TimeKind kind = TimeKind::point;
  TimeRole role = TimeRole::plain;
  // ISO date or prefix ("2023-08-20", "2023-08", "2023"), a period label ("2021-Q2", "2024-H1"),
  // or "--08-22" (month-day with no known year). For a period: its end. Empty for `now`.
  std::string as_of;
  std::string from;  // period start, same forms; empty when none
  Span span;         // bytes of NormalizedText::text
  uint32_t first_token = 0;
  uint32_t end_token = 0;
};

class DateGrammar {
 public:
  // Reads data/dates.json; throws DataError on a bad file.
  static std::shared_ptr<const DateGrammar> load(const std::string& data_dir);
  virtual ~DateGrammar() = default;

  // Every time expression in tokens [first, end) of one sentence, in text order.
  // `article_date` ("2023-08-22", "2023", or empty) completes year-less dates.
  virtual std::vector<TimeExpr> read(const TokenizedText& tokens, const NormalizedText& text, uint32_t first,
                                     uint32_t end, const std::string& article_date) const = 0;

  // The article's date from a byline/dateline near the top ("Minh Châu|22/07/2021 09:03",
  // "Chiều 22/8" with a year stated elsewhere), or nullopt.
  virtual std::optional<std::string> article_date(const TokenizedText& tokens, const NormalizedText& text) const = 0;

  // A fallback date for an article with no dateline, marked date_source "inferred" by the
  // caller: the latest explicit full date the text states, else the latest year it states as
  // a past point. nullopt when the text gives nothing safe.
  virtual std::optional<std::string> infer_article_date(const TokenizedText& tokens,
                                                        const NormalizedText& text) const = 0;
};

}  // namespace solieu
