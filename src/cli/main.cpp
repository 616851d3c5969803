// main: the command line. Parses arguments (CLI11), finds the data and rules folders, runs a
// command and maps the outcome to the exit codes of docs/SPEC.md:
//   0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or unreadable input.
#include <unistd.h>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdlib>
#include <iostream>

#include "cli/commands.hpp"
#include "solieu/report.hpp"

namespace {

// --data / --rules, else $SOLIEU_DATA / $SOLIEU_RULES, else the folders of the source tree.
std::string folder(const std::string& given, const char* env, const char* built_in) {
  if (!given.empty()) return given;
  if (const char* value = std::getenv(env); value && *value) return value;
  return built_in;
}

void add_input_options(CLI::App* cmd, solieu::cli::CommandOptions& o) {
  cmd->add_option("paths", o.paths, "Article files or folders (walked recursively, sorted); - reads standard input")
      ->required();
  cmd->add_option("-o,--output", o.output, "Write the report to FILE (atomically: temporary file, then rename)");
  cmd->add_option("-j,--jobs", o.jobs,
                  "Threads for the articles, and for the rules in check (default: the number of cores)")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--glob", o.globs, "File names a folder walk keeps (default: *.txt *.md)");
  cmd->add_option("--encoding", o.encoding, "Read inputs in this encoding (an ICU converter name, or tcvn3)");
  cmd->add_option("--data", o.data_dir, "Lexicon folder (default: $SOLIEU_DATA or the built-in data/)");
  cmd->add_flag("-q,--quiet", o.quiet, "No progress line on stderr");
}

}  // namespace

int main(int argc, char** argv) {
  // A reader that goes away (`solieu extract ... | head -1`) must end the run quietly, not kill it.
  std::signal(SIGPIPE, SIG_IGN);
  using solieu::cli::CommandOptions;
  CommandOptions o;

  CLI::App app{
      "solieu: figures from Vietnamese news articles as typed, dated facts, cross-checked across articles.\n"
      "Extracts zone and cluster counts (KCN, CCN), hectares, occupancy, capital, projects and jobs with\n"
      "their exact source position, writes a JSON fact sheet, and exits 1 when articles contradict each other.",
      "solieu"};
  app.set_version_flag("-V,--version", std::string("solieu ") + solieu::version());
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  solieu extract data/articles                    fact sheet (JSON) on stdout\n"
      "  solieu extract article.txt --format text        a table for people\n"
      "  solieu check data/articles                      findings; exit 1 on contradictions\n"
      "  solieu check data/articles --facts              the facts, then the findings\n"
      "  solieu check data/articles --format sarif -o solieu.sarif\n"
      "  solieu explain target-agrees                    what a rule checks, with an example\n"
      "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,\n"
      "            2 a usage error or an input that could not be read (the others are still processed).\n"
      "Contract: docs/SPEC.md");

  CLI::App* extract = app.add_subcommand("extract", "Extract quantities and facts into a fact sheet");
  add_input_options(extract, o);
  extract->add_option("-f,--format", o.format, "json (default), jsonl or text")
      ->check(CLI::IsMember({"json", "jsonl", "text"}));

  CLI::App* check = app.add_subcommand("check", "Extract, then cross-check the facts with the rules");
  add_input_options(check, o);
  check->add_option("-f,--format", o.format, "text (default), json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  check->add_option("--rules", o.rules_dir, "Rules folder (default: $SOLIEU_RULES or the built-in rules/)");
  check->add_option("--fail-on", o.fail_on, "Exit 1 on findings at or above: error (default), warning, never")
      ->check(CLI::IsMember({"error", "warning", "never"}));
  check->add_option("--lang", o.lang, "Language of messages: en (default) or vi")->check(CLI::IsMember({"en", "vi"}));
  check->add_option("--color", o.color, "Colour text output: auto (default), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  check->add_flag("--facts", o.facts_table, "Text format: list the facts before the findings");
  check->add_option("--baseline", o.baseline, "Accept the findings listed in FILE (each with a reason)");
  check->add_option("--write-baseline", o.write_baseline, "Write the current findings as a baseline FILE");

  CLI::App* explain = app.add_subcommand("explain", "Say what a rule checks, with a worked example");
  explain->add_option("rule", o.rule_id, "Rule id, as `solieu rules` lists them")->required();
  explain->add_option("--rules", o.rules_dir, "Rules folder (default: $SOLIEU_RULES or the built-in rules/)");
  explain->add_option("--data", o.data_dir, "Lexicon folder");

  CLI::App* rules = app.add_subcommand("rules", "List the rules in force");
  rules->add_option("--rules", o.rules_dir, "Rules folder (default: $SOLIEU_RULES or the built-in rules/)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  o.data_dir = folder(o.data_dir, "SOLIEU_DATA", SOLIEU_DATA_DIR);
  o.rules_dir = folder(o.rules_dir, "SOLIEU_RULES", SOLIEU_RULES_DIR);
  o.stdout_is_tty = isatty(STDOUT_FILENO);
  o.stderr_is_tty = isatty(STDERR_FILENO);

  try {
    if (*extract) return solieu::cli::run_extract(o);
    if (*check) return solieu::cli::run_check(o);
    if (*explain) return solieu::cli::run_explain(o);
    if (*rules) return solieu::cli::run_rules(o);
  } catch (const std::exception& e) {
    fmt::print(stderr, "solieu: {}\n", e.what());
    return 2;
  }
  return 2;
}
