#pragma once
// json_file: reads a JSON data or rule file, comments allowed, and turns a syntax error into
// a DataError that names file:line:col. Every data/ and rules/ reader goes through here.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "solieu/error.hpp"
#include "solieu/text.hpp"

namespace solieu {

// Parses `path`; throws DataError("path:line:col: what") on unreadable or malformed input.
nlohmann::json read_json_file(const std::string& path);

// Parses text that came from `path` (used by tests and by read_json_file).
nlohmann::json parse_json_text(std::string_view text, const std::string& path);

// "path:line:col" for a byte offset into text.
std::string json_position(std::string_view text, const std::string& path, size_t byte);

}  // namespace solieu
