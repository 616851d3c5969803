// sheet_json: see sheet_json.hpp.
#include "report/sheet_json.hpp"

#include "solieu/report.hpp"

namespace solieu::report {
namespace {

Json or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json approx_json(Approx approx) {
  const char* word = to_string(approx);
  return approx == Approx::none || word == nullptr || *word == '\0' ? Json(nullptr) : Json(word);
}

Json interval_json(double low, double high) { return Json::array({low, high}); }

const char* kind_name(QuantityKind kind) {
  switch (kind) {
    case QuantityKind::ratio: return "ratio";
    case QuantityKind::rank: return "rank";
    case QuantityKind::amount: break;
  }
  return "amount";
}

void put_location(Json& object, const std::string& text, const Location& at) {
  object["text"] = text;
  object["line"] = at.line;
  object["column"] = at.column;
  object["start"] = at.start;
  object["end"] = at.end;
}

}  // namespace

Json article_json(const ArticleRecord& a) {
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

Json quantity_json(const QuantityRecord& r) {
  const Quantity& q = r.quantity;
  Json j = Json::object();
  j["article"] = r.article;
  j["value"] = q.value;
  j["unit"] = or_null(q.unit);
  if (!q.noun.empty()) j["noun"] = q.noun;
  j["approx"] = approx_json(q.approx);
  if (q.kind != QuantityKind::amount) {
    j["kind"] = kind_name(q.kind);
    j["whole"] = q.whole;
  }
  j["interval"] = interval_json(q.low, q.high);
  if (q.malformed) {
    j["malformed"] = true;
    j["problem"] = q.problem;
  }
  put_location(j, r.text, r.at);
  return j;
}

Json fact_json(const Fact& f) {
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
  j["interval"] = interval_json(f.low, f.high);
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

Json finding_json(const Finding& f) {
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

Json error_json(const InputError& e) { return Json{{"path", e.path}, {"message", e.message}}; }

}  // namespace solieu::report
