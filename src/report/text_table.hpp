#pragma once
// text_table: the pieces of the fact table (`extract --format text`): an article's header, a row
// per fact, columns aligned by display width within one article, the totals line. write_text_table
// prints a FactSheet with them, SheetStream an article at a time: the same bytes either way.
// Tested by tests/report/test_text_table.cpp and test_sheet_stream.cpp.
#include <array>
#include <ostream>
#include <string>
#include <vector>

#include "solieu/sheet.hpp"

namespace solieu::report {

inline constexpr size_t kTableColumns = 8;
using TableRow = std::array<std::string, kTableColumns>;

struct TableTotals {
  uint64_t articles = 0;
  uint64_t quantities = 0;
  uint64_t facts = 0;
};

TableRow table_titles();
TableRow table_row(const Fact& fact, const std::string& lang);
// Rows[0] is the titles, printed bold; widths are those of these rows only.
void print_table(std::ostream& out, const std::vector<TableRow>& rows, bool color);
void print_table_header(std::ostream& out, const ArticleRecord& article, bool color);
// Unreadable inputs, then "N articles, N quantities, N facts[, N unreadable inputs]".
void print_table_footer(std::ostream& out, const TableTotals& totals, const std::vector<InputError>& errors,
                        bool color);

}  // namespace solieu::report
