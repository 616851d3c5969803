#pragma once
// mojibake: valid UTF-8 that was decoded as windows-1252 and encoded again ("Báº¯c Giang",
// "Ä‘"), a common scraper accident. Takes the decoded text; gives the repaired text.
// Repair is by runs: each maximal run of non-ASCII characters that all have a windows-1252 (or
// Latin-1) byte is turned back into those bytes, and kept only if the bytes are valid UTF-8.
// Genuine Vietnamese never qualifies: ắ, ư, ơ, đ... have no windows-1252 byte, and a lone é
// or ô is not a UTF-8 sequence.
// Tested by tests/load/test_decode.cpp.
#include <string>
#include <string_view>

namespace solieu {

struct MojibakeRepair {
  std::string text;       // the repaired text when `applied`; empty otherwise (the input stands)
  size_t repaired = 0;    // runs turned back into UTF-8
  size_t suspicious = 0;  // runs that look double-encoded but could not be repaired
  bool applied = false;   // the evidence was strong enough to use `text`
};

MojibakeRepair repair_mojibake(std::string_view utf8);

}  // namespace solieu
