#pragma once
// number_phrase: tokens -> one number as written, digits and words mixed, before any unit.
// "1.460", "31,1 nghìn tỷ", "hai mươi mốt nghìn không trăm mười một", "1 triệu rưỡi", "100k",
// "hai phẩy năm tỷ". Groups below a thousand are read the Vietnamese way (trăm, mươi, linh/lẻ,
// mốt/tư/lăm), each followed by a magnitude or a stack of them; later groups take smaller
// magnitudes ("2 tỷ 300 triệu"). A stack not in data ("tỷ triệu") is malformed, valued as the product.
// Tested by tests/corpus/numbers.tsv and tests/numbers/duckling_test.cpp.
#include <cstdint>
#include <optional>
#include <string>

#include "numbers/number_data.hpp"

namespace solieu::numbers {

struct NumberPhrase {
  uint32_t first = 0;  // tokens [first, end)
  uint32_t end = 0;
  double value = 0;
  int decimals = 0;
  double scale = 1;  // the magnitude of the last group ("1,48 tỷ": 1e9)
  bool starts_with_digits = false;
  bool has_magnitude = false;
  bool malformed = false;
  bool padded = false;  // a zero-padded count before its counted noun: "01 KCN"
  std::string problem;
};

// The longest number starting at token i within [i, end), or nullopt when none starts there.
std::optional<NumberPhrase> read_number_phrase(const NumberData& data, const TokenizedText& tokens,
                                               const NormalizedText& text, uint32_t i, uint32_t end);

}  // namespace solieu::numbers
