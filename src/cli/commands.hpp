#pragma once
// commands: one function per subcommand; each returns the process exit code.
#include <string>
#include <vector>

namespace solieu::cli {

struct CommandOptions {
  std::vector<std::string> paths;
  std::string output;
  unsigned jobs = 0;
  std::vector<std::string> globs;
  std::string encoding;
  std::string data_dir;
  std::string rules_dir;
  std::string format;
  std::string fail_on = "error";
  std::string lang = "en";
  std::string color = "auto";
  std::string baseline;
  std::string write_baseline;
  std::string rule_id;
  bool quiet = false;
  bool facts_table = false;
  bool stdout_is_tty = false;
  bool stderr_is_tty = false;
};

int run_extract(const CommandOptions& options);
int run_check(const CommandOptions& options);
int run_explain(const CommandOptions& options);
int run_rules(const CommandOptions& options);

}  // namespace solieu::cli
