#pragma once
// report: renderers of one fact sheet. JSON (solieu/factsheet-1), JSON Lines, a text table or
// compiler-style diagnostics, SARIF 2.1.0: sinks of the same data, none recomputes a finding.
// Tested by tests/report/ and the golden files.
#include <ostream>
#include <string>
#include <vector>

#include "solieu/rule.hpp"
#include "solieu/sheet.hpp"

namespace solieu {

enum class Format { json, jsonl, text, sarif };

struct ReportOptions {
  bool color = false;             // ANSI colours in text output
  std::string lang = "en";        // en | vi
  const RuleSet* rules = nullptr; // for SARIF tool.driver.rules and text summaries
  const Messages* messages = nullptr;
  bool facts_table = false;       // check's text report: the fact table first, then the findings
};

void write_report(std::ostream& out, const FactSheet& sheet, Format format, const ReportOptions& options);

// The tool version, one place: "0.1.0".
const char* version();

}  // namespace solieu
