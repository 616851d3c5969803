// report: write_report picks the renderer for a format. Text means the fact table after
// `extract` and compiler-style diagnostics after `check` (sheet.checked), as a person expects.
// Tested by tests/report/.
#include "solieu/report.hpp"

#include "report/renderers.hpp"

namespace solieu {

void write_report(std::ostream& out, const FactSheet& sheet, Format format, const ReportOptions& options) {
  switch (format) {
    case Format::json: report::write_json(out, sheet); return;
    case Format::jsonl: report::write_jsonl(out, sheet); return;
    case Format::text:
      if (!sheet.checked || options.facts_table) report::write_text_table(out, sheet, options);
      if (sheet.checked) {
        if (options.facts_table) out << '\n';
        report::write_diagnostics(out, sheet, options);
      }
      return;
    case Format::sarif: report::write_sarif(out, sheet, options); return;
  }
}

}  // namespace solieu
