#pragma once
// scan: the tokenizer's first pass, shapes only. See scan.cpp.
#include <string_view>
#include <vector>

#include "solieu/token.hpp"

namespace solieu::detail {

struct RawToken {
  TokenKind kind = TokenKind::word;
  bool space_before = false;
  bool line_before = false;
  bool capitalized = false;
  uint32_t start = 0;
  uint32_t end = 0;
};

std::vector<RawToken> scan(std::string_view text);

}  // namespace solieu::detail
