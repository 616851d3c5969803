#pragma once
// sheet_json: one record of the fact sheet -> its JSON object, keys in the documented order.
// Takes ArticleRecord, QuantityRecord, Fact, Finding, InputError; gives the objects that json.cpp
// nests under "articles", "quantities", ... and jsonl.cpp writes one per line. Optional keys are
// absent rather than null or empty, except the nullable ones the SPEC lists (date, unit, place...).
// The wire format is documented by docs/factsheet.schema.json.
// Tested by tests/report/test_json.cpp and the schema test.
#include "report/json_writer.hpp"
#include "solieu/sheet.hpp"

namespace solieu::report {

inline constexpr const char* kSchemaId = "solieu/factsheet-1";

Json article_json(const ArticleRecord& article);
Json quantity_json(const QuantityRecord& quantity);
Json fact_json(const Fact& fact);
Json finding_json(const Finding& finding);
Json error_json(const InputError& error);

}  // namespace solieu::report
