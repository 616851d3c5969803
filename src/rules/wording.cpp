// wording: values, times, notes and templates in the report language.
// Tested by tests/rules/test_messages.cpp and the kinds' cases.
#include "rules/wording.hpp"

#include "rules/fact_table.hpp"
#include "rules/fact_view.hpp"
#include "rules/fingerprint.hpp"
#include "rules/id_index.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <iterator>
#include <unordered_map>

namespace solieu {

namespace {

// The wording tables are probed a few times per finding with keys of a few bytes: a short
// multiply-mix hash instead of the standard library's byte-wise one.
struct TextHash {
  size_t operator()(const std::string& s) const { return static_cast<size_t>(hash_text(s)); }
};

}  // namespace

struct ScopedWordingCache::Tables {
  const Messages* messages;
  std::unordered_map<std::string, std::string, TextHash> labels, values, times, verdicts;
  std::unordered_map<const Fact*, std::string> notes;  // facts outside the run's table
  // Notes of the run's facts, by canonical index: spans of one arena, made on first use. Most
  // facts are the other one of a single finding; a hash node and a string each would cost more
  // than the note.
  struct NoteSpan {
    uint64_t at = 0;
    uint32_t size = 0;
    bool made = false;
  };
  const FactTable* note_table = nullptr;
  std::vector<NoteSpan> note_spans;
  std::string note_arena;
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
const std::string& remembered(std::unordered_map<std::string, std::string, TextHash>& table, const std::string& key,
                              Make make) {
  auto it = table.find(key);
  if (it == table.end()) {
    std::string k = key;  // make() may reuse the key buffer for a lookup of its own
    std::string text = make();
    it = table.emplace(std::move(k), std::move(text)).first;
  }
  return it->second;
}

}  // namespace

ScopedWordingCache::ScopedWordingCache(const Messages& messages) : tables_(new Tables()), previous_(current_cache) {
  tables_->messages = &messages;
  current_cache = tables_;
}

ScopedWordingCache::~ScopedWordingCache() {
  current_cache = previous_;
  delete tables_;
}

Args::Args(std::initializer_list<Item> items) {
  entries_.reserve(items.size());
  for (const Item& item : items) entries_.push_back({item.first, item.second, {}, false});
}

namespace {

// What fact_args gives, in this order (Args::fact_arg's switch).
constexpr std::string_view kFactArgNames[] = {"place", "subject", "metric", "status", "zone",    "qualifier",
                                              "time",  "value",   "unit",   "text",   "article", "key"};

size_t fact_arg_index(std::string_view name) {
  for (size_t i = 0; i < std::size(kFactArgNames); ++i)
    if (kFactArgNames[i] == name) return i;
  return std::size(kFactArgNames);
}

}  // namespace

Args::Entry* Args::entry(std::string_view name) {
  for (Entry& e : entries_)
    if (e.name == name) return &e;
  return nullptr;
}

const Args::Entry* Args::entry(std::string_view name) const {
  for (const Entry& e : entries_)
    if (e.name == name) return &e;
  return nullptr;
}

Args::Entry& Args::add(std::string_view name) {
  // Room for what a kind sets besides the fact's own arguments, so that few findings grow twice.
  if (entries_.empty()) entries_.reserve(8);
  return entries_.emplace_back(Entry{std::string(name), {}, {}, false});
}

std::string& Args::operator[](std::string_view name) {
  if (Entry* e = entry(name)) {
    if (e->is_borrowed) e->own.assign(e->borrowed), e->is_borrowed = false;
    return e->own;
  }
  std::optional<std::string_view> from_fact;
  if (fact_) from_fact = fact_arg(fact_arg_index(name));
  std::string text = from_fact ? std::string(*from_fact) : std::string();
  Entry& e = add(name);
  e.own = std::move(text);
  return e.own;
}

void Args::borrow(std::string_view name, std::string_view text) {
  Entry* e = entry(name);
  if (!e) e = &add(name);
  e->own.clear();
  e->borrowed = text;
  e->is_borrowed = true;
}

std::optional<std::string_view> Args::lookup(std::string_view name) const {
  if (const Entry* e = entry(name)) return e->text();
  if (fact_) return fact_arg(fact_arg_index(name));
  return std::nullopt;
}

std::optional<std::string_view> Args::fact_arg(size_t index) const {
  const Messages& m = *messages_;
  const Fact& f = *fact_;
  std::string& room = made_[index < kFactArgs ? index : 0];
  switch (index) {
    case 0:
      if (!f.place.empty()) return std::string_view(f.place);
      room = say(m, "place.none", Words{});
      return std::string_view(room);
    case 1: return label_view(m, "subject", f.subject, room);
    case 2: return label_view(m, "metric", f.metric, room);
    case 3: return label_view(m, "status", f.status, room);
    case 4: return std::string_view(f.zone);
    case 5: return std::string_view(f.qualifier);
    case 6: return time_view(m, f, room);
    case 7: return value_view(m, f, room);
    case 8: return std::string_view(f.unit);
    case 9: return std::string_view(f.text);
    case 10: return std::string_view(f.article);
    case 11: shared_key_into(room, f, true, true); return std::string_view(room);
    default: return std::nullopt;
  }
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
    const std::optional<std::string_view> value = find(std::string_view(text).substr(open + 1, close - open - 1));
    if (!value) {
      // Not a placeholder of ours: the brace is text, and scanning resumes right after it.
      out.append(text, i, open + 1 - i);
      i = open + 1;
      continue;
    }
    out.append(text, i, open - i);
    out.append(*value);
    i = close + 1;
  }
  out.append(text, i, std::string::npos);
  return out;
}

}  // namespace

std::string fill_template(const std::string& text, const Args& args) {
  return fill_with(text, [&](std::string_view name) { return args.lookup(name); });
}

std::string fill_template(const std::string& text, Words args) {
  return fill_with(text, [&](std::string_view name) -> std::optional<std::string_view> {
    for (const auto& [n, v] : args)
      if (n == name) return v;
    return std::nullopt;
  });
}

std::string fill_template_map(const std::string& text, const std::map<std::string, std::string>& args) {
  thread_local std::string name;  // reused across calls: no allocation per placeholder
  return fill_with(text, [&](std::string_view n) -> std::optional<std::string_view> {
    name.assign(n);
    auto it = args.find(name);
    if (it == args.end()) return std::nullopt;
    return std::string_view(it->second);
  });
}

std::string say(const Messages& messages, const std::string& key, const Args& args) {
  const std::string* text = messages.find_template(key);
  return text ? fill_template(*text, args) : key;
}

std::string say(const Messages& messages, const std::string& key, Words args) {
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

void format_number_into(std::string& out, double value) {
  out.clear();
  if (std::isinf(value)) {
    out = value > 0 ? "∞" : "-∞";
    return;
  }
  if (std::isnan(value)) {
    out = "?";
    return;
  }
  if (std::abs(value) < 1e15 && value == std::floor(value)) {
    // A whole number below 1e15 is exact as an integer; written as "{:.0f}" would ("-0" too).
    char digits[24];
    char* end = digits;
    if (value == 0 && std::signbit(value)) *end++ = '-';
    end = std::to_chars(end, digits + sizeof digits, static_cast<long long>(value)).ptr;
    out.assign(digits, end);
    return;
  }
  fmt::format_to(std::back_inserter(out), "{:.6f}", value);
  while (!out.empty() && out.back() == '0') out.pop_back();
  if (!out.empty() && out.back() == '.') out.pop_back();
}

std::string format_number(double value) {
  std::string out;
  format_number_into(out, value);
  return out;
}

namespace {

std::string label_uncached(const Messages& messages, std::string_view kind, const std::string& word) {
  std::string key = std::string(kind) + "." + word;
  std::string text = say(messages, key, Words{});
  return text == key ? word : text;
}

std::string value_text_uncached(const Messages& messages, double value, const std::string& unit) {
  std::string key = "unit." + unit;
  std::string text = say(messages, key, {{"n", format_number(value)}});
  if (text != key) return text;
  return unit.empty() ? format_number(value) : format_number(value) + " " + unit;
}

std::string time_text_uncached(const Messages& messages, const Fact& fact) {
  if (fact.as_of.empty()) return say(messages, "time.none", Words{});
  std::string key = "time.on";
  if (fact.status == "planned_target" || fact.status == "new_planned")
    key = "time.by";
  else if (!fact.period_from.empty())
    key = "time.period";
  else if (fact.as_of.size() < 10)
    key = "time.in";
  std::string text = say(messages, key, {{"time", fact.as_of}, {"from", fact.period_from}});
  if (fact.time_source == TimeSource::inferred) text = say(messages, "time.inferred", {{"time", text}});
  return text;
}

std::string approx_text_uncached(const Messages& messages, const Fact& fact) {
  std::string room;
  const std::string_view v = value_view(messages, fact.value, fact.unit, room);
  static const char* names[] = {"", "about", "over", "under", "estimate"};
  return say(messages, "approx." + std::string(names[static_cast<int>(fact.approx)]), {{"value", v}});
}

// The view of a text made without a cache: it lives in `storage`.
std::string_view kept(std::string& storage, std::string text) {
  storage = std::move(text);
  return storage;
}

// A view's text as an owned string.
std::string owned(std::string_view view, std::string& storage) {
  if (!storage.empty() && view.data() == storage.data()) return std::move(storage);
  return std::string(view);
}

}  // namespace

std::string_view label_view(const Messages& messages, std::string_view kind, const std::string& word,
                            std::string& storage) {
  if (word.empty()) return {};
  ScopedWordingCache::Tables* cache = cache_for(messages);
  if (!cache) return kept(storage, label_uncached(messages, kind, word));
  cache->key.assign(kind).append(1, '\x1f').append(word);
  return remembered(cache->labels, cache->key, [&] { return label_uncached(messages, kind, word); });
}

std::string_view value_view(const Messages& messages, double value, const std::string& unit, std::string& storage) {
  ScopedWordingCache::Tables* cache = cache_for(messages);
  if (!cache) return kept(storage, value_text_uncached(messages, value, unit));
  char bits[sizeof value];
  std::memcpy(bits, &value, sizeof value);
  cache->key.assign(bits, sizeof bits).append(unit);
  return remembered(cache->values, cache->key, [&] { return value_text_uncached(messages, value, unit); });
}

std::string_view value_view(const Messages& messages, const Fact& fact, std::string& storage) {
  if (fact.approx == Approx::none) return value_view(messages, fact.value, fact.unit, storage);
  ScopedWordingCache::Tables* cache = cache_for(messages);
  if (!cache) return kept(storage, approx_text_uncached(messages, fact));
  char bits[sizeof fact.value];
  std::memcpy(bits, &fact.value, sizeof fact.value);
  // The approximation's number after the unit: no plain value's key ends that way.
  cache->key.assign(bits, sizeof bits)
      .append(fact.unit)
      .append(1, '\0')
      .append(1, static_cast<char>('0' + static_cast<int>(fact.approx)));
  return remembered(cache->values, cache->key, [&] { return approx_text_uncached(messages, fact); });
}

std::string_view time_view(const Messages& messages, const Fact& fact, std::string& storage) {
  ScopedWordingCache::Tables* cache = cache_for(messages);
  if (!cache) return kept(storage, time_text_uncached(messages, fact));
  // What the text depends on: the dates, whether the status reads "by", and whether it was inferred.
  const bool by = fact.status == "planned_target" || fact.status == "new_planned";
  cache->key.assign(1, by ? 'b' : 'o')
      .append(1, fact.time_source == TimeSource::inferred ? 'i' : '-')
      .append(fact.as_of)
      .append(1, '\x1f')
      .append(fact.period_from);
  return remembered(cache->times, cache->key, [&] { return time_text_uncached(messages, fact); });
}

std::string label(const Messages& messages, const std::string& kind, const std::string& word) {
  std::string storage;
  return owned(label_view(messages, kind, word, storage), storage);
}

std::string value_text(const Messages& messages, double value, const std::string& unit) {
  std::string storage;
  return owned(value_view(messages, value, unit, storage), storage);
}

std::string value_text(const Messages& messages, const Fact& fact) {
  std::string storage;
  return owned(value_view(messages, fact, storage), storage);
}

std::string time_text(const Messages& messages, const Fact& fact) {
  std::string storage;
  return owned(time_view(messages, fact, storage), storage);
}

std::string value_with_context(const Messages& messages, const Fact& fact) {
  return say(messages, "value.context",
             {{"value", value_text(messages, fact)},
              {"status", label(messages, "status", fact.status)},
              {"time", time_text(messages, fact)}});
}

void shared_key_into(std::string& out, const Fact& f, bool with_status, bool with_time) {
  out.clear();
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += " · ";
    out += part;
  };
  for (const Symbol* s : {&f.place, &f.subject, &f.zone, &f.qualifier, &f.metric}) add(*s);
  if (with_status) add(f.status);
  if (with_time) add(f.as_of);
}

std::string shared_key(const Fact& f, bool with_status, bool with_time) {
  std::string out;
  shared_key_into(out, f, with_status, with_time);
  return out;
}

namespace {

std::string note_uncached(const Messages& messages, const Fact& fact) {
  std::string rooms[3];
  return say(messages, "note.says",
             {{"article", fact.article},
              {"time", time_view(messages, fact, rooms[0])},
              {"value", value_view(messages, fact, rooms[1])},
              {"status", label_view(messages, "status", fact.status, rooms[2])},
              {"text", fact.text}});
}

}  // namespace

std::string note_for(const Messages& messages, const Fact& fact) {
  // A fact is the other one of many findings (the highest earlier figure of a timeline).
  ScopedWordingCache::Tables* cache = cache_for(messages);
  if (!cache) return note_uncached(messages, fact);
  if (const FactTable* table = current_table(); table && table->size() > 0 && table->holds(&fact)) {
    if (cache->note_table != table) {
      cache->note_table = table;
      cache->note_spans.assign(table->size(), {});
      cache->note_arena.clear();
    }
    ScopedWordingCache::Tables::NoteSpan& span = cache->note_spans[table->index(&fact)];
    if (span.made) return cache->note_arena.substr(span.at, span.size);
    std::string text = note_uncached(messages, fact);
    span = {cache->note_arena.size(), static_cast<uint32_t>(text.size()), true};
    cache->note_arena += text;
    return text;
  }
  auto it = cache->notes.find(&fact);
  if (it == cache->notes.end()) it = cache->notes.emplace(&fact, note_uncached(messages, fact)).first;
  return it->second;
}

Args fact_args(const Messages& messages, const Fact& f) { return Args(messages, f); }

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
  args.borrow("rule", spec.id);
  if (ScopedWordingCache::Tables* cache = cache_for(context.messages))
    args.borrow("verdict", remembered(cache->verdicts, verdict,
                                      [&] { return say(context.messages, "verdict." + verdict, Words{}); }));
  else
    args["verdict"] = say(context.messages, "verdict." + verdict, Words{});
  const std::string& tmpl =
      context.messages.lang() == "vi" && !spec.message_vi.empty() ? spec.message_vi : spec.message;
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
