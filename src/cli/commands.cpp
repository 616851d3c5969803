// commands: extract, check, explain, rules. They share the pipeline and the renderers; what
// differs is whether rules run and how the exit code is decided.
#include "cli/commands.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <thread>

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

PipelineOptions pipeline_options(const CommandOptions& o) {
  PipelineOptions p;
  p.paths = o.paths;
  p.load = load_options(o);
  p.jobs = o.jobs;
  p.progress = o.stderr_is_tty && !o.quiet;
  return p;
}

Format format_of(const std::string& name, Format fallback) {
  if (name == "json") return Format::json;
  if (name == "jsonl") return Format::jsonl;
  if (name == "text") return Format::text;
  if (name == "sarif") return Format::sarif;
  return fallback;
}

int failed(const std::string& error) {
  fmt::print(stderr, "solieu: {}\n", error);
  return 2;
}

}  // namespace

// Nothing of the run is held: each batch is rendered as it comes (text) or into spool files
// beside the output (json, jsonl), so memory does not grow with the corpus.
int run_extract(const CommandOptions& o) {
  const Resources resources = Resources::load(o.data_dir);
  Output output(o.output);
  if (!output.error().empty()) return failed(output.error());
  ReportOptions report;
  report.lang = o.lang;
  SheetStream stream(output.stream(), format_of(o.format, Format::json), report, output.folder());
  std::vector<InputError> errors = run_pipeline(pipeline_options(o), resources, [&](std::vector<ArticleResult>& batch) {
    for (const auto& r : batch) {
      stream.add(r.record);
      for (const auto& q : r.extraction.quantities) stream.add(q);
      for (const auto& f : r.extraction.facts) stream.add(f);
    }
  });
  stream.finish(errors);
  if (std::string error = output.commit(); !error.empty()) return failed(error);
  return errors.empty() ? 0 : 2;
}

// Rules need every fact, so facts are kept, but not what only the output reads: quantities and
// the facts' sentences are rendered into spools as they come (json) and dropped, unless the fact
// table (--facts) quotes the sentences. Findings come after facts in the sheet, so the order holds.
int run_check(const CommandOptions& o) {
  const Resources resources = Resources::load(o.data_dir);
  // Rules are read before any article: a broken rule file stops the run before work is done.
  const RuleSet rules = RuleSet::load(o.rules_dir);
  const Messages messages = Messages::load(o.data_dir, o.lang);
  Output output(o.output);
  if (!output.error().empty()) return failed(output.error());

  ReportOptions report;
  report.lang = o.lang;
  report.rules = &rules;
  report.messages = &messages;
  report.facts_table = o.facts_table;
  report.color =
      o.color == "always" || (o.color == "auto" && o.stdout_is_tty && o.output.empty() && !std::getenv("NO_COLOR"));
  const Format format = format_of(o.format, Format::text);
  const bool keep_sentences = format == Format::text && o.facts_table;
  std::unique_ptr<SheetStream> stream;
  if (format == Format::json || format == Format::jsonl)
    stream = std::make_unique<SheetStream>(output.stream(), format, report, output.folder());

  FactSheet sheet;
  sheet.errors = run_pipeline(pipeline_options(o), resources, [&](std::vector<ArticleResult>& batch) {
    for (auto& r : batch) {
      if (stream) {
        stream->add(r.record);
        for (const auto& q : r.extraction.quantities) stream->add(q);
      }
      sheet.streamed_quantities += r.extraction.quantities.size();
      for (auto& f : r.extraction.facts) {
        if (stream) stream->add(f);
        if (!keep_sentences) std::string().swap(f.sentence);  // clear() would keep the capacity
        sheet.facts.push_back(std::move(f));
      }
      sheet.articles.push_back(std::move(r.record));
    }
  });
  // The rules share the cores the articles had (--jobs): each rule runs on one thread.
  const unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  sheet.findings = rules.run(sheet.facts, messages, jobs);
  sheet.checked = true;
  if (!o.baseline.empty()) apply_baseline(o.baseline, sheet.findings);
  // Source lines are shown by the text and SARIF reports only; the fact sheet has no place for them.
  if (format == Format::text || format == Format::sarif) fill_finding_lines(sheet, load_options(o));

  if (stream)
    stream->finish(sheet.errors, &sheet.findings);
  else
    write_report(output.stream(), sheet, format, report);
  if (std::string error = output.commit(); !error.empty()) return failed(error);

  if (!o.write_baseline.empty()) {
    std::string error =
        write_output(o.write_baseline, [&](std::ostream& out) { out << baseline_json(sheet.findings); });
    if (!error.empty()) return failed(error);
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
    fmt::print("{:<{}}  {:<11} {:<8} {}\n", r.spec.id, width, r.spec.kind, to_string(r.spec.severity),
               r.spec.description);
  return 0;
}

}  // namespace solieu::cli
