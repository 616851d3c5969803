// date_grammar: DateGrammar::load and read(); the article-date half is in article_date.cpp.
// Tested by tests/dates/corpus_test.cpp.
#include "dates/date_grammar.hpp"

#include "dates/reader.hpp"

namespace solieu {

std::shared_ptr<const DateGrammar> DateGrammar::load(const std::string& data_dir) {
  return std::make_shared<const dates::Grammar>(dates::DateData::load(data_dir));
}

namespace dates {

std::vector<TimeExpr> Grammar::read(const TokenizedText& tokens, const NormalizedText& text, uint32_t first,
                                    uint32_t end, const std::string& article_date) const {
  // An article date that is not ISO (it came from somewhere we do not control) completes nothing.
  std::optional<CalDate> article = parse_iso(article_date);
  return read_times(data_, tokens, text, first, end, article);
}

}  // namespace dates
}  // namespace solieu
