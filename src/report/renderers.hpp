#pragma once
// renderers: one function per output format, each a sink of the same FactSheet.
// write_report (report.cpp) picks one; none of them computes a finding, they only render.
// Tested by tests/report/.
#include <ostream>

#include "solieu/report.hpp"

namespace solieu::report {

// A whole FactSheet through SheetStream (json or jsonl).
void write_sheet(std::ostream& out, const FactSheet& sheet, Format format);
void write_json(std::ostream& out, const FactSheet& sheet);
void write_jsonl(std::ostream& out, const FactSheet& sheet);
void write_text_table(std::ostream& out, const FactSheet& sheet, const ReportOptions& options);
void write_diagnostics(std::ostream& out, const FactSheet& sheet, const ReportOptions& options);
void write_sarif(std::ostream& out, const FactSheet& sheet, const ReportOptions& options);

}  // namespace solieu::report
