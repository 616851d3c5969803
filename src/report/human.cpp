// human: see human.hpp.
#include "report/human.hpp"

#include "report/json_writer.hpp"

namespace solieu::report {
namespace {

const char* code(Style style) {
  switch (style) {
    case Style::bold: return "\x1b[1m";
    case Style::red: return "\x1b[31m";
    case Style::yellow: return "\x1b[33m";
    case Style::cyan: return "\x1b[36m";
  }
  return "";
}

}  // namespace

std::string grouped_number(double value, const std::string& lang) {
  std::string plain = format_number(value);
  if (plain == "null") return value > 0 ? "inf" : value < 0 ? "-inf" : "nan";
  bool vi = lang == "vi";
  std::string sign, whole = plain, fraction;
  if (!whole.empty() && whole[0] == '-') {
    sign = "-";
    whole.erase(0, 1);
  }
  if (size_t dot = whole.find('.'); dot != std::string::npos) {
    fraction = whole.substr(dot + 1);
    whole.resize(dot);
  }
  std::string out;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += vi ? '.' : ',';
    out += whole[i];
  }
  if (!fraction.empty()) out += (vi ? "," : ".") + fraction;
  return sign + out;
}

std::string value_text(const Fact& fact, const std::string& lang) {
  std::string out;
  const char* approx = to_string(fact.approx);
  if (fact.approx != Approx::none && approx != nullptr && *approx != '\0') out += std::string(approx) + " ";
  out += grouped_number(fact.value, lang);
  if (fact.whole > 0) out += "/" + grouped_number(fact.whole, lang);
  if (!fact.unit.empty()) out += " " + fact.unit;
  return out;
}

std::string styled(const std::string& text, Style style, bool color) {
  if (!color) return text;
  return code(style) + text + "\x1b[0m";
}

std::string styled(const std::string& text, Style a, Style b, bool color) {
  if (!color) return text;
  return std::string(code(a)) + code(b) + text + "\x1b[0m";
}

Index::Index(const FactSheet& sheet) {
  for (const auto& f : sheet.facts) facts.emplace(f.id, &f);
  for (const auto& a : sheet.articles) articles.emplace(a.id, &a);
}

const Fact* Index::fact(const std::string& id) const {
  auto it = facts.find(id);
  return it == facts.end() ? nullptr : it->second;
}

const ArticleRecord* Index::article(const std::string& id) const {
  auto it = articles.find(id);
  return it == articles.end() ? nullptr : it->second;
}

}  // namespace solieu::report
