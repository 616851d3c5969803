// line_index: byte offset -> (line, code-point column), by binary search over line starts.
#include <algorithm>

#include "solieu/text.hpp"

namespace solieu {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (uint32_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      line_starts_.push_back(i + 1);
    } else if (c == '\r') {
      // CRLF is one line ending; a lone CR (old Mac files) is one too.
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      line_starts_.push_back(i + 1);
    }
  }
}

Position LineIndex::at(uint32_t byte) const {
  byte = std::min<uint32_t>(byte, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte);
  uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());  // 1-based
  uint32_t column = 1;
  for (uint32_t i = line_starts_[line - 1]; i < byte; ++i) {
    // Count lead bytes only: continuation bytes (10xxxxxx) belong to the previous code point.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {line, column};
}

Span LineIndex::line_span(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t start = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] : static_cast<uint32_t>(text_.size());
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return {start, end};
}

std::string_view LineIndex::line_text(uint32_t line) const {
  Span s = line_span(line);
  return text_.substr(s.start, s.end - s.start);
}

}  // namespace solieu
