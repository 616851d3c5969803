// jsonl: the fact sheet as JSON Lines, one record per line, each opening with "type"
// (article, quantity, fact, finding, error, in that order) and otherwise the very object the JSON
// format nests, so `grep '"type":"fact"'` and `jq -c` pipelines see the same fields.
// Findings appear only after check, as in JSON. Tested by tests/report/test_jsonl.cpp.
#include "report/renderers.hpp"
#include "report/sheet_json.hpp"

namespace solieu::report {
namespace {

void line(std::ostream& out, const char* type, const Json& record) {
  Json typed = Json::object();
  typed["type"] = type;
  for (const auto& [key, value] : record.items()) typed[key] = value;
  out << dump_compact(typed) << '\n';
}

}  // namespace

void write_jsonl(std::ostream& out, const FactSheet& sheet) {
  for (const auto& a : sheet.articles) line(out, "article", article_json(a));
  for (const auto& q : sheet.quantities) line(out, "quantity", quantity_json(q));
  for (const auto& f : sheet.facts) line(out, "fact", fact_json(f));
  if (sheet.checked)
    for (const auto& f : sheet.findings) line(out, "finding", finding_json(f));
  for (const auto& e : sheet.errors) line(out, "error", error_json(e));
}

}  // namespace solieu::report
