#pragma once
// report: renderers of one fact sheet. JSON (solieu/factsheet-1), JSON Lines, a text table or
// compiler-style diagnostics, SARIF 2.1.0: sinks of the same data, none recomputes a finding.
// Tested by tests/report/ and the golden files.
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "solieu/rule.hpp"
#include "solieu/sheet.hpp"

namespace solieu {

enum class Format { json, jsonl, text, sarif };

struct ReportOptions {
  bool color = false;              // ANSI colours in text output
  std::string lang = "en";         // en | vi
  const RuleSet* rules = nullptr;  // for SARIF tool.driver.rules and text summaries
  const Messages* messages = nullptr;
  bool facts_table = false;  // check's text report: the fact table first, then the findings
};

void write_report(std::ostream& out, const FactSheet& sheet, Format format, const ReportOptions& options);

// The json, jsonl and text (fact table) renderers for runs too large to hold: give the records
// article by article (the article, then its quantities and facts), then finish(). The bytes are
// those write_report prints for a FactSheet holding the same records.
// json and jsonl list every article before any quantity and every quantity before any fact, so
// nothing can be written before finish(): records are rendered as they come, articles and
// quantities and facts each into a spool that moves to an unlinked temporary file in `spool_dir`
// ("" = $TMPDIR or /tmp) as it grows. text writes each article's table as soon as the next one
// starts (its columns are as wide as its own rows, not the whole sheet's).
class SheetStream {
 public:
  // format: json, jsonl or text (text without findings: the table `extract` prints).
  SheetStream(std::ostream& out, Format format, const ReportOptions& options, std::string spool_dir = {});
  ~SheetStream();
  SheetStream(const SheetStream&) = delete;
  SheetStream& operator=(const SheetStream&) = delete;

  void add(const ArticleRecord& article);
  void add(const QuantityRecord& quantity);
  void add(const Fact& fact);
  // Writes the rest. findings: null when rules did not run (json and jsonl then have none).
  // Throws std::runtime_error when a spool file cannot be written or read.
  void finish(const std::vector<InputError>& errors, const std::vector<Finding>* findings = nullptr);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The tool version, one place: "0.1.0".
const char* version();

}  // namespace solieu
