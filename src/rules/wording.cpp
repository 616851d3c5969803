// wording: values, times, notes and templates in the report language.
// Tested by tests/rules/test_messages.cpp and the kinds' cases.
#include "rules/wording.hpp"

#include "rules/fact_view.hpp"
#include "rules/fingerprint.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace solieu {

struct ScopedWordingCache::Tables {
  const Messages* messages;
  std::unordered_map<std::string, std::string> labels, values, times, verdicts;
  std::unordered_map<const Fact*, std::string> notes;
  std::string key;  // reused, so a lookup that hits allocates nothing
};

namespace {

thread_local ScopedWordingCache::Tables* current_cache = nullptr;

// The cache for `messages`, or nullptr: a Messages other than the run's is never answered from it.
ScopedWordingCache::Tables* cache_for(const Messages& messages) {
  return current_cache && current_cache->messages == &messages ? current_cache : nullptr;
}

// Looks `key` up in `table`, filling it with make() on a miss.
template <typename Make>
const std::string& remembered(std::unordered_map<std::string, std::string>& table, const std::string& key, Make make) {
  auto it = table.find(key);
  if (it == table.end()) {
    std::string k = key;  // make() may reuse the key buffer for a lookup of its own
    std::string text = make();
    it = table.emplace(std::move(k), std::move(text)).first;
  }
  return it->second;
}

}  // namespace

ScopedWordingCache::ScopedWordingCache(const Messages& messages)
    : tables_(new Tables{&messages, {}, {}, {}, {}, {}, {}}), previous_(current_cache) {
  current_cache = tables_;
}

ScopedWordingCache::~ScopedWordingCache() {
  current_cache = previous_;
  delete tables_;
}

std::string& Args::operator[](std::string_view name) {
  for (Item& item : items_)
    if (item.first == name) return item.second;
  return items_.emplace_back(std::string(name), std::string()).second;
}

const std::string* Args::find(std::string_view name) const {
  for (const Item& item : items_)
    if (item.first == name) return &item.second;
  return nullptr;
}

namespace {

// `find(name)` gives the argument or nullptr.
template <typename Find>
std::string fill_with(const std::string& text, Find find) {
  std::string out;
  out.reserve(text.size() + 64);
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find('{', i);
    if (open == std::string::npos) break;
    const size_t close = text.find('}', open + 1);
    if (close == std::string::npos) break;
    const std::string* value = find(std::string_view(text).substr(open + 1, close - open - 1));
    if (!value) {
      // Not a placeholder of ours: the brace is text, and scanning resumes right after it.
      out.append(text, i, open + 1 - i);
      i = open + 1;
      continue;
    }
    out.append(text, i, open - i);
    out += *value;
    i = close + 1;
  }
  out.append(text, i, std::string::npos);
  return out;
}

}  // namespace

std::string fill_template(const std::string& text, const Args& args) {
  return fill_with(text, [&](std::string_view name) { return args.find(name); });
}

std::string fill_template_map(const std::string& text, const std::map<std::string, std::string>& args) {
  thread_local std::string name;  // reused across calls: no allocation per placeholder
  return fill_with(text, [&](std::string_view n) -> const std::string* {
    name.assign(n);
    auto it = args.find(name);
    return it == args.end() ? nullptr : &it->second;
  });
}

std::string say(const Messages& messages, const std::string& key, const Args& args) {
  const std::string* text = messages.find_template(key);
  return text ? fill_template(*text, args) : key;
}

std::vector<std::string> template_placeholders(const std::string& text) {
  std::vector<std::string> out;
  for (size_t i = text.find('{'); i != std::string::npos; i = text.find('{', i + 1)) {
    size_t close = text.find('}', i + 1);
    if (close == std::string::npos) break;
    std::string name = text.substr(i + 1, close - i - 1);
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  }
  return out;
}

std::string format_number(double value) {
  if (std::isinf(value)) return value > 0 ? "∞" : "-∞";
  if (std::isnan(value)) return "?";
  if (std::abs(value) < 1e15 && value == std::floor(value)) return fmt::format("{:.0f}", value);
  std::string s = fmt::format("{:.6f}", value);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

namespace {

std::string label_uncached(const Messages& messages, const std::string& kind, const std::string& word) {
  std::string key = kind + "." + word;
  std::string text = say(messages, key, {});
  return text == key ? word : text;
}

std::string value_text_uncached(const Messages& messages, double value, const std::string& unit) {
  std::string key = "unit." + unit;
  std::string text = say(messages, key, {{"n", format_number(value)}});
  if (text != key) return text;
  return unit.empty() ? format_number(value) : format_number(value) + " " + unit;
}

std::string time_text_uncached(const Messages& messages, const Fact& fact) {
  if (fact.as_of.empty()) return say(messages, "time.none", {});
  std::string key = "time.on";
  if (fact.status == "planned_target" || fact.status == "new_planned") key = "time.by";
  else if (!fact.period_from.empty()) key = "time.period";
  else if (fact.as_of.size() < 10) key = "time.in";
  std::string text = say(messages, key, {{"time", fact.as_of}, {"from", fact.period_from}});
  if (fact.time_source == TimeSource::inferred) text = say(messages, "time.inferred", {{"time", text}});
  return text;
}

}  // namespace

std::string label(const Messages& messages, const std::string& kind, const std::string& word) {
  if (word.empty()) return word;
  ScopedWordingCache::Tables* cache = cache_for(messages);
  if (!cache) return label_uncached(messages, kind, word);
  cache->key.assign(kind).append(1, '\x1f').append(word);
  return remembered(cache->labels, cache->key, [&] { return label_uncached(messages, kind, word); });
}

std::string value_text(const Messages& messages, double value, const std::string& unit) {
  ScopedWordingCache::Tables* cache = cache_for(messages);
  if (!cache) return value_text_uncached(messages, value, unit);
  char bits[sizeof value];
  std::memcpy(bits, &value, sizeof value);
  cache->key.assign(bits, sizeof bits).append(unit);
  return remembered(cache->values, cache->key, [&] { return value_text_uncached(messages, value, unit); });
}

namespace {

std::string approx_text_uncached(const Messages& messages, const Fact& fact) {
  std::string v = value_text(messages, fact.value, fact.unit);
  static const char* names[] = {"", "about", "over", "under", "estimate"};
  return say(messages, "approx." + std::string(names[static_cast<int>(fact.approx)]), {{"value", v}});
}

}  // namespace

std::string value_text(const Messages& messages, const Fact& fact) {
  if (fact.approx == Approx::none) return value_text(messages, fact.value, fact.unit);
  ScopedWordingCache::Tables* cache = cache_for(messages);
  if (!cache) return approx_text_uncached(messages, fact);
  char bits[sizeof fact.value];
  std::memcpy(bits, &fact.value, sizeof fact.value);
  // The approximation's number after the unit: no plain value's key ends that way.
  cache->key.assign(bits, sizeof bits).append(fact.unit).append(1, '\0').append(1, static_cast<char>('0' + static_cast<int>(fact.approx)));
  return remembered(cache->values, cache->key, [&] { return approx_text_uncached(messages, fact); });
}

std::string time_text(const Messages& messages, const Fact& fact) {
  ScopedWordingCache::Tables* cache = cache_for(messages);
  if (!cache) return time_text_uncached(messages, fact);
  // What the text depends on: the dates, whether the status reads "by", and whether it was inferred.
  const bool by = fact.status == "planned_target" || fact.status == "new_planned";
  cache->key.assign(1, by ? 'b' : 'o')
      .append(1, fact.time_source == TimeSource::inferred ? 'i' : '-')
      .append(fact.as_of)
      .append(1, '\x1f')
      .append(fact.period_from);
  return remembered(cache->times, cache->key, [&] { return time_text_uncached(messages, fact); });
}

std::string value_with_context(const Messages& messages, const Fact& fact) {
  return say(messages, "value.context", {{"value", value_text(messages, fact)},
                                           {"status", label(messages, "status", fact.status)},
                                           {"time", time_text(messages, fact)}});
}

std::string shared_key(const Fact& f, bool with_status, bool with_time) {
  std::string out;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += " · ";
    out += part;
  };
  for (const std::string* s : {&f.place, &f.subject, &f.zone, &f.qualifier, &f.metric}) add(*s);
  if (with_status) add(f.status);
  if (with_time) add(f.as_of);
  return out;
}

namespace {

std::string note_uncached(const Messages& messages, const Fact& fact) {
  return say(messages, "note.says", {{"article", fact.article},
                                       {"time", time_text(messages, fact)},
                                       {"value", value_text(messages, fact)},
                                       {"status", label(messages, "status", fact.status)},
                                       {"text", fact.text}});
}

}  // namespace

std::string note_for(const Messages& messages, const Fact& fact) {
  // A fact is the other one of many findings (the highest earlier figure of a timeline).
  ScopedWordingCache::Tables* cache = cache_for(messages);
  if (!cache) return note_uncached(messages, fact);
  auto it = cache->notes.find(&fact);
  if (it == cache->notes.end()) it = cache->notes.emplace(&fact, note_uncached(messages, fact)).first;
  return it->second;
}

Args fact_args(const Messages& messages, const Fact& f) {
  Args a;
  a["place"] = f.place.empty() ? say(messages, "place.none", {}) : f.place;
  a["subject"] = label(messages, "subject", f.subject);
  a["metric"] = label(messages, "metric", f.metric);
  a["status"] = label(messages, "status", f.status);
  a["zone"] = f.zone;
  a["qualifier"] = f.qualifier;
  a["time"] = time_text(messages, f);
  a["value"] = value_text(messages, f);
  a["unit"] = f.unit;
  a["text"] = f.text;
  a["article"] = f.article;
  a["key"] = shared_key(f, true, true);
  return a;
}

namespace {

std::string format_or(const Messages& messages, const std::string& key, const std::string& fallback, const Args& args) {
  std::string text = say(messages, key, args);
  return text == key ? fill_template(fallback, args) : text;
}

}  // namespace

std::string more_text(const Messages& messages, size_t count) {
  return format_or(messages, "list.more", "and {count} more", {{"count", std::to_string(count)}});
}

std::string more_facts_text(const Messages& messages, size_t count) {
  return format_or(messages, "list.more_facts", "{count} more figures of the group are not listed",
                   {{"count", std::to_string(count)}});
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}

Finding make_finding(const RuleSpec& spec, const CheckContext& context, const std::string& verdict, Severity severity,
                     const std::vector<const Fact*>& facts, Args args, std::string explanation) {
  Finding f;
  f.rule = spec.id;
  f.severity = severity;
  f.verdict = verdict;
  f.facts.reserve(facts.size());
  for (const Fact* fact : facts) f.facts.push_back(fact->id);
  f.notes.reserve(facts.size() > 1 ? facts.size() - 1 : 0);
  for (size_t i = 1; i < facts.size(); ++i) f.notes.push_back(note_for(context.messages, *facts[i]));
  args["rule"] = spec.id;
  if (ScopedWordingCache::Tables* cache = cache_for(context.messages))
    args["verdict"] = remembered(cache->verdicts, verdict, [&] { return say(context.messages, "verdict." + verdict, {}); });
  else
    args["verdict"] = say(context.messages, "verdict." + verdict, {});
  const std::string& tmpl = context.messages.lang() == "vi" && !spec.message_vi.empty() ? spec.message_vi : spec.message;
  f.message = fill_template(tmpl, args);
  if (const FactTable* table = current_table()) {
    bool known = table->size() > 0;
    for (const Fact* fact : facts) known = known && table->holds(fact) && !table->shadowed[table->index(fact)];
    if (known) f.id = fingerprint(f.rule, f.verdict, facts, f.facts);
  }
  f.explanation = std::move(explanation);
  return f;
}

}  // namespace solieu
