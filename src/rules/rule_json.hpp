#pragma once
// rule_json: one rule file's JSON with the text it came from, so that every complaint about a
// field can point at file:line:col. nlohmann keeps no positions; we find a key by scanning the
// text for `"key":`, which is exact for the flat rule files we ship and close enough elsewhere.
// Fields are taken as they are read; whatever nobody took is an unknown field.
// Tested by tests/rules/test_load.cpp.
#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace solieu {

class RuleJson {
 public:
  RuleJson(std::string path, std::string text, nlohmann::json doc);

  const std::string& path() const { return path_; }
  const std::string& rule_id() const { return id_; }
  void set_rule_id(std::string id) { id_ = std::move(id); }

  // The value of a top-level field, marked as used; nullptr when absent.
  const nlohmann::json* take(const std::string& key);
  std::string required_string(const std::string& key);
  std::string optional_string(const std::string& key, const std::string& fallback);
  std::string choice(const std::string& key, const std::vector<std::string>& allowed, const std::string& fallback);
  double number(const std::string& key, double fallback, double min_value);
  bool boolean(const std::string& key, bool fallback);
  std::vector<std::string> strings(const std::string& key);  // absent -> empty

  // "path:line:col: rule id: field \"key\": what"
  [[noreturn]] void fail(const std::string& key, const std::string& what) const;
  [[noreturn]] void fail_at(size_t byte, const std::string& key, const std::string& what) const;
  // Byte offset of `"key"` followed by a colon, searching from `from`; npos when not found.
  size_t find_key(const std::string& key, size_t from = 0) const;
  // Throws on the first top-level field no one took, in file order.
  void reject_unknown() const;

 private:
  std::string path_;
  std::string text_;
  nlohmann::json doc_;
  std::string id_;
  std::set<std::string> used_;
};

// Type name for "expected X, got Y" messages.
std::string json_type_name(const nlohmann::json& value);

}  // namespace solieu
