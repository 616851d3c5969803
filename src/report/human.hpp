#pragma once
// human: pieces shared by the two text renderers: numbers grouped for reading, a fact's value
// with its qualifier and unit, ANSI styles that vanish when colour is off, lookups by id.
// Tested by tests/report/test_text_table.cpp and test_diagnostics.cpp.
#include <map>
#include <string>

#include "solieu/report.hpp"

namespace solieu::report {

// 1480000000 -> "1,480,000,000" (en) or "1.480.000.000" (vi, whose decimal mark is the comma).
std::string grouped_number(double value, const std::string& lang);
// "over 46,000 person", "35/55 zone", "75.6 %".
std::string value_text(const Fact& fact, const std::string& lang);

enum class Style { bold, red, yellow, cyan };
std::string styled(const std::string& text, Style style, bool color);
std::string styled(const std::string& text, Style a, Style b, bool color);

// Ids to records, built once per report.
struct Index {
  explicit Index(const FactSheet& sheet);
  const Fact* fact(const std::string& id) const;
  const ArticleRecord* article(const std::string& id) const;
  std::map<std::string, const Fact*> facts;
  std::map<std::string, const ArticleRecord*> articles;
};

}  // namespace solieu::report
