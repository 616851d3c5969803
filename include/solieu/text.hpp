#pragma once
// text: an article as solieu holds it, and the normalized view the tokenizer reads.
// Takes the decoded bytes of one file; gives NFC text with folded spaces, quotes and dashes,
// plus a map from every normalized byte back to the source byte it came from.
// Invariant: every span solieu reports indexes Article::source, so a quote is always found again.
// Tested by tests/load/.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace solieu {

// A byte range [start, end) of some buffer; which buffer is said where the span is kept.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
};

// A place for people: 1-based line, 1-based column counted in Unicode code points.
struct Position {
  uint32_t line = 1;
  uint32_t column = 1;
};

// Byte offset -> line/column over a UTF-8 buffer. Lines end at LF, CRLF or a lone CR.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  Position at(uint32_t byte) const;
  // The line's bytes without its line ending; line is 1-based.
  std::string_view line_text(uint32_t line) const;
  Span line_span(uint32_t line) const;

 private:
  std::string_view text_;
  std::vector<uint32_t> line_starts_;
};

enum class DateSource { none, front_matter, text, inferred };

// One article after loading. `source` is UTF-8: for UTF-8 files it is the file byte for byte
// (a BOM and front matter included, so offsets count from the file's first byte); for files
// converted from another encoding it is the converted text, and `encoding` says from what.
struct Article {
  std::string id;           // file name without extension; "stdin" for "-"
  std::string path;         // as given on the command line or found by the walk
  std::string source;       // UTF-8
  std::string encoding;     // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "windows-1258", "TCVN3", ...
  uint32_t body_start = 0;  // first byte after the front-matter block (0 when there is none)
  std::string title;
  std::string url;                                        // front matter `source`
  std::vector<std::pair<std::string, std::string>> meta;  // other front-matter keys, in file order
  std::string date;                                       // ISO date or a prefix of one; empty when unknown
  DateSource date_source = DateSource::none;
};

// The text the tokenizer reads: NFC, every space separator as ' ' (line breaks kept as '\n'),
// zero-width characters and soft hyphens dropped, curly quotes straight, dashes '-', '…' as "...".
struct NormalizedText {
  std::string text;
  // to_source[i] is the source byte that normalized byte i came from; to_source[text.size()] is
  // the end of the normalized region in the source. Monotonic non-decreasing.
  std::vector<uint32_t> to_source;

  // Source span covering the normalized span [start, end).
  Span source_span(Span normalized) const;
};

// Normalizes source[from, source.size()). Never fails: invalid UTF-8 was refused at load.
NormalizedText normalize(std::string_view source, uint32_t from = 0);

// Matching keys, never shown to users. canonical_key: NFC, lower case, tone mark placed by the
// modern rule so that "Hoà"/"Hòa", "thuỷ"/"thủy", "uỷ"/"ủy" meet (qu-, gi- handled).
std::string canonical_key(std::string_view word);
// folded_key: canonical_key without diacritics, đ -> d: "Bắc Giang" and "Bac Giang" meet.
std::string folded_key(std::string_view word);

}  // namespace solieu
