// number_data: the grammar's data files -> tables. Tested by tests/numbers/grammar_test.cpp.
#include "numbers/number_data.hpp"

#include <nlohmann/json.hpp>

#include "load/json_file.hpp"
#include "solieu/error.hpp"

namespace solieu::numbers {
namespace {

using nlohmann::json;

std::string key_of(const std::string& word) { return canonical_key(word); }

void words_into(const json& list, std::unordered_set<std::string>& out) {
  for (const auto& w : list) out.insert(key_of(w.get<std::string>()));
}

template <class V>
void map_into(const json& object, std::unordered_map<std::string, V>& out) {
  for (const auto& [k, v] : object.items()) out[key_of(k)] = v.template get<V>();
}

void load_numbers(const json& doc, NumberData& d) {
  map_into(doc.at("digits"), d.digits);
  map_into(doc.at("after_tens"), d.after_tens);
  map_into(doc.at("after_ten"), d.after_ten);
  words_into(doc.at("ten"), d.ten);
  words_into(doc.at("tens"), d.tens);
  words_into(doc.at("hundred"), d.hundred);
  words_into(doc.at("zero_tens"), d.zero_tens);
  words_into(doc.at("half"), d.half);
  words_into(doc.at("point"), d.point);
  words_into(doc.at("negative"), d.negative);
  words_into(doc.at("indefinite"), d.indefinite);
  map_into(doc.at("magnitudes"), d.magnitudes);
  for (const auto& s : doc.at("stacks")) {
    std::vector<double> stack;
    std::string text = s.get<std::string>();
    size_t start = 0;
    while (start < text.size()) {
      size_t space = text.find(' ', start);
      if (space == std::string::npos) space = text.size();
      std::string word = key_of(text.substr(start, space - start));
      auto it = d.magnitudes.find(word);
      if (it == d.magnitudes.end()) throw DataError("stack \"" + text + "\" names no magnitude \"" + word + "\"");
      stack.push_back(it->second);
      start = space + 1;
    }
    d.stacks.push_back(std::move(stack));
  }
  for (const auto& [k, v] : doc.at("suffixes").items()) d.suffixes.emplace_back(k, v.get<double>());
  uint32_t n = 0;
  for (const auto& w : doc.at("code_before")) d.code_before.add(w.get<std::string>(), n++);
  for (const auto& [k, v] : doc.at("date_before").items()) {
    d.date_before.add(k, static_cast<uint32_t>(d.date_max.size()));
    d.date_max.push_back(v.get<double>());
  }
  d.year_min = doc.at("year_min").get<double>();
  d.year_max = doc.at("year_max").get<double>();
}

void load_units(const json& doc, NumberData& d) {
  auto add_unit = [&](const json& entry, const std::string& unit, const std::string& noun) {
    auto index = static_cast<uint32_t>(d.units.size());
    d.units.push_back({unit, noun});
    for (const auto& w : entry.at("after")) d.units_after.add(w.get<std::string>(), index);
    if (entry.contains("before"))
      for (const auto& w : entry.at("before")) d.units_before.add(w.get<std::string>(), index);
  };
  for (const auto& u : doc.at("units")) add_unit(u, u.at("unit").get<std::string>(), "");
  for (const auto& c : doc.at("classifiers"))
    add_unit(c, c.at("unit").get<std::string>(), c.at("noun").get<std::string>());
  for (const auto& w : doc.at("nouns")) {
    std::string noun = w.get<std::string>();
    auto index = static_cast<uint32_t>(d.units.size());
    d.units.push_back({"", noun});
    d.units_after.add(noun, index);
  }
  uint32_t n = 0;
  for (const auto& w : doc.at("time_nouns")) d.time_nouns.add(w.get<std::string>(), n++);
  static const std::pair<const char*, Approx> kinds[] = {
      {"about", Approx::about}, {"over", Approx::over}, {"under", Approx::under}, {"estimate", Approx::estimate}};
  for (const auto& [name, kind] : kinds) {
    const json& entry = doc.at("approx").at(name);
    for (const auto& w : entry.at("words")) d.approx.add(w.get<std::string>(), static_cast<uint32_t>(kind));
    const json& widen = entry.at("widen");
    d.widths[static_cast<size_t>(kind)] = {widen.at(0).get<double>(), widen.at(1).get<double>()};
  }
  n = 0;
  for (const auto& w : doc.at("approx_gap")) d.approx_gap.add(w.get<std::string>(), n++);
  for (const auto& w : doc.at("exact_units")) d.exact_units.insert(w.get<std::string>());
  if (doc.contains("conversions"))
    for (const auto& c : doc.at("conversions"))
      d.conversions.push_back(
          {c.at("from").get<std::string>(), c.at("to").get<std::string>(), c.at("times").get<double>()});
  for (const auto& s : doc.at("subunits")) {
    Subunit sub;
    sub.unit = s.at("unit").get<std::string>();
    sub.per = s.at("per").get<double>();
    n = 0;
    for (const auto& w : s.at("words")) sub.words.add(w.get<std::string>(), n++);
    n = 0;
    for (const auto& w : s.at("joiners")) sub.joiners.add(w.get<std::string>(), n++);
    d.subunits.push_back(std::move(sub));
  }
  n = 0;
  for (const auto& w : doc.at("range_joiners")) d.range_joiners.add(w.get<std::string>(), n++);
  // Optional, so that an older --data folder still loads: without them ranges stay two figures.
  n = 0;
  if (doc.contains("range_ends"))
    for (const auto& w : doc.at("range_ends")) d.range_ends.add(w.get<std::string>(), n++);
  n = 0;
  if (doc.contains("range_from"))
    for (const auto& w : doc.at("range_from")) d.range_from.add(w.get<std::string>(), n++);
}

// A missing key or a value of the wrong type names the file; syntax errors already name line:col.
template <class F>
void with_file(const std::string& path, F&& f) {
  json doc = read_json_file(path);
  try {
    f(doc);
  } catch (const json::exception& e) {
    throw DataError(path + ": " + e.what());
  } catch (const DataError& e) {
    throw DataError(path + ": " + e.what());
  }
}

}  // namespace

NumberData load_number_data(const std::string& data_dir) {
  NumberData d;
  with_file(data_dir + "/numbers.json", [&](const json& doc) { load_numbers(doc, d); });
  with_file(data_dir + "/units.json", [&](const json& doc) { load_units(doc, d); });
  for (const auto& [key, value] : d.digits) d.opening_words.add_pieces({piece_hash(key)}, 0);
  for (const auto* words : {&d.ten, &d.hundred, &d.negative})
    for (const std::string& key : *words) d.opening_words.add_pieces({piece_hash(key)}, 0);
  return d;
}

}  // namespace solieu::numbers
