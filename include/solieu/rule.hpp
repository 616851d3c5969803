#pragma once
// rule: declarative cross-checks over facts. A rule is a JSON file (comments allowed) whose `kind`
// names one class (agree, timeline, part_whole, sum, plan, range, list_count, magnitude); the
// class takes its parameters at load, rejecting unknown or mistyped fields with file:line:col,
// then check() turns the fact set into findings. Rules read facts, never text.
// Tested by tests/rules/.
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "solieu/fact.hpp"
#include "solieu/finding.hpp"

namespace solieu {

// Which facts a rule looks at; an empty list matches anything.
struct Selector {
  std::vector<std::string> subject, metric, status, unit, place;
  bool matches(const Fact& fact) const;
};

// Message templates for explanations, in the report language (data/messages.json).
class Messages {
 public:
  static Messages load(const std::string& data_dir, const std::string& lang);  // lang "en" | "vi"
  // Fills {name} placeholders of template `key` from args; an unknown key returns the key itself.
  std::string format(const std::string& key, const std::map<std::string, std::string>& args) const;
  // The template `key`, or nullptr (for callers that fill templates their own way).
  const std::string* find_template(const std::string& key) const;
  const std::string& lang() const { return lang_; }

 private:
  std::string lang_ = "en";
  // Probed a few times for every finding: hashed, not a tree of string comparisons.
  std::unordered_map<std::string, std::string> templates_;
};

// What every rule check gets: all facts of the run, and the words to explain with.
struct CheckContext {
  const std::vector<Fact>& facts;
  const Messages& messages;
};

struct RuleSpec {
  std::string id;
  std::string description;
  std::string kind;
  Severity severity = Severity::error;
  std::string message;     // template: {place} {subject} {metric} {status} {time} {values} ...
  std::string message_vi;  // Vietnamese template (optional)
  std::string example;     // a worked example, printed by `solieu explain`
  Selector select;
  std::string file;  // where it was loaded from
};

class RuleCheck {
 public:
  virtual ~RuleCheck() = default;
  virtual std::vector<Finding> check(const RuleSpec& spec, const CheckContext& context) const = 0;
};

struct Rule {
  RuleSpec spec;
  std::shared_ptr<const RuleCheck> check;
};

class RuleSet {
 public:
  // Loads every *.json in dir, sorted by name; throws DataError ("file:line:col: what").
  static RuleSet load(const std::string& dir);
  const std::vector<Rule>& rules() const { return rules_; }
  const Rule* find(const std::string& id) const;
  // Runs every rule; findings sorted by (severity desc, rule, first fact), ids filled. Rules run
  // on up to `jobs` threads, a rule on one thread; the findings are the same whatever `jobs` is.
  std::vector<Finding> run(const std::vector<Fact>& facts, const Messages& messages, unsigned jobs = 1) const;
  void add(Rule rule) { rules_.push_back(std::move(rule)); }

 private:
  std::vector<Rule> rules_;
};

}  // namespace solieu
