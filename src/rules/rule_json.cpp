// rule_json: field access with positions for rule files. Tested by tests/rules/test_load.cpp.
#include "rules/rule_json.hpp"

#include <fmt/format.h>

#include "load/json_file.hpp"
#include "solieu/error.hpp"

namespace solieu {

RuleJson::RuleJson(std::string path, std::string text, nlohmann::json doc)
    : path_(std::move(path)), text_(std::move(text)), doc_(std::move(doc)) {}

std::string json_type_name(const nlohmann::json& value) {
  if (value.is_null()) return "null";
  if (value.is_boolean()) return "a boolean";
  if (value.is_number()) return "a number";
  if (value.is_string()) return "a string";
  if (value.is_array()) return "an array";
  return "an object";
}

size_t RuleJson::find_key(const std::string& key, size_t from) const {
  const std::string quoted = "\"" + key + "\"";
  for (size_t at = text_.find(quoted, from); at != std::string::npos; at = text_.find(quoted, at + 1)) {
    size_t after = at + quoted.size();
    while (after < text_.size() &&
           (text_[after] == ' ' || text_[after] == '\t' || text_[after] == '\n' || text_[after] == '\r'))
      ++after;
    if (after < text_.size() && text_[after] == ':') return at;
  }
  return std::string::npos;
}

void RuleJson::fail_at(size_t byte, const std::string& key, const std::string& what) const {
  if (byte == std::string::npos) byte = 0;
  std::string who = id_.empty() ? "" : fmt::format("rule {}: ", id_);
  std::string field = key.empty() ? "" : fmt::format("field \"{}\": ", key);
  throw DataError(fmt::format("{}: {}{}{}", json_position(text_, path_, byte), who, field, what));
}

void RuleJson::fail(const std::string& key, const std::string& what) const {
  size_t at = find_key(key);
  // A missing field points at the object that lacks it.
  if (at == std::string::npos) at = text_.find('{');
  fail_at(at, key, what);
}

const nlohmann::json* RuleJson::take(const std::string& key) {
  used_.insert(key);
  auto it = doc_.find(key);
  return it == doc_.end() ? nullptr : &*it;
}

std::string RuleJson::required_string(const std::string& key) {
  const nlohmann::json* v = take(key);
  if (!v) fail(key, "missing; expected a string");
  if (!v->is_string()) fail(key, "expected a string, got " + json_type_name(*v));
  std::string s = v->get<std::string>();
  if (s.empty()) fail(key, "expected a non-empty string");
  return s;
}

std::string RuleJson::optional_string(const std::string& key, const std::string& fallback) {
  const nlohmann::json* v = take(key);
  if (!v) return fallback;
  if (!v->is_string()) fail(key, "expected a string, got " + json_type_name(*v));
  return v->get<std::string>();
}

std::string RuleJson::choice(const std::string& key, const std::vector<std::string>& allowed,
                             const std::string& fallback) {
  const nlohmann::json* v = take(key);
  if (!v && !fallback.empty()) return fallback;
  std::string list = fmt::format("\"{}\"", fmt::join(allowed, "\", \""));
  if (!v) fail(key, "missing; expected one of " + list);
  if (!v->is_string()) fail(key, "expected one of " + list + ", got " + json_type_name(*v));
  std::string s = v->get<std::string>();
  for (const auto& a : allowed)
    if (a == s) return s;
  fail(key, fmt::format("expected one of {}, got \"{}\"", list, s));
}

double RuleJson::number(const std::string& key, double fallback, double min_value) {
  const nlohmann::json* v = take(key);
  if (!v) return fallback;
  if (!v->is_number()) fail(key, "expected a number, got " + json_type_name(*v));
  double d = v->get<double>();
  if (d < min_value) fail(key, fmt::format("expected a number >= {}, got {}", min_value, d));
  return d;
}

bool RuleJson::boolean(const std::string& key, bool fallback) {
  const nlohmann::json* v = take(key);
  if (!v) return fallback;
  if (!v->is_boolean()) fail(key, "expected true or false, got " + json_type_name(*v));
  return v->get<bool>();
}

std::vector<std::string> RuleJson::strings(const std::string& key) {
  const nlohmann::json* v = take(key);
  std::vector<std::string> out;
  if (!v) return out;
  if (!v->is_array()) fail(key, "expected an array of strings, got " + json_type_name(*v));
  for (const auto& item : *v) {
    if (!item.is_string()) fail(key, "expected an array of strings, found " + json_type_name(item));
    out.push_back(item.get<std::string>());
  }
  return out;
}

void RuleJson::reject_unknown() const {
  // Report the unknown field that comes first in the file, so the message is stable.
  size_t best = std::string::npos;
  std::string name;
  for (const auto& [key, value] : doc_.items()) {
    if (used_.count(key)) continue;
    size_t at = find_key(key);
    if (name.empty() || at < best) {
      best = at;
      name = key;
    }
  }
  if (!name.empty()) fail_at(best, name, "unknown field");
}

}  // namespace solieu
