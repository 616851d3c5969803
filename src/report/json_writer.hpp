#pragma once
// json_writer: nlohmann::ordered_json -> the exact bytes solieu promises.
// Takes a JSON value built by the renderers; gives deterministic text: keys in insertion order,
// whole numbers without ".0" (1967, 1480000000), other numbers in their shortest round-trip form
// and never in exponent notation, non-finite numbers as null, UTF-8 kept as is (invalid bytes
// become U+FFFD so the output always parses) with quotes, backslashes and control characters escaped.
// nlohmann's own dump would print 1.48e9 as 1480000000.0 and 3.11e13 as 31100000000000.0, hence this.
// Tested by tests/report/test_json_writer.cpp and test_record_json.cpp.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace solieu::report {

using Json = nlohmann::ordered_json;

// A double as JSON text: "1967", "75.6", "1480000000", "0.0000015", "null" for inf/NaN.
std::string format_number(double value);

// A JSON string literal, quotes included.
std::string quote(std::string_view text);

// The same texts appended to `out`, for the record writers that build a whole sheet in one buffer
// (record_json.hpp): no temporary string per value.
void append_number(std::string& out, double value);
void append_quoted(std::string& out, std::string_view text);

// pretty: 2-space indent, one member per line, arrays of scalars kept on one line.
// compact: no whitespace at all (one JSON Lines record).
std::string dump_pretty(const Json& value);
std::string dump_compact(const Json& value);

}  // namespace solieu::report
