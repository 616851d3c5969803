// json: the fact sheet as one JSON document (schema "solieu/factsheet-1"), the format
// docs/factsheet.schema.json describes. "findings" is present exactly when rules ran (check),
// so an empty list means "checked, nothing found" and an absent one "not checked".
// A FactSheet fed through SheetStream: the CLI streams the same records without holding them.
// Tested by tests/report/test_json.cpp and test_schema.cpp.
#include "report/renderers.hpp"

namespace solieu::report {

void write_sheet(std::ostream& out, const FactSheet& sheet, Format format) {
  SheetStream stream(out, format, ReportOptions{});
  for (const auto& a : sheet.articles) stream.add(a);
  for (const auto& q : sheet.quantities) stream.add(q);
  for (const auto& f : sheet.facts) stream.add(f);
  stream.finish(sheet.errors, sheet.checked ? &sheet.findings : nullptr);
}

void write_json(std::ostream& out, const FactSheet& sheet) { write_sheet(out, sheet, Format::json); }

}  // namespace solieu::report
