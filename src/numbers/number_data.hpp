#pragma once
// number_data: data/numbers.json and data/units.json -> the tables the number grammar reads.
// Every word the grammar knows is here, none in code: a new unit or qualifier is a data change.
// Tested by tests/numbers/ (through the grammar) and the load test for bad files.
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "numbers/phrase_table.hpp"
#include "solieu/phrase_index.hpp"
#include "solieu/quantity.hpp"

namespace solieu::numbers {

struct UnitInfo {
  std::string unit;  // "ha", "VND", "zone", or "" for a plain counted noun
  std::string noun;  // canonical counted noun ("khu công nghiệp"), empty for measures and money
};

struct Subunit {
  std::string unit;
  double per = 100;
  PhraseTable words;    // "xu", "xen"
  PhraseTable joiners;  // "và"
};

struct NumberData {
  template <class V>
  using Map = std::unordered_map<std::string, V>;
  Map<int> digits, after_tens, after_ten;
  std::unordered_set<std::string> ten, tens, hundred, zero_tens, half, point, negative, indefinite;
  Map<double> magnitudes;
  std::vector<std::vector<double>> stacks;               // allowed stacks of magnitude values, in reading order
  std::vector<std::pair<std::string, double>> suffixes;  // case-sensitive glued letters
  PhraseTable code_before;
  PhraseTable date_before;
  std::vector<double> date_max;  // payload of date_before: largest figure it takes (0 = years only)
  double year_min = 1900, year_max = 2100;

  std::vector<UnitInfo> units;  // payloads of units_after / units_before
  PhraseTable units_after, units_before;
  PhraseTable time_nouns;
  PhraseTable approx;                 // payload: Approx
  std::array<ApproxWidth, 5> widths;  // by Approx
  PhraseTable approx_gap;
  std::unordered_set<std::string> exact_units;
  struct Conversion {
    std::string from, to;
    double times = 1;
  };
  std::vector<Conversion> conversions;  // "km2" -> "ha" x 100
  std::vector<Subunit> subunits;
  PhraseTable range_joiners;
  PhraseTable range_ends;  // joiners that make the two figures one range ("5 đến 7 ha"), not two
  PhraseTable range_from;  // words that open a range ("từ 60% đến 70%")

  // The hashed keys of every word a quantity can open with (digits, ten, hundred, negative):
  // most tokens are words that open none, and this filter answers them before any string lookup.
  PhraseIndex opening_words;

  // Whether a counted noun ("KCN", "dự án", "hộ": a classifier or a plain noun, no measure and
  // no money) starts at token i.
  bool counted_noun_at(const TokenizedText& tokens, const NormalizedText& text, uint32_t i, uint32_t end) const {
    PhraseMatch m = units_after.longest(tokens, text, i, end);
    return m && !units[m.payload].noun.empty();
  }

  bool is_number_word(const std::string& key) const {
    return digits.count(key) || ten.count(key) || hundred.count(key);
  }
};

// Reads both files from data_dir; throws DataError naming the file (and line:col for syntax).
NumberData load_number_data(const std::string& data_dir);

}  // namespace solieu::numbers
