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
  // Of a word or acronym: every byte is ASCII, and some letter is upper case. The key of an
  // ASCII word is its text lowered, with no trip through canonical_key.
  bool ascii = true;
  bool has_upper = false;
  uint32_t start = 0;
  uint32_t end = 0;
};

std::vector<RawToken> scan(std::string_view text);

}  // namespace solieu::detail
