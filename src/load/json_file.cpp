#include "load/json_file.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace solieu {

std::string json_position(std::string_view text, const std::string& path, size_t byte) {
  LineIndex lines(text);
  Position p = lines.at(static_cast<uint32_t>(std::min(byte, text.size())));
  return fmt::format("{}:{}:{}", path, p.line, p.column);
}

nlohmann::json parse_json_text(std::string_view text, const std::string& path) {
  try {
    // ignore_comments: rule and data files may carry // and /* */ comments.
    return nlohmann::json::parse(text.begin(), text.end(), nullptr, true, true);
  } catch (const nlohmann::json::parse_error& e) {
    // nlohmann's byte is 1-based and points just past the offending character.
    size_t byte = e.byte > 0 ? e.byte - 1 : 0;
    std::string what = e.what();
    // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 2: " prefix.
    if (auto colon = what.find(": "); colon != std::string::npos) what = what.substr(colon + 2);
    throw DataError(fmt::format("{}: {}", json_position(text, path, byte), what));
  }
}

nlohmann::json read_json_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError(fmt::format("{}: cannot open", path));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_json_text(buffer.str(), path);
}

}  // namespace solieu
