#pragma once
// fact_builder: Facts made by hand for rule tests, as the extractors would give them. A fact's
// interval defaults to the written precision of its value (9 -> [8.5, 9.5], 75.6 -> [75.55,
// 75.65]), widened by approx as the numbers stage does; cases may give low/high explicitly.
// Used by every test in tests/rules/.
#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <string>

#include "solieu/fact.hpp"

namespace solieu::test {

inline void default_interval(Fact& f) {
  double step = 1;
  for (int d = 0; d < 6 && std::abs(f.value * std::pow(10, d) - std::round(f.value * std::pow(10, d))) > 1e-9; ++d)
    step = std::pow(10, -(d + 1));
  const double inf = std::numeric_limits<double>::infinity();
  switch (f.approx) {
    case Approx::none: f.low = f.value - step / 2, f.high = f.value + step / 2; break;
    case Approx::about:
    case Approx::estimate: f.low = f.value * 0.95, f.high = f.value * 1.05; break;
    case Approx::over: f.low = f.value, f.high = inf; break;
    case Approx::under: f.low = 0, f.high = f.value; break;
  }
}

// The tiny helper the brief asks for: place/subject/metric/status/value/unit/approx/low/high/as_of/article.
inline Fact make_fact(const std::string& id, const std::string& place, const std::string& subject,
                      const std::string& metric, const std::string& status, double value, const std::string& unit,
                      const std::string& as_of, Approx approx = Approx::none, double low = NAN, double high = NAN) {
  Fact f;
  f.id = id;
  f.article = id.substr(0, id.find('#'));
  f.place = place, f.subject = subject, f.metric = metric, f.status = status;
  f.value = value, f.unit = unit, f.approx = approx, f.as_of = as_of;
  f.time_source = as_of.empty() ? TimeSource::none : TimeSource::article_date;
  default_interval(f);
  if (!std::isnan(low)) f.low = low;
  if (!std::isnan(high)) f.high = high;
  f.text = std::to_string(static_cast<long long>(value));
  return f;
}

inline Approx approx_from(const std::string& s) {
  if (s == "about") return Approx::about;
  if (s == "over") return Approx::over;
  if (s == "under") return Approx::under;
  if (s == "estimate") return Approx::estimate;
  return Approx::none;
}

inline Fact fact_from_json(const nlohmann::json& j) {
  auto str = [&](const char* k, const std::string& d = "") { return j.value(k, d); };
  Fact f = make_fact(str("id"), str("place", "Bắc Giang"), str("subject", "KCN"), str("metric", "count"), str("status"),
                     j.at("value").get<double>(), str("unit", "zone"), str("as_of"), approx_from(str("approx")));
  if (j.contains("article")) f.article = str("article");
  if (j.contains("low")) f.low = j["low"].is_null() ? -INFINITY : j["low"].get<double>();
  if (j.contains("high")) f.high = j["high"].is_null() ? INFINITY : j["high"].get<double>();
  f.zone = str("zone");
  f.qualifier = str("qualifier");
  f.period_from = str("period_from");
  f.whole = j.value("whole", 0.0);
  f.part_of = str("part_of");
  f.malformed = j.value("malformed", false);
  f.problem = str("problem");
  if (j.contains("text")) f.text = str("text");
  if (j.contains("listed")) f.listed = j["listed"].get<std::vector<std::string>>();
  if (str("time_source") == "inferred") f.time_source = TimeSource::inferred;
  return f;
}

}  // namespace solieu::test
