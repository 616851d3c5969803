// line_index: byte offset -> (line, code-point column), by binary search over line starts.
#include <algorithm>
#include <cstdint>
#include <cstring>

#include "solieu/text.hpp"

namespace solieu {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  const char* data = text.data();
  const size_t n = text.size();
  if (std::memchr(data, '\r', n) == nullptr) {
    // The usual case, LF endings only: memchr finds each line end without a look at every byte.
    for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', data + n - p))) != nullptr; ++p)
      line_starts_.push_back(static_cast<uint32_t>(p - data + 1));
    return;
  }
  for (uint32_t i = 0; i < n; ++i) {
    char c = text[i];
    if (c == '\n') {
      line_starts_.push_back(i + 1);
    } else if (c == '\r') {
      // CRLF is one line ending; a lone CR (old Mac files) is one too.
      if (i + 1 < n && text[i + 1] == '\n') ++i;
      line_starts_.push_back(i + 1);
    }
  }
}

Position LineIndex::at(uint32_t byte) const {
  byte = std::min<uint32_t>(byte, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte);
  uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());  // 1-based
  // The column counts code points: every byte but the continuation bytes (10xxxxxx), which are
  // counted eight at a time (bit 7 set and bit 6 clear in a byte).
  uint32_t i = line_starts_[line - 1];
  uint32_t continuations = 0;
  for (; i + 8 <= byte; i += 8) {
    uint64_t w;
    std::memcpy(&w, text_.data() + i, 8);
    // One bit per continuation byte, at bit 0 of its byte; a multiply sums the eight bytes into
    // the top one (no popcount instruction is assumed).
    const uint64_t marks = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
    continuations += static_cast<uint32_t>((marks * 0x0101010101010101ULL) >> 56);
  }
  for (; i < byte; ++i) continuations += (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80;
  return {line, byte - line_starts_[line - 1] - continuations + 1};
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
