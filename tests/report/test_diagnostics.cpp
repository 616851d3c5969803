// check --format text (src/report/diagnostics.cpp): compiler-style findings with carets.
#include <catch2/catch.hpp>
#include <sstream>

#include "report/sheet_fixture.hpp"
#include "solieu/report.hpp"

using namespace solieu;

namespace {

std::string render(const FactSheet& sheet, bool color = false) {
  ReportOptions options;
  options.color = color;
  std::ostringstream out;
  write_report(out, sheet, Format::text, options);
  return out.str();
}

}  // namespace

TEST_CASE("diagnostics: an error with its source line, caret, note and why", "[report][text][check]") {
  FactSheet sheet = test::sample_sheet(true);
  sheet.findings.resize(1);
  sheet.errors.clear();
  CHECK(render(sheet) ==
        "data/articles/002_bac_giang.txt:5:14: error: number of industrial zones disagrees: 9 vs 29 [status-agrees]\n"
        "    5 | Hiện tỉnh có 9 KCN được thành lập với tổng diện tích 1.967 ha, tỷ lệ lấp đầy đạt 75,6%.\n"
        "      |              ^~~~~\n"
        "data/articles/004_plan.txt:2:33: note: 004_plan (by 2030) says 29 planned target: \"29 KCN\" [article of "
        "2021-07-22]\n"
        "    2 | Đến năm 2030, tỉnh Bắc Giang có 29 KCN với tổng diện tích hơn 6.000 ha.\n"
        "      |                                 ^~~~~~\n"
        "  = why: same place, subject and metric (Bắc Giang · KCN · count); 9 is outside [28.5, 29.5]\n"
        "\n"
        "2 articles, 7 quantities, 5 facts; findings: 1 errors, 0 warnings, 0 info\n");
}

TEST_CASE("diagnostics: the caret sits under the figure's code-point column in a Vietnamese line",
          "[report][text][check]") {
  FactSheet sheet = test::sample_sheet(true);
  sheet.findings[0].facts = {"002_bac_giang#2"};  // "1.967 ha", after 53 Vietnamese code points
  sheet.findings[0].notes.clear();
  sheet.errors.clear();
  std::string text = render(sheet);
  INFO(text);
  std::istringstream in(text);
  std::string first, source, caret;
  std::getline(in, first);
  std::getline(in, source);
  std::getline(in, caret);
  CHECK(first.rfind("data/articles/002_bac_giang.txt:5:54: error:", 0) == 0);
  // Walk the source line by code points to the caret's column: the figure starts there.
  size_t caret_col = caret.find('^');
  REQUIRE(caret_col != std::string::npos);
  size_t column = 0, byte = 0;
  while (column < caret_col && byte < source.size()) {
    unsigned char c = static_cast<unsigned char>(source[byte]);
    byte += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++column;
  }
  CHECK(source.substr(byte, 8) == "1.967 ha");
  CHECK(caret.substr(caret_col) == "^~~~~~~~");
}

TEST_CASE("diagnostics: a decomposed line keeps the caret in step by display width", "[report][text][check]") {
  FactSheet sheet = test::sample_sheet(true);
  sheet.findings.resize(1);
  sheet.findings[0].facts = {"002_bac_giang#1"};
  // "Hiện" with ệ as e + U+0323 + U+0302: 2 more code points, same width. Column counts code points.
  sheet.facts[0].line_text = "Hie\xCC\xA3\xCC\x82n tỉnh có 9 KCN";
  sheet.facts[0].at.column = 16;
  std::string text = render(sheet);
  INFO(text);
  CHECK(text.find("    5 | Hie\xCC\xA3\xCC\x82n tỉnh có 9 KCN\n      |              ^~~~~\n") != std::string::npos);
}

TEST_CASE("diagnostics: long lines are cut around the figure with ellipses", "[report][text][check]") {
  FactSheet sheet = test::sample_sheet(true);
  sheet.findings.resize(1);
  sheet.findings[0].facts = {"002_bac_giang#1"};
  std::string filler;
  for (int i = 0; i < 20; ++i) filler += "khu công nghiệp ";
  sheet.facts[0].line_text = filler + "9 KCN" + " " + filler;
  sheet.facts[0].at.column = 16 * 20 + 1;
  sheet.errors.clear();
  std::string text = render(sheet);
  INFO(text);
  std::istringstream in(text);
  std::string first, source, caret;
  std::getline(in, first);
  std::getline(in, source);
  std::getline(in, caret);
  CHECK(source.find("    5 | …") == 0);
  CHECK(source.size() - source.rfind("…") == 3);  // ends with the ellipsis
  CHECK(source.size() < filler.size());
  size_t at = source.find("9 KCN");
  REQUIRE(at != std::string::npos);
  // Columns before the figure on the printed line equal the caret's column.
  size_t columns = 0;
  for (size_t i = 0; i < at; ++i) columns += (static_cast<unsigned char>(source[i]) & 0xC0) != 0x80;
  CHECK(caret.find('^') == columns);
}

TEST_CASE("diagnostics: info findings are compact, input errors first, summary last", "[report][text][check]") {
  std::string text = render(test::sample_sheet(true));
  INFO(text);
  CHECK(text.rfind("data/articles/bad\x01\".txt: error: invalid UTF-8 at byte 1234\n\n", 0) == 0);
  CHECK(text.find(
            "data/articles/002_bac_giang.txt:5:54: info: area of industrial zones differs: 1,967 ha vs over 6,000 ha "
            "[values-explained]\n"
            "  note: data/articles/004_plan.txt:2:59: 004_plan (by 2030) says over 6,000 ha planned target: \"hơn "
            "6.000 ha\" "
            "[article of 2021-07-22]\n"
            "  = why: a plan for 2030 versus the area established in 2023\n") != std::string::npos);
  CHECK(text.find("    2 | Đến năm 2030") != std::string::npos);  // the error's note has its source line
  std::string summary =
      "2 articles, 7 quantities, 5 facts; findings: 1 errors, 0 warnings, 1 info; 1 unreadable inputs\n";
  CHECK(text.size() >= summary.size());
  CHECK(text.substr(text.size() - summary.size()) == summary);
}

TEST_CASE("diagnostics: colour only when asked", "[report][text][check]") {
  FactSheet sheet = test::sample_sheet(true);
  CHECK(render(sheet, false).find('\x1b') == std::string::npos);
  std::string coloured = render(sheet, true);
  CHECK(coloured.find("\x1b[1m\x1b[31merror:\x1b[0m") != std::string::npos);
  CHECK(coloured.find("\x1b[1m\x1b[36mnote:\x1b[0m") != std::string::npos);
}

TEST_CASE("diagnostics: a baseline-accepted finding says so", "[report][text][check]") {
  FactSheet sheet = test::sample_sheet(true);
  sheet.findings[0].baseline_reason = "known: the 2021 article counts zones differently";
  std::string text = render(sheet);
  INFO(text);
  CHECK(text.find("  = accepted: known: the 2021 article counts zones differently\n") != std::string::npos);
  CHECK(text.find("(1 accepted by the baseline)") != std::string::npos);
}

TEST_CASE("diagnostics: a finding naming an unknown fact or a fact without its line still prints",
          "[report][text][check]") {
  FactSheet sheet = test::sample_sheet(true);
  sheet.errors.clear();
  sheet.findings.resize(1);
  sheet.findings[0].facts = {"002_bac_giang#1", "missing#9"};
  sheet.facts[0].line_text = Symbol();
  std::string text = render(sheet);
  INFO(text);
  CHECK(
      text.rfind(
          "data/articles/002_bac_giang.txt:5:14: error: number of industrial zones disagrees: 9 vs 29 [status-agrees]\n"
          "solieu: note: 004_plan (by 2030) says 29 planned target: \"29 KCN\"\n",
          0) == 0);
  CHECK(text.find(" | ") == std::string::npos);
}
