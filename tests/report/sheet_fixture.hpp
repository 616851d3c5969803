#pragma once
// sheet_fixture: a small hand-built FactSheet for the renderer tests: two Vietnamese articles,
// their quantities and facts placed where the figures really stand in the text, a contradiction,
// an explained group and an unreadable input. Positions are computed from the text, never typed in.
#include <limits>
#include <stdexcept>
#include <string>

#include "solieu/sheet.hpp"

namespace solieu::test {

inline const std::string kArticleA =
    "---\ntitle: Bắc Giang thu hút \"đầu tư\" \\ FDI\ndate: 2023-08-22\n---\n"
    "Hiện tỉnh có 9 KCN được thành lập với tổng diện tích 1.967 ha, tỷ lệ lấp đầy đạt 75,6%.\n"
    "Thu hút 1,48 tỷ USD.\tTổng vốn 31,1 nghìn tỷ đồng.\n";
inline const std::string kArticleB =
    "Minh Châu|22/07/2021 09:03\n"
    "Đến năm 2030, tỉnh Bắc Giang có 29 KCN với tổng diện tích hơn 6.000 ha.\n";

// Line, code-point column, bytes and line text of the first `needle` in `source`.
inline Location locate(const std::string& source, const std::string& needle, std::string* line_text = nullptr) {
  size_t at = source.find(needle);
  if (at == std::string::npos) throw std::logic_error("fixture: no " + needle);
  Location loc;
  size_t line_start = 0;
  for (size_t i = 0; i < at; ++i)
    if (source[i] == '\n') {
      ++loc.line;
      line_start = i + 1;
    }
  uint32_t column = 1;
  for (size_t i = line_start; i < at; ++i)
    if ((static_cast<unsigned char>(source[i]) & 0xC0) != 0x80) ++column;
  loc.column = column;
  loc.start = static_cast<uint32_t>(at);
  loc.end = static_cast<uint32_t>(at + needle.size());
  if (line_text != nullptr) {
    size_t line_end = source.find('\n', at);
    *line_text = source.substr(line_start, line_end - line_start);
  }
  return loc;
}

inline Fact make_fact(const std::string& article, int n, const std::string& source, const std::string& text,
                      const std::string& metric, double value, const std::string& unit) {
  Fact f;
  f.id = article + "#" + std::to_string(n);
  f.article = article;
  f.place = "Bắc Giang";
  f.subject = "KCN";
  f.metric = metric;
  f.value = value;
  f.unit = unit;
  f.low = value - 0.5;
  f.high = value + 0.5;
  f.text = text;
  std::string line;
  f.at = locate(source, text, &line);
  f.line_text = line;
  f.sentence = line;
  return f;
}

inline QuantityRecord make_quantity(const std::string& article, const std::string& source, const std::string& text,
                                    double value, const std::string& unit) {
  QuantityRecord q;
  q.article = article;
  q.quantity.value = value;
  q.quantity.unit = unit;
  q.quantity.low = value;
  q.quantity.high = value;
  q.text = text;
  q.at = locate(source, text);
  return q;
}

inline FactSheet sample_sheet(bool checked = true) {
  FactSheet s;
  ArticleRecord a;
  a.id = "002_bac_giang";
  a.path = "data/articles/002_bac_giang.txt";
  a.date = "2023-08-22";
  a.date_source = DateSource::front_matter;
  a.bytes = kArticleA.size();
  a.encoding = "UTF-8";
  a.title = "Bắc Giang thu hút \"đầu tư\" \\ FDI";
  a.meta = {{"author", "Minh\tChâu"}};
  s.articles.push_back(a);
  ArticleRecord b;
  b.id = "004_plan";
  b.path = "data/articles/004_plan.txt";
  b.date = "2021-07-22";
  b.date_source = DateSource::text;
  b.bytes = kArticleB.size();
  b.encoding = "UTF-8";
  s.articles.push_back(b);

  s.quantities.push_back(make_quantity(a.id, kArticleA, "9 KCN", 9, "zone"));
  s.quantities.push_back(make_quantity(a.id, kArticleA, "1.967 ha", 1967, "ha"));
  s.quantities.push_back(make_quantity(a.id, kArticleA, "75,6%", 75.6, "%"));
  s.quantities.push_back(make_quantity(a.id, kArticleA, "1,48 tỷ USD", 1.48e9, "USD"));
  s.quantities.push_back(make_quantity(a.id, kArticleA, "31,1 nghìn tỷ đồng", 3.11e13, "VND"));
  s.quantities.push_back(make_quantity(b.id, kArticleB, "29 KCN", 29, "zone"));
  s.quantities.push_back(make_quantity(b.id, kArticleB, "hơn 6.000 ha", 6000, "ha"));
  s.quantities[6].quantity.approx = Approx::over;
  s.quantities[6].quantity.high = std::numeric_limits<double>::infinity();

  Fact count = make_fact(a.id, 1, kArticleA, "9 KCN", "count", 9, "zone");
  count.status = "established";
  count.as_of = "2023-08-22";
  count.time_source = TimeSource::article_date;
  Fact area = make_fact(a.id, 2, kArticleA, "1.967 ha", "area_ha", 1967, "ha");
  area.status = "established";
  area.as_of = "2023-08-22";
  area.time_source = TimeSource::article_date;
  area.part_of = "";
  Fact pct = make_fact(a.id, 3, kArticleA, "75,6%", "occupancy_pct", 75.6, "%");
  pct.low = 75.55;
  pct.high = 75.65;
  Fact target = make_fact(b.id, 1, kArticleB, "29 KCN", "count", 29, "zone");
  target.status = "planned_target";
  target.as_of = "2030";
  target.time_source = TimeSource::text;
  target.listed = {"KCN Quang Châu", "KCN Vân Trung"};
  Fact planned_area = make_fact(b.id, 2, kArticleB, "hơn 6.000 ha", "area_ha", 6000, "ha");
  planned_area.approx = Approx::over;
  planned_area.low = 6000;
  planned_area.high = std::numeric_limits<double>::infinity();
  planned_area.status = "planned_target";
  planned_area.as_of = "2030";
  planned_area.time_source = TimeSource::text;
  s.facts = {count, area, pct, target, planned_area};

  if (checked) {
    s.checked = true;
    Finding contradiction;
    contradiction.id = "f-0001";
    contradiction.rule = "status-agrees";
    contradiction.severity = Severity::error;
    contradiction.verdict = "contradiction";
    contradiction.facts = {count.id, target.id};
    contradiction.message = "number of industrial zones disagrees: 9 vs 29";
    contradiction.explanation = "same place, subject and metric (Bắc Giang · KCN · count); 9 is outside [28.5, 29.5]";
    contradiction.notes = {"004_plan (by 2030) says 29 planned target: \"29 KCN\""};
    Finding explained = contradiction;
    explained.id = "f-0002";
    explained.rule = "values-explained";
    explained.severity = Severity::info;
    explained.verdict = "explained";
    explained.facts = {area.id, planned_area.id};
    explained.message = "area of industrial zones differs: 1,967 ha vs over 6,000 ha";
    explained.explanation = "a plan for 2030 versus the area established in 2023";
    explained.notes = {"004_plan (by 2030) says over 6,000 ha planned target: \"hơn 6.000 ha\""};
    s.findings = {contradiction, explained};
  }
  s.errors.push_back({"data/articles/bad\x01\".txt", "invalid UTF-8 at byte 1234"});
  return s;
}

}  // namespace solieu::test
