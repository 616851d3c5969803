// json: the fact sheet as one JSON document (schema "solieu/factsheet-1"), the format
// docs/factsheet.schema.json describes. "findings" is present exactly when rules ran (check),
// so an empty list means "checked, nothing found" and an absent one "not checked".
// Tested by tests/report/test_json.cpp and test_schema.cpp.
#include "report/renderers.hpp"
#include "report/sheet_json.hpp"

namespace solieu::report {

void write_json(std::ostream& out, const FactSheet& sheet) {
  Json doc = Json::object();
  doc["schema"] = kSchemaId;
  doc["tool"] = Json{{"name", "solieu"}, {"version", version()}};
  Json& articles = doc["articles"] = Json::array();
  for (const auto& a : sheet.articles) articles.push_back(article_json(a));
  Json& quantities = doc["quantities"] = Json::array();
  for (const auto& q : sheet.quantities) quantities.push_back(quantity_json(q));
  Json& facts = doc["facts"] = Json::array();
  for (const auto& f : sheet.facts) facts.push_back(fact_json(f));
  if (sheet.checked) {
    Json& findings = doc["findings"] = Json::array();
    for (const auto& f : sheet.findings) findings.push_back(finding_json(f));
  }
  Json& errors = doc["errors"] = Json::array();
  for (const auto& e : sheet.errors) errors.push_back(error_json(e));
  out << dump_pretty(doc) << '\n';
}

}  // namespace solieu::report
