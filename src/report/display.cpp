// display: see display.hpp.
#include "report/display.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace solieu::report {
namespace {

int width_of(UChar32 c) {
  if (c < 0) return 1;  // invalid byte, drawn as U+FFFD
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
  int eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  if (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) return 2;
  return 1;
}

}  // namespace

std::vector<Cell> cells(std::string_view text) {
  std::vector<Cell> out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    int32_t begin = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    Cell cell;
    if (c < 0)
      cell.bytes = "\xEF\xBF\xBD";
    else if (c < 0x20 || c == 0x7f)
      cell.bytes = " ";  // a tab would move the caret line out of step
    else
      cell.bytes.assign(text.data() + begin, static_cast<size_t>(i - begin));
    cell.width = c >= 0 && (c < 0x20 || c == 0x7f) ? 1 : width_of(c);
    out.push_back(std::move(cell));
  }
  return out;
}

size_t code_points(std::string_view text) { return cells(text).size(); }

int display_width(std::string_view text) {
  int width = 0;
  for (const auto& cell : cells(text)) width += cell.width;
  return width;
}

std::string pad(std::string_view text, int width) {
  std::string out(text);
  int have = display_width(text);
  if (have < width) out.append(static_cast<size_t>(width - have), ' ');
  return out;
}

std::string clip(std::string_view text, int width) {
  if (display_width(text) <= width) return std::string(text);
  std::string out;
  int used = 0;
  for (const auto& cell : cells(text)) {
    if (used + cell.width > width - 1) break;
    out += cell.bytes;
    used += cell.width;
  }
  return out + "…";
}

Excerpt excerpt(std::string_view line, uint32_t column, size_t figure_points, int max_width) {
  std::vector<Cell> all = cells(line);
  size_t first = std::min<size_t>(column > 0 ? column - 1 : 0, all.size());
  size_t last = std::min(all.size(), first + std::max<size_t>(figure_points, 1));  // figure: [first, last)

  auto width = [&](size_t from, size_t to) {
    int w = 0;
    for (size_t i = from; i < to; ++i) w += all[i].width;
    return w;
  };

  size_t from = 0, to = all.size();
  if (width(0, all.size()) > max_width) {
    // Keep about a third of the window before the figure: what is counted comes before it in Vietnamese
    // ("tổng diện tích 1.967 ha"), and the rest after it.
    int before = max_width / 3;
    from = first;
    while (from > 0 && width(from - 1, first) <= before) --from;
    to = from;
    while (to < all.size() && width(from, to + 1) <= max_width) ++to;
    to = std::max(to, last);  // a figure wider than the window is still shown whole
  }

  Excerpt e;
  if (from > 0) e.text = "…";
  for (size_t i = from; i < to; ++i) e.text += all[i].bytes;
  if (to < all.size()) e.text += "…";
  e.caret_at = (from > 0 ? 1 : 0) + width(from, first);
  e.caret_width = std::max(1, width(first, last));
  return e;
}

}  // namespace solieu::report
