// load: rule files -> Rules. Shared fields are checked here; the kind's own fields by its
// factory; whatever neither took is an unknown field. A rule that loads is one that can run.
// Tested by tests/rules/test_load.cpp.
#include "rules/load.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/json_file.hpp"
#include "rules/kind_table.hpp"
#include "rules/rule_json.hpp"
#include "rules/wording.hpp"
#include "solieu/error.hpp"

namespace solieu {

namespace {

bool is_kebab(const std::string& id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  char prev = 0;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && prev == '-')) return false;
    prev = c;
  }
  return true;
}

std::string file_stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

void read_selector(RuleJson& json, Selector& select) {
  const nlohmann::json* v = json.take("select");
  if (!v) return;
  if (!v->is_object()) json.fail("select", "expected an object, got " + json_type_name(*v));
  const size_t base = json.find_key("select");
  const std::vector<std::pair<const char*, std::vector<std::string>*>> fields = {{"subject", &select.subject},
                                                                                 {"metric", &select.metric},
                                                                                 {"status", &select.status},
                                                                                 {"unit", &select.unit},
                                                                                 {"place", &select.place}};
  for (const auto& [key_binding, value] : v->items()) {
    // A named copy: clang 14 cannot capture a structured binding in a lambda.
    const std::string& key = key_binding;
    auto field = std::find_if(fields.begin(), fields.end(), [&](const auto& f) { return key == f.first; });
    const std::string name = "select." + key;
    const size_t at = json.find_key(key, base);
    if (field == fields.end()) json.fail_at(at, name, "unknown field; expected subject, metric, status, unit or place");
    if (!value.is_array()) json.fail_at(at, name, "expected an array of strings, got " + json_type_name(value));
    for (const auto& item : value) {
      if (!item.is_string()) json.fail_at(at, name, "expected an array of strings, found " + json_type_name(item));
      field->second->push_back(item.get<std::string>());
    }
  }
}

void check_placeholders(RuleJson& json, const KindEntry& kind, const std::string& key, const std::string& text) {
  for (const std::string& name : template_placeholders(text)) {
    const auto& shared = shared_placeholders();
    if (std::find(shared.begin(), shared.end(), name) != shared.end()) continue;
    if (std::find(kind.placeholders.begin(), kind.placeholders.end(), name) != kind.placeholders.end()) continue;
    std::vector<std::string> known = shared;
    known.insert(known.end(), kind.placeholders.begin(), kind.placeholders.end());
    json.fail(key, fmt::format("unknown placeholder {{{}}}; a {} rule knows {{{}}}", name, kind.name,
                               fmt::join(known, "}, {")));
  }
}

}  // namespace

Rule load_rule_text(std::string_view text, const std::string& path) {
  nlohmann::json doc = parse_json_text(text, path);
  RuleJson json(path, std::string(text), doc);
  if (!doc.is_object()) json.fail_at(0, "", "expected a rule object, got " + json_type_name(doc));

  Rule rule;
  RuleSpec& spec = rule.spec;
  spec.file = path;
  spec.id = json.required_string("id");
  json.set_rule_id(spec.id);
  if (!is_kebab(spec.id)) json.fail("id", "expected a kebab-case id (a-z, 0-9, single dashes)");
  if (spec.id != file_stem(path))
    json.fail("id", fmt::format("expected \"{}\", the file's name: a rule is found by its id", file_stem(path)));
  spec.description = json.required_string("description");
  spec.kind = json.required_string("kind");
  const KindEntry* kind = find_kind(spec.kind);
  if (!kind) {
    std::vector<std::string> names;
    for (const auto& k : kind_table()) names.push_back(k.name);
    json.fail("kind", fmt::format("unknown kind \"{}\"; expected one of {}", spec.kind, fmt::join(names, ", ")));
  }
  const std::string severity = json.choice("severity", {"error", "warning", "info"}, "");
  parse_severity(severity, spec.severity);
  spec.message = json.required_string("message");
  spec.message_vi = json.optional_string("message_vi", "");
  spec.example = json.required_string("example");
  check_placeholders(json, *kind, "message", spec.message);
  check_placeholders(json, *kind, "message_vi", spec.message_vi);
  read_selector(json, spec.select);
  json.optional_string("$comment", "");  // a place for notes that survives JSON tools stripping comments
  rule.check = kind->make(json);
  json.reject_unknown();
  return rule;
}

RuleSet RuleSet::load(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw DataError(fmt::format("{}: not a rules folder", dir));
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".json")
      files.push_back(entry.path().filename().string());
  std::sort(files.begin(), files.end());
  RuleSet set;
  for (const auto& name : files) {
    const std::string path = (fs::path(dir) / name).string();
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DataError(fmt::format("{}: cannot open", path));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    set.add(load_rule_text(buffer.str(), path));
  }
  return set;
}

const Rule* RuleSet::find(const std::string& id) const {
  for (const auto& rule : rules_)
    if (rule.spec.id == id) return &rule;
  return nullptr;
}

}  // namespace solieu
