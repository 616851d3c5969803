// schema_validator: see schema_validator.hpp.
#include "report/schema_validator.hpp"

#include <regex>
#include <set>
#include <stdexcept>

namespace solieu::test {
namespace {

using nlohmann::json;

bool has_type(const json& value, const std::string& type) {
  if (type == "null") return value.is_null();
  if (type == "boolean") return value.is_boolean();
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "string") return value.is_string();
  if (type == "number") return value.is_number();
  if (type == "integer")
    return value.is_number_integer() ||
           (value.is_number_float() &&
            value.get<double>() == static_cast<double>(static_cast<int64_t>(value.get<double>())));
  throw std::invalid_argument("schema: unknown type " + type);
}

const std::set<std::string> kAnnotations = {"$schema", "$id", "$defs", "title", "description", "$comment"};

}  // namespace

std::vector<std::string> SchemaValidator::validate(const json& document) const {
  std::vector<std::string> errors;
  check(root_, document, "", errors);
  return errors;
}

const json& SchemaValidator::resolve(const std::string& ref) const {
  const std::string prefix = "#/$defs/";
  if (ref.rfind(prefix, 0) != 0) throw std::invalid_argument("schema: unsupported $ref " + ref);
  return root_.at("$defs").at(ref.substr(prefix.size()));
}

void SchemaValidator::check(const json& schema, const json& value, const std::string& where,
                            std::vector<std::string>& errors) const {
  auto fail = [&](const std::string& what) { errors.push_back((where.empty() ? "/" : where) + ": " + what); };
  for (const auto& [keyword, arg] : schema.items()) {
    if (kAnnotations.count(keyword)) continue;
    if (keyword == "$ref") {
      check(resolve(arg.get<std::string>()), value, where, errors);
    } else if (keyword == "type") {
      bool ok = false;
      if (arg.is_array())
        for (const auto& t : arg) ok = ok || has_type(value, t.get<std::string>());
      else
        ok = has_type(value, arg.get<std::string>());
      if (!ok) fail("expected type " + arg.dump() + ", got " + value.dump());
    } else if (keyword == "const") {
      if (value != arg) fail("expected " + arg.dump() + ", got " + value.dump());
    } else if (keyword == "enum") {
      bool ok = false;
      for (const auto& option : arg) ok = ok || option == value;
      if (!ok) fail(value.dump() + " is not one of " + arg.dump());
    } else if (keyword == "required") {
      if (!value.is_object()) continue;
      for (const auto& key : arg)
        if (!value.contains(key.get<std::string>())) fail("missing required key " + key.dump());
    } else if (keyword == "dependentRequired") {
      if (!value.is_object()) continue;
      for (const auto& [key, needs] : arg.items())
        if (value.contains(key))
          for (const auto& need : needs)
            if (!value.contains(need.get<std::string>())) fail(key + " requires " + need.dump());
    } else if (keyword == "properties") {
      if (!value.is_object()) continue;
      for (const auto& [key, sub] : arg.items())
        if (value.contains(key)) check(sub, value.at(key), where + "/" + key, errors);
    } else if (keyword == "additionalProperties") {
      if (!value.is_object()) continue;
      const json* known = schema.contains("properties") ? &schema.at("properties") : nullptr;
      for (const auto& [key, item] : value.items()) {
        if (known != nullptr && known->contains(key)) continue;
        if (arg.is_boolean()) {
          if (!arg.get<bool>()) fail("unexpected key \"" + key + "\"");
        } else {
          check(arg, item, where + "/" + key, errors);
        }
      }
    } else if (keyword == "items") {
      if (!value.is_array()) continue;
      for (size_t i = 0; i < value.size(); ++i) check(arg, value[i], where + "/" + std::to_string(i), errors);
    } else if (keyword == "minItems") {
      if (value.is_array() && value.size() < arg.get<size_t>()) fail("fewer than " + arg.dump() + " items");
    } else if (keyword == "maxItems") {
      if (value.is_array() && value.size() > arg.get<size_t>()) fail("more than " + arg.dump() + " items");
    } else if (keyword == "minimum") {
      if (value.is_number() && value.get<double>() < arg.get<double>()) fail(value.dump() + " is below " + arg.dump());
    } else if (keyword == "pattern") {
      if (value.is_string() && !std::regex_search(value.get<std::string>(), std::regex(arg.get<std::string>())))
        fail(value.dump() + " does not match " + arg.dump());
    } else if (keyword == "anyOf") {
      bool ok = false;
      for (const auto& option : arg) {
        std::vector<std::string> sub;
        check(option, value, where, sub);
        ok = ok || sub.empty();
      }
      if (!ok) fail(value.dump() + " matches none of anyOf");
    } else {
      throw std::invalid_argument("schema: keyword " + keyword + " is not supported by this validator");
    }
  }
}

}  // namespace solieu::test
