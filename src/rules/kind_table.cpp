// kind_table: kind name -> factory and template placeholders. Tested by tests/rules/test_load.cpp.
#include "rules/kind_table.hpp"

namespace solieu {

const std::vector<KindEntry>& kind_table() {
  static const std::vector<KindEntry> table = {
      {"agree", make_agree, {"values", "other", "interval"}},
      {"differences", make_differences, {"values", "count"}},
      {"timeline", make_timeline, {"earlier", "later", "earlier_time", "later_time"}},
      {"part_whole", make_part_whole, {"part", "whole", "whole_status"}},
      {"sum", make_sum, {"parts", "sum", "total"}},
      {"plan", make_plan, {"existing", "new", "target", "year", "sum"}},
      {"range", make_range, {"min", "max", "reason"}},
      {"list_count", make_list_count, {"count", "names"}},
      {"magnitude", make_magnitude, {"problem"}},
  };
  return table;
}

const KindEntry* find_kind(const std::string& name) {
  for (const auto& entry : kind_table())
    if (name == entry.name) return &entry;
  return nullptr;
}

const std::vector<std::string>& shared_placeholders() {
  static const std::vector<std::string> names = {"place",     "subject", "metric", "status", "zone",
                                                 "qualifier", "time",    "value",  "unit",   "text",
                                                 "article",   "key",     "rule",   "verdict"};
  return names;
}

bool parse_severity(const std::string& name, Severity& out) {
  if (name == "error")
    out = Severity::error;
  else if (name == "warning")
    out = Severity::warning;
  else if (name == "info")
    out = Severity::info;
  else
    return false;
  return true;
}

}  // namespace solieu
