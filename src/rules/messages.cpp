// messages: explanation templates from data/messages.json, one object per language. A key
// missing in Vietnamese falls back to English, so a new template never leaves a hole.
// Tested by tests/rules/test_messages.cpp.
#include <fmt/format.h>

#include "load/json_file.hpp"
#include "rules/wording.hpp"
#include "solieu/error.hpp"
#include "solieu/rule.hpp"

namespace solieu {

namespace {

void add_templates(const nlohmann::json& doc, const std::string& lang, const std::string& path,
                   std::unordered_map<std::string, std::string>& out) {
  auto it = doc.find(lang);
  if (it == doc.end()) throw DataError(fmt::format("{}: no \"{}\" templates", path, lang));
  if (!it->is_object()) throw DataError(fmt::format("{}: \"{}\": expected an object of templates", path, lang));
  for (const auto& [key, value] : it->items()) {
    if (!value.is_string())
      throw DataError(fmt::format("{}: \"{}\".\"{}\": expected a string template", path, lang, key));
    out[key] = value.get<std::string>();
  }
}

}  // namespace

Messages Messages::load(const std::string& data_dir, const std::string& lang) {
  if (lang != "en" && lang != "vi")
    throw DataError(fmt::format("unknown language \"{}\": expected \"en\" or \"vi\"", lang));
  const std::string path = data_dir + "/messages.json";
  const nlohmann::json doc = read_json_file(path);
  if (!doc.is_object()) throw DataError(fmt::format("{}: expected an object with \"en\" and \"vi\"", path));
  Messages m;
  m.lang_ = lang;
  add_templates(doc, "en", path, m.templates_);
  if (lang != "en") add_templates(doc, lang, path, m.templates_);
  return m;
}

std::string Messages::format(const std::string& key, const std::map<std::string, std::string>& args) const {
  auto it = templates_.find(key);
  if (it == templates_.end()) return key;
  return fill_template_map(it->second, args);
}

const std::string* Messages::find_template(const std::string& key) const {
  auto it = templates_.find(key);
  return it == templates_.end() ? nullptr : &it->second;
}

}  // namespace solieu
