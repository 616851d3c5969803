// wording: values, times, notes and templates in the report language.
// Tested by tests/rules/test_messages.cpp and the kinds' cases.
#include "rules/wording.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace solieu {

std::string fill_template(const std::string& text, const Args& args) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '{') {
      size_t close = text.find('}', i + 1);
      if (close != std::string::npos) {
        auto it = args.find(text.substr(i + 1, close - i - 1));
        if (it != args.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
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

std::string label(const Messages& messages, const std::string& kind, const std::string& word) {
  if (word.empty()) return word;
  std::string key = kind + "." + word;
  std::string text = messages.format(key, {});
  return text == key ? word : text;
}

std::string value_text(const Messages& messages, double value, const std::string& unit) {
  std::string key = "unit." + unit;
  std::string text = messages.format(key, {{"n", format_number(value)}});
  if (text != key) return text;
  return unit.empty() ? format_number(value) : format_number(value) + " " + unit;
}

std::string value_text(const Messages& messages, const Fact& fact) {
  std::string v = value_text(messages, fact.value, fact.unit);
  if (fact.approx == Approx::none) return v;
  static const char* names[] = {"", "about", "over", "under", "estimate"};
  return messages.format("approx." + std::string(names[static_cast<int>(fact.approx)]), {{"value", v}});
}

std::string time_text(const Messages& messages, const Fact& fact) {
  if (fact.as_of.empty()) return messages.format("time.none", {});
  std::string key = "time.on";
  if (fact.status == "planned_target" || fact.status == "new_planned") key = "time.by";
  else if (!fact.period_from.empty()) key = "time.period";
  else if (fact.as_of.size() < 10) key = "time.in";
  std::string text = messages.format(key, {{"time", fact.as_of}, {"from", fact.period_from}});
  if (fact.time_source == TimeSource::inferred) text = messages.format("time.inferred", {{"time", text}});
  return text;
}

std::string value_with_context(const Messages& messages, const Fact& fact) {
  return messages.format("value.context", {{"value", value_text(messages, fact)},
                                           {"status", label(messages, "status", fact.status)},
                                           {"time", time_text(messages, fact)}});
}

std::string shared_key(const Fact& f, bool with_status, bool with_time) {
  std::vector<std::string> parts;
  for (const std::string* s : {&f.place, &f.subject, &f.zone, &f.qualifier, &f.metric})
    if (!s->empty()) parts.push_back(*s);
  if (with_status && !f.status.empty()) parts.push_back(f.status);
  if (with_time && !f.as_of.empty()) parts.push_back(f.as_of);
  return join(parts, " · ");
}

std::string note_for(const Messages& messages, const Fact& fact) {
  return messages.format("note.says", {{"article", fact.article},
                                       {"time", time_text(messages, fact)},
                                       {"value", value_text(messages, fact)},
                                       {"status", label(messages, "status", fact.status)},
                                       {"text", fact.text}});
}

Args fact_args(const Messages& messages, const Fact& f) {
  return {{"place", f.place.empty() ? messages.format("place.none", {}) : f.place},
          {"subject", label(messages, "subject", f.subject)},
          {"metric", label(messages, "metric", f.metric)},
          {"status", label(messages, "status", f.status)},
          {"zone", f.zone},
          {"qualifier", f.qualifier},
          {"time", time_text(messages, f)},
          {"value", value_text(messages, f)},
          {"unit", f.unit},
          {"text", f.text},
          {"article", f.article},
          {"key", shared_key(f, true, true)}};
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
                     const std::vector<const Fact*>& facts, const Args& args, const std::string& explanation) {
  Finding f;
  f.rule = spec.id;
  f.severity = severity;
  f.verdict = verdict;
  for (const Fact* fact : facts) f.facts.push_back(fact->id);
  for (size_t i = 1; i < facts.size(); ++i) f.notes.push_back(note_for(context.messages, *facts[i]));
  Args all = args;
  all["rule"] = spec.id;
  all["verdict"] = context.messages.format("verdict." + verdict, {});
  const std::string& tmpl = context.messages.lang() == "vi" && !spec.message_vi.empty() ? spec.message_vi : spec.message;
  f.message = fill_template(tmpl, all);
  f.explanation = explanation;
  return f;
}

}  // namespace solieu
