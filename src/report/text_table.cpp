// text_table: `extract --format text`, the fact sheet as a person reads it: per article a header
// (path, date and where it came from, source), then one aligned row per fact: position, place,
// subject, metric, status, value, as_of, and the figure in its sentence. Columns align by display
// width, so "Bắc Giang" (9 code points, 12 bytes) takes 9 columns. Quantities that became no fact
// are counted in the footer, not listed: the JSON has them all.
// The pieces (text_table.hpp) are shared with the streaming table of sheet_stream.cpp, so both
// print the same bytes.
// Tested by tests/report/test_text_table.cpp and test_sheet_stream.cpp.
#include "report/text_table.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "report/display.hpp"
#include "report/human.hpp"
#include "report/renderers.hpp"

namespace solieu::report {
namespace {

constexpr int kQuoteWidth = 60;

std::string or_dash(const std::string& text) { return text.empty() ? "-" : text; }

// The sentence around the figure, about kQuoteWidth columns, figure included.
std::string quote_of(const Fact& f) {
  if (f.sentence.empty()) return "\"" + f.text + "\"";
  size_t at = f.text.empty() ? std::string::npos : f.sentence.find(f.text);
  uint32_t column = at == std::string::npos ? 1 : static_cast<uint32_t>(code_points(f.sentence.substr(0, at)) + 1);
  Excerpt e = excerpt(f.sentence, column, code_points(f.text), kQuoteWidth);
  return "\"" + e.text + "\"";
}

}  // namespace

TableRow table_titles() { return {"line:col", "place", "subject", "metric", "status", "value", "as_of", "quote"}; }

TableRow table_row(const Fact& f, const std::string& lang) {
  std::string as_of = f.as_of.empty() ? "-" : f.as_of;
  if (!f.period_from.empty()) as_of = f.period_from + ".." + as_of;
  std::string metric = f.metric + (f.qualifier.empty() ? "" : " (" + f.qualifier + ")");
  std::string subject = f.subject + (f.zone.empty() ? "" : " " + f.zone);
  std::string value = value_text(f, lang) + (f.malformed ? " (malformed)" : "");
  return {std::to_string(f.at.line) + ":" + std::to_string(f.at.column),
          or_dash(f.place),
          or_dash(subject),
          or_dash(metric),
          or_dash(f.status),
          value,
          as_of,
          quote_of(f)};
}

void print_table(std::ostream& out, const std::vector<TableRow>& rows, bool color) {
  std::array<int, kTableColumns> width{};
  for (const auto& row : rows)
    for (size_t c = 0; c < kTableColumns; ++c) width[c] = std::max(width[c], display_width(row[c]));
  for (size_t r = 0; r < rows.size(); ++r) {
    std::string line = "  ";
    for (size_t c = 0; c < kTableColumns; ++c) {
      // The last column is not padded: trailing spaces only make diffs noisy.
      line += c + 1 == kTableColumns ? rows[r][c] : pad(rows[r][c], width[c]) + "  ";
    }
    out << (r == 0 ? styled(line, Style::bold, color) : line) << '\n';
  }
}

void print_table_header(std::ostream& out, const ArticleRecord& a, bool color) {
  std::string date = a.date.empty() ? "no date" : a.date;
  if (!a.date.empty() && a.date_source != DateSource::none) date += std::string(" (") + to_string(a.date_source) + ")";
  std::string head = a.path + "  ·  " + date;
  if (!a.url.empty()) head += "  ·  " + a.url;
  out << styled(head, Style::bold, Style::cyan, color) << '\n';
  if (!a.title.empty()) out << "  " << a.title << '\n';
}

void print_table_footer(std::ostream& out, const TableTotals& totals, const std::vector<InputError>& errors,
                        bool color) {
  if (!errors.empty()) out << '\n';
  for (const auto& e : errors)
    out << e.path << ": " << styled("error:", Style::bold, Style::red, color) << ' ' << e.message << '\n';
  out << '\n' << totals.articles << " articles, " << totals.quantities << " quantities, " << totals.facts << " facts";
  if (!errors.empty()) out << ", " << errors.size() << " unreadable inputs";
  out << '\n';
}

void write_text_table(std::ostream& out, const FactSheet& sheet, const ReportOptions& options) {
  std::map<std::string, std::vector<const Fact*>> by_article;
  for (const auto& f : sheet.facts) by_article[f.article].push_back(&f);

  bool first = true;
  for (const auto& a : sheet.articles) {
    if (!first) out << '\n';
    first = false;
    print_table_header(out, a, options.color);
    auto it = by_article.find(a.id);
    if (it == by_article.end()) {
      out << "  (no facts)\n";
      continue;
    }
    std::vector<TableRow> rows = {table_titles()};
    for (const Fact* f : it->second) rows.push_back(table_row(*f, options.lang));
    print_table(out, rows, options.color);
    by_article.erase(it);
  }
  // Facts whose article has no record (a caller's bug, but nothing is dropped silently).
  for (const auto& [id, facts] : by_article) {
    if (!first) out << '\n';
    first = false;
    out << styled(id, Style::bold, options.color) << '\n';
    std::vector<TableRow> rows = {table_titles()};
    for (const Fact* f : facts) rows.push_back(table_row(*f, options.lang));
    print_table(out, rows, options.color);
  }
  TableTotals totals{sheet.articles.size(), sheet.quantities.size() + sheet.streamed_quantities, sheet.facts.size()};
  print_table_footer(out, totals, sheet.errors, options.color);
}

}  // namespace solieu::report
