#pragma once
// tree_reference: the fact sheet rendered the slow, obvious way, as the report stage did before
// record_json.cpp: each record an nlohmann::ordered_json tree, printed by json_writer's
// dump_pretty / dump_compact. Test-only: the streaming writer must print the very same bytes.
#include <sstream>
#include <string>

#include "report/json_writer.hpp"
#include "solieu/report.hpp"

namespace solieu::test::tree {

using report::Json;

inline Json or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

inline Json approx_json(Approx approx) {
  const char* word = to_string(approx);
  return approx == Approx::none || word == nullptr || *word == '\0' ? Json(nullptr) : Json(word);
}

inline Json article_json(const ArticleRecord& a) {
  Json j = Json::object();
  j["id"] = a.id;
  j["path"] = a.path;
  j["date"] = or_null(a.date);
  j["date_source"] = a.date_source == DateSource::none ? Json(nullptr) : Json(to_string(a.date_source));
  j["bytes"] = a.bytes;
  j["encoding"] = a.encoding;
  if (!a.title.empty()) j["title"] = a.title;
  if (!a.url.empty()) j["source"] = a.url;
  if (!a.meta.empty()) {
    Json meta = Json::object();
    for (const auto& [key, value] : a.meta) meta[key] = value;
    j["meta"] = meta;
  }
  return j;
}

inline void put_location(Json& j, const std::string& text, const Location& at) {
  j["text"] = text;
  j["line"] = at.line;
  j["column"] = at.column;
  j["start"] = at.start;
  j["end"] = at.end;
}

inline Json quantity_json(const QuantityRecord& r) {
  const Quantity& q = r.quantity;
  Json j = Json::object();
  j["article"] = r.article;
  j["value"] = q.value;
  j["unit"] = or_null(q.unit);
  if (!q.noun.empty()) j["noun"] = q.noun;
  j["approx"] = approx_json(q.approx);
  if (q.kind != QuantityKind::amount) {
    j["kind"] = q.kind == QuantityKind::ratio ? "ratio" : "rank";
    j["whole"] = q.whole;
  }
  j["interval"] = Json::array({q.low, q.high});
  if (q.malformed) {
    j["malformed"] = true;
    j["problem"] = q.problem;
  }
  put_location(j, r.text, r.at);
  return j;
}

inline Json fact_json(const Fact& f) {
  Json j = Json::object();
  j["id"] = f.id;
  j["article"] = f.article;
  j["place"] = or_null(f.place);
  j["subject"] = f.subject;
  j["zone"] = or_null(f.zone);
  j["metric"] = f.metric;
  j["status"] = or_null(f.status);
  if (!f.qualifier.empty()) j["qualifier"] = f.qualifier;
  j["value"] = f.value;
  j["unit"] = or_null(f.unit);
  j["approx"] = approx_json(f.approx);
  j["interval"] = Json::array({f.low, f.high});
  if (f.whole > 0) j["whole"] = f.whole;
  if (f.malformed) {
    j["malformed"] = true;
    j["problem"] = f.problem;
  }
  j["as_of"] = or_null(f.as_of);
  if (!f.period_from.empty()) j["period_from"] = f.period_from;
  j["time_source"] = to_string(f.time_source);
  j["text"] = f.text;
  j["sentence"] = f.sentence;
  j["line"] = f.at.line;
  j["column"] = f.at.column;
  j["start"] = f.at.start;
  j["end"] = f.at.end;
  if (!f.part_of.empty()) j["part_of"] = f.part_of;
  if (!f.listed.empty()) j["listed"] = f.listed;
  return j;
}

inline Json finding_json(const Finding& f) {
  Json j = Json::object();
  j["id"] = f.id;
  j["rule"] = f.rule;
  j["severity"] = to_string(f.severity);
  j["verdict"] = f.verdict;
  j["facts"] = f.facts;
  j["message"] = f.message;
  j["explanation"] = f.explanation;
  if (!f.notes.empty()) j["notes"] = f.notes;
  if (!f.baseline_reason.empty()) j["baseline"] = f.baseline_reason;
  return j;
}

inline Json error_json(const InputError& e) { return Json{{"path", e.path}, {"message", e.message}}; }

inline std::string json(const FactSheet& sheet) {
  Json doc = Json::object();
  doc["schema"] = "solieu/factsheet-1";
  doc["tool"] = Json{{"name", "solieu"}, {"version", version()}};
  Json& articles = doc["articles"] = Json::array();
  for (const auto& a : sheet.articles) articles.push_back(article_json(a));
  Json& quantities = doc["quantities"] = Json::array();
  for (const auto& q : sheet.quantities) quantities.push_back(quantity_json(q));
  Json& facts = doc["facts"] = Json::array();
  for (const auto& f : sheet.facts) facts.push_back(fact_json(f));
  if (sheet.checked) {
    Json& findings = doc["findings"] = Json::array();
    for (const auto& f : sheet.findings) findings.push_back(finding_json(f));
  }
  Json& errors = doc["errors"] = Json::array();
  for (const auto& e : sheet.errors) errors.push_back(error_json(e));
  return report::dump_pretty(doc) + "\n";
}

inline void line(std::string& out, const char* type, const Json& record) {
  Json typed = Json::object();
  typed["type"] = type;
  for (const auto& [key, value] : record.items()) typed[key] = value;
  out += report::dump_compact(typed) + "\n";
}

inline std::string jsonl(const FactSheet& sheet) {
  std::string out;
  for (const auto& a : sheet.articles) line(out, "article", article_json(a));
  for (const auto& q : sheet.quantities) line(out, "quantity", quantity_json(q));
  for (const auto& f : sheet.facts) line(out, "fact", fact_json(f));
  if (sheet.checked)
    for (const auto& f : sheet.findings) line(out, "finding", finding_json(f));
  for (const auto& e : sheet.errors) line(out, "error", error_json(e));
  return out;
}

}  // namespace solieu::test::tree
