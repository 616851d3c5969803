#pragma once
// front_matter: the `---` block at the top of an article (static-site generators, Pandoc).
// Takes the decoded source and where the text starts (after a BOM); gives the keys, the byte
// where the body starts, and warnings for values it could not use. Only a terminated block is
// front matter: an article that merely opens with a "---" rule is left as text.
// Tested by tests/load/test_front_matter.cpp.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace solieu {

struct FrontMatter {
  std::vector<std::pair<std::string, std::string>> entries;  // in file order, quotes removed
  uint32_t body_start = 0;                                   // first byte after the closing line
};

std::optional<FrontMatter> read_front_matter(std::string_view source, uint32_t from);

// "2022-08-23", "2022-08", "2022", "23/8/2022", "2022-08-23T09:03:00+07:00" -> ISO date or prefix;
// nullopt when the value is not a real date.
std::optional<std::string> parse_article_date(std::string_view value);

}  // namespace solieu
