#pragma once
// wording: how findings speak. Values, times and labels come from data/messages.json in the
// report language, so the same finding reads in English or Vietnamese; rule templates are
// filled here, and a finding's notes quote each other fact as written in its article.
// Tested by tests/rules/test_messages.cpp and the kinds' cases.
#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "solieu/rule.hpp"

namespace solieu {

// A template's arguments: a few names, each set once or twice per finding. A flat list beats a
// tree of nodes when a run builds a few hundred thousand findings. The arguments of a fact
// (fact_args) are worked out only when a template asks for them, and a text that outlives the
// arguments (a rule id, a word of the run's wording cache) is borrowed, not copied: a run of a
// million facts makes a few hundred thousand findings, and most of their arguments go unused.
class Args {
 public:
  using Item = std::pair<std::string, std::string>;
  Args() = default;
  Args(std::initializer_list<Item> items);
  // The arguments fact_args gives for `fact`, made on demand; both must outlive these arguments.
  Args(const Messages& messages, const Fact& fact) : messages_(&messages), fact_(&fact) {}
  // The argument `name`, owned: added empty when missing, copied in first when it is one of the
  // fact's. Valid until the next argument is added (as a vector's element is).
  std::string& operator[](std::string_view name);
  // Sets `name` to `text`, which the caller keeps alive for as long as these arguments are used.
  void borrow(std::string_view name, std::string_view text);
  // The argument's text, or nullopt; a view valid until these arguments change.
  std::optional<std::string_view> lookup(std::string_view name) const;
  size_t count(std::string_view name) const { return lookup(name) ? 1 : 0; }

 private:
  struct Entry {
    std::string name;
    std::string own;
    std::string_view borrowed;
    bool is_borrowed = false;
    std::string_view text() const { return is_borrowed ? borrowed : std::string_view(own); }
  };
  Entry* entry(std::string_view name);
  const Entry* entry(std::string_view name) const;
  Entry& add(std::string_view name);
  // A fact's argument by its index in fact_arg_names(); made in made_[index] when it needs room.
  std::optional<std::string_view> fact_arg(size_t index) const;

  std::vector<Entry> entries_;
  const Messages* messages_ = nullptr;
  const Fact* fact_ = nullptr;
  static constexpr size_t kFactArgs = 12;
  mutable std::string made_[kFactArgs];
};

// Name and text pairs for a template filled once (say, fill_template): views, not copies; the
// texts need only live until the call returns.
using Words = std::initializer_list<std::pair<std::string_view, std::string_view>>;

// {name} -> args[name]; a placeholder with no argument stays as written.
std::string fill_template(const std::string& text, const Args& args);
std::string fill_template(const std::string& text, Words args);
std::string fill_template_map(const std::string& text, const std::map<std::string, std::string>& args);
// messages' template `key` filled from args, or the key itself when there is none (as
// Messages::format, without building a map).
std::string say(const Messages& messages, const std::string& key, const Args& args);
std::string say(const Messages& messages, const std::string& key, Words args);
// The {names} a template uses, in order, without duplicates.
std::vector<std::string> template_placeholders(const std::string& text);

// 1967, 75.6, 1480000000: the shortest exact decimal, no grouping (the same in both languages).
std::string format_number(double value);
// The same text written into `out` (replacing what it held): no allocation once `out` has room.
void format_number_into(std::string& out, double value);
// A vocabulary word in the report language: messages "status.established", else the word itself.
std::string label(const Messages& messages, const std::string& kind, const std::string& word);
// "1967 ha", "63", "75.6%": the value with its unit, from messages "unit.<unit>".
std::string value_text(const Messages& messages, const Fact& fact);
std::string value_text(const Messages& messages, double value, const std::string& unit);
// "on 2023-08-22", "in 2022 (inferred)", "by 2030", "with no date".
std::string time_text(const Messages& messages, const Fact& fact);
// The same texts as views: into the run's wording cache when one is open (they live as long as
// it), else into `storage`. For the many findings of a run, which would otherwise copy them.
std::string_view label_view(const Messages& messages, std::string_view kind, const std::string& word,
                            std::string& storage);
std::string_view value_view(const Messages& messages, const Fact& fact, std::string& storage);
std::string_view value_view(const Messages& messages, double value, const std::string& unit, std::string& storage);
std::string_view time_view(const Messages& messages, const Fact& fact, std::string& storage);
// "9 (established, on 2023-08-22)".
std::string value_with_context(const Messages& messages, const Fact& fact);
// "Bắc Giang · KCN · count · established · 2023-08-22": the key two facts share.
std::string shared_key(const Fact& fact, bool with_status, bool with_time);
// The same key written into `out` (replacing what it held), so a loop can reuse one buffer.
void shared_key_into(std::string& out, const Fact& fact, bool with_status, bool with_time);
// The other fact as its article says it: article, date, value and quote.
std::string note_for(const Messages& messages, const Fact& fact);

// While alive, label, value_text and time_text remember their answers for `messages` on this
// thread: a run of a million facts asks for the same few hundred words and dates over and over.
// RuleSet::run opens one; the words of one Messages never change while it runs.
class ScopedWordingCache {
 public:
  explicit ScopedWordingCache(const Messages& messages);
  ~ScopedWordingCache();
  ScopedWordingCache(const ScopedWordingCache&) = delete;
  ScopedWordingCache& operator=(const ScopedWordingCache&) = delete;
  struct Tables;

 private:
  Tables* tables_;
  Tables* previous_;
};

// Arguments every template may use, from the fact a finding is about.
Args fact_args(const Messages& messages, const Fact& fact);

// A finding of `spec`: facts[0] is the odd one out; one note per other fact.
Finding make_finding(const RuleSpec& spec, const CheckContext& context, const std::string& verdict, Severity severity,
                     const std::vector<const Fact*>& facts, Args args, std::string explanation);

// What a bounded list says in place of the items it leaves out: messages "list.more" ("and
// {count} more"); "list.more_facts" says that a finding lists only some of its group's facts.
// Both fall back to English when the data folder predates them.
std::string more_text(const Messages& messages, size_t count);
std::string more_facts_text(const Messages& messages, size_t count);

// Joins with ", " (or the messages' "list.separator").
std::string join(const std::vector<std::string>& parts, const std::string& separator);

}  // namespace solieu
