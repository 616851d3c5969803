#pragma once
// wording: how findings speak. Values, times and labels come from data/messages.json in the
// report language, so the same finding reads in English or Vietnamese; rule templates are
// filled here, and a finding's notes quote each other fact as written in its article.
// Tested by tests/rules/test_messages.cpp and the kinds' cases.
#include <algorithm>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "solieu/rule.hpp"

namespace solieu {

// A template's arguments: a few names, each set once or twice per finding. A flat list beats a
// tree of nodes when a run builds a few hundred thousand findings.
class Args {
 public:
  using Item = std::pair<std::string, std::string>;
  // Room for every argument a kind sets, so that adding one does not move the others while a
  // caller still holds one of them (as a std::map would keep them in place).
  Args() { items_.reserve(kRoom); }
  Args(std::initializer_list<Item> items) {
    items_.reserve(std::max(kRoom, items.size()));
    items_.insert(items_.end(), items.begin(), items.end());
  }
  // The argument `name`, added empty when missing.
  std::string& operator[](std::string_view name);
  const std::string* find(std::string_view name) const;
  size_t count(std::string_view name) const { return find(name) ? 1 : 0; }
  std::vector<Item>::const_iterator begin() const { return items_.begin(); }
  std::vector<Item>::const_iterator end() const { return items_.end(); }

 private:
  static constexpr size_t kRoom = 24;
  std::vector<Item> items_;
};

// {name} -> args[name]; a placeholder with no argument stays as written.
std::string fill_template(const std::string& text, const Args& args);
std::string fill_template_map(const std::string& text, const std::map<std::string, std::string>& args);
// messages' template `key` filled from args, or the key itself when there is none (as
// Messages::format, without building a map).
std::string say(const Messages& messages, const std::string& key, const Args& args);
// The {names} a template uses, in order, without duplicates.
std::vector<std::string> template_placeholders(const std::string& text);

// 1967, 75.6, 1480000000: the shortest exact decimal, no grouping (the same in both languages).
std::string format_number(double value);
// A vocabulary word in the report language: messages "status.established", else the word itself.
std::string label(const Messages& messages, const std::string& kind, const std::string& word);
// "1967 ha", "63", "75.6%": the value with its unit, from messages "unit.<unit>".
std::string value_text(const Messages& messages, const Fact& fact);
std::string value_text(const Messages& messages, double value, const std::string& unit);
// "on 2023-08-22", "in 2022 (inferred)", "by 2030", "with no date".
std::string time_text(const Messages& messages, const Fact& fact);
// "9 (established, on 2023-08-22)".
std::string value_with_context(const Messages& messages, const Fact& fact);
// "Bắc Giang · KCN · count · established · 2023-08-22": the key two facts share.
std::string shared_key(const Fact& fact, bool with_status, bool with_time);
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
