#pragma once
// record_json: one record of the fact sheet -> its JSON text, appended to a buffer.
// Takes ArticleRecord, QuantityRecord, Fact, Finding, InputError; gives the objects that the JSON
// document nests under "articles", "quantities", ... (pretty, at a given depth) and the JSON Lines
// records (compact, "type" first). Keys in the documented order; optional keys are absent rather
// than null or empty, except the nullable ones the SPEC lists (date, unit, place, ...). The wire
// format is docs/factsheet.schema.json.
// No JSON tree is built: a fact sheet of a million facts was spending more time and memory in
// nlohmann's nodes than in extraction. The bytes are those json_writer prints for the same
// records as trees, which tests/report/test_record_json.cpp checks against a tree-based reference.
#include <string>

#include "solieu/sheet.hpp"

namespace solieu::report {

inline constexpr const char* kSchemaId = "solieu/factsheet-1";

// How a record is laid out. Pretty: 2-space indent, the opening brace at nesting `depth` (the
// caller has indented it), arrays of scalars on one line. Compact: no whitespace, and when `type`
// is set, a "type" member first (a JSON Lines record).
struct RecordLayout {
  bool pretty = true;
  int depth = 0;
  const char* type = nullptr;
};

inline RecordLayout pretty_at(int depth) { return RecordLayout{true, depth, nullptr}; }
inline RecordLayout json_line(const char* type) { return RecordLayout{false, 0, type}; }

void append_article(std::string& out, const ArticleRecord& article, const RecordLayout& layout);
void append_quantity(std::string& out, const QuantityRecord& quantity, const RecordLayout& layout);
void append_fact(std::string& out, const Fact& fact, const RecordLayout& layout);
void append_finding(std::string& out, const Finding& finding, const RecordLayout& layout);
void append_error(std::string& out, const InputError& error, const RecordLayout& layout);

}  // namespace solieu::report
