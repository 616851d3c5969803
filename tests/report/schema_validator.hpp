#pragma once
// schema_validator: a small JSON Schema checker, just the keywords docs/factsheet.schema.json
// uses: type, const, enum, properties, required, additionalProperties, dependentRequired, items,
// minItems, maxItems, minimum, pattern, anyOf, $ref to "#/$defs/...". An unknown keyword is an
// error, so the schema cannot grow a keyword this checker silently ignores.
// Used by test_schema.cpp.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace solieu::test {

class SchemaValidator {
 public:
  explicit SchemaValidator(nlohmann::json schema) : root_(std::move(schema)) {}
  // Every violation as "pointer: what"; empty when the document is valid.
  std::vector<std::string> validate(const nlohmann::json& document) const;

 private:
  void check(const nlohmann::json& schema, const nlohmann::json& value, const std::string& where,
             std::vector<std::string>& errors) const;
  const nlohmann::json& resolve(const std::string& ref) const;
  nlohmann::json root_;
};

}  // namespace solieu::test
