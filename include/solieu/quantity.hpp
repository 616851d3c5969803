#pragma once
// quantity: a sentence's tokens -> numbers with their units, qualifiers and intervals.
// "1.460 ha" is [1459.5, 1460.5]: the interval carries the written precision and the qualifier
// ("khoảng", "hơn"), and rules compare intervals, never doubles.
// Tested by tests/corpus/numbers.tsv, units.tsv and the Duckling conformance test.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "solieu/token.hpp"

namespace solieu {

enum class Approx : uint8_t { none, about, over, under, estimate };
const char* to_string(Approx approx);  // "" for none, else "about", "over", "under", "estimate"

enum class QuantityKind : uint8_t {
  amount,  // 1.460 ha, 75,6%, 1,48 tỷ USD, 9 KCN
  ratio,   // 35/55 cụm công nghiệp: value 35 of whole 55; 10/10 huyện
  rank,    // đứng thứ 2/63 tỉnh: value 2 of whole 63
};

struct Quantity {
  QuantityKind kind = QuantityKind::amount;
  double value = 0;  // fully expanded: "31,1 nghìn tỷ đồng" -> 3.11e13
  double whole = 0;  // ratio and rank: the denominator
  std::string unit;  // zone, ha, %, VND, USD, project, person, enterprise, ... or "" when none was said
  std::string noun;  // canonical key of the counted noun when a classifier gave the unit ("huyện")
  Approx approx = Approx::none;
  double low = 0;  // the interval the written figure stands for
  double high = 0;
  int decimals = 0;          // digits written after the decimal comma (precision of the figure)
  double scale = 1;          // what magnitude words multiplied the written figure by ("1,48 tỷ": 1e9)
  bool exact = false;        // a whole count of discrete things ("9 KCN"): its interval is the value itself
  bool malformed = false;    // cannot be read as written ("15,1 tỷ triệu USD"); value is the best reading
  std::string problem;       // why malformed, in English
  Span span;                 // bytes of NormalizedText::text: qualifier through unit
  Span number_span;          // bytes of NormalizedText::text: the figure and its magnitude words
  uint32_t first_token = 0;  // tokens [first_token, end_token)
  uint32_t end_token = 0;
};

// Numbers, magnitudes, units and qualifiers from data/numbers.json and data/units.json.
class NumberGrammar {
 public:
  // Reads the data files in data_dir; throws DataError naming file:line:col on a bad file.
  static std::shared_ptr<const NumberGrammar> load(const std::string& data_dir);
  virtual ~NumberGrammar() = default;

  // Every quantity in tokens [first, end) of one sentence, in text order, not overlapping.
  virtual std::vector<Quantity> read(const TokenizedText& tokens, const NormalizedText& text, uint32_t first,
                                     uint32_t end) const = 0;
};

// Interval of a written figure: half a unit of its last written digit ("1.460" -> [1459.5, 1460.5];
// "75,6" -> [75.55, 75.65]; "1,48 tỷ" -> [1.475e9, 1.485e9]); whole counts of discrete things
// (q.exact, set from exact_units in data/units.json when no magnitude word) are exact: "9 KCN" -> [9, 9].
void set_interval(Quantity& q);

// How far a qualifier widens the written interval, as factors of the value (data/units.json
// "approx"): the interval becomes the hull of the written one and [value*low, value*high].
struct ApproxWidth {
  double low = 1;
  double high = 1;
};
// The written interval widened by `width` (the grammar passes the width of q.approx from its data;
// the one-argument form above gives the written interval only).
void set_interval(Quantity& q, ApproxWidth width);

}  // namespace solieu
