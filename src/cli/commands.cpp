// commands: extract, check, explain, rules. They share the pipeline and the renderers; what
// differs is whether rules run and how the exit code is decided.
#include "cli/commands.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <iostream>

#include "cli/baseline.hpp"
#include "cli/output.hpp"
#include "cli/pipeline.hpp"
#include "solieu/report.hpp"

namespace solieu::cli {
namespace {

LoadOptions load_options(const CommandOptions& o) {
  LoadOptions load;
  if (!o.globs.empty()) load.globs = o.globs;
  load.encoding = o.encoding;
  return load;
}

FactSheet extract_all(const CommandOptions& o, const Resources& resources) {
  PipelineOptions p;
  p.paths = o.paths;
  p.load = load_options(o);
  p.jobs = o.jobs;
  p.progress = o.stderr_is_tty && !o.quiet;
  return run_pipeline(p, resources);
}

Format format_of(const std::string& name, Format fallback) {
  if (name == "json") return Format::json;
  if (name == "jsonl") return Format::jsonl;
  if (name == "text") return Format::text;
  if (name == "sarif") return Format::sarif;
  return fallback;
}

int emit(const CommandOptions& o, const FactSheet& sheet, Format format, const ReportOptions& report) {
  std::string error = write_output(o.output, [&](std::ostream& out) { write_report(out, sheet, format, report); });
  if (!error.empty()) {
    fmt::print(stderr, "solieu: {}\n", error);
    return 2;
  }
  return 0;
}

}  // namespace

int run_extract(const CommandOptions& o) {
  const Resources resources = Resources::load(o.data_dir);
  FactSheet sheet = extract_all(o, resources);
  ReportOptions report;
  report.lang = o.lang;
  if (int rc = emit(o, sheet, format_of(o.format, Format::json), report)) return rc;
  return sheet.errors.empty() ? 0 : 2;
}

int run_check(const CommandOptions& o) {
  const Resources resources = Resources::load(o.data_dir);
  // Rules are read before any article: a broken rule file stops the run before work is done.
  const RuleSet rules = RuleSet::load(o.rules_dir);
  const Messages messages = Messages::load(o.data_dir, o.lang);
  FactSheet sheet = extract_all(o, resources);
  sheet.findings = rules.run(sheet.facts, messages);
  sheet.checked = true;
  if (!o.baseline.empty()) apply_baseline(o.baseline, sheet.findings);
  fill_finding_lines(sheet, load_options(o));

  ReportOptions report;
  report.lang = o.lang;
  report.rules = &rules;
  report.messages = &messages;
  report.facts_table = o.facts_table;
  report.color = o.color == "always" || (o.color == "auto" && o.stdout_is_tty && o.output.empty() && !std::getenv("NO_COLOR"));
  if (int rc = emit(o, sheet, format_of(o.format, Format::text), report)) return rc;

  if (!o.write_baseline.empty()) {
    std::string error = write_output(o.write_baseline, [&](std::ostream& out) { out << baseline_json(sheet.findings); });
    if (!error.empty()) {
      fmt::print(stderr, "solieu: {}\n", error);
      return 2;
    }
  }
  if (!sheet.errors.empty()) return 2;
  if (o.fail_on == "never") return 0;
  const Severity threshold = o.fail_on == "warning" ? Severity::warning : Severity::error;
  for (const auto& f : sheet.findings)
    if (f.baseline_reason.empty() && f.severity >= threshold) return 1;
  return 0;
}

int run_explain(const CommandOptions& o) {
  const RuleSet rules = RuleSet::load(o.rules_dir);
  const Rule* rule = rules.find(o.rule_id);
  if (!rule) {
    fmt::print(stderr, "solieu: no rule \"{}\" in {} (see `solieu rules`)\n", o.rule_id, o.rules_dir);
    return 2;
  }
  const RuleSpec& s = rule->spec;
  fmt::print("{} ({} rule, {})\n  {}\n\n{}\n\nDefined in {}\n", s.id, s.kind, to_string(s.severity), s.description,
             s.example, s.file);
  return 0;
}

int run_rules(const CommandOptions& o) {
  const RuleSet rules = RuleSet::load(o.rules_dir);
  size_t width = 0;
  for (const auto& r : rules.rules()) width = std::max(width, r.spec.id.size());
  for (const auto& r : rules.rules())
    fmt::print("{:<{}}  {:<11} {:<8} {}\n", r.spec.id, width, r.spec.kind, to_string(r.spec.severity), r.spec.description);
  return 0;
}

}  // namespace solieu::cli
