#pragma once
// display: how wide text is on a terminal, and a source line cut to a window around a figure.
// Columns in the fact sheet count code points; a terminal draws combining marks in width 0
// and East Asian wide characters in width 2. Precomposed Vietnamese letters (ế, ữ) are one
// code point of width 1, but a file in decomposed form (e + ◌̂ + ◌́) is three code points of width 1,
// so carets are placed by display width, never by bytes or code points.
// Tested by tests/report/test_display.cpp.
#include <string>
#include <string_view>
#include <vector>

namespace solieu::report {

// One code point as drawn: its bytes (tabs and other controls drawn as one space) and width.
struct Cell {
  std::string bytes;
  int width = 1;
};

std::vector<Cell> cells(std::string_view text);
size_t code_points(std::string_view text);
int display_width(std::string_view text);
// text followed by spaces up to `width` display columns (never cut).
std::string pad(std::string_view text, int width);
// At most `width` display columns of text, "…" ending what was cut.
std::string clip(std::string_view text, int width);

// A source line ready to print with a caret under a figure.
struct Excerpt {
  std::string text;     // the line, or a window of it with "…" where it was cut
  int caret_at = 0;     // display columns before the figure
  int caret_width = 1;  // display columns the figure takes (at least 1)
};

// line: the figure's source line; column: 1-based code-point column of the figure in it;
// figure_points: code points of the figure. Lines wider than max_width are cut to a window
// that keeps the figure with some context before it.
Excerpt excerpt(std::string_view line, uint32_t column, size_t figure_points, int max_width = 100);

}  // namespace solieu::report
