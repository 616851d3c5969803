#pragma once
// legacy: bytes in a pre-Unicode Vietnamese encoding -> UTF-8, and how Vietnamese a text reads.
// Takes the bytes of a file that is not UTF-8; gives NFC UTF-8. windows-1258 goes through ICU
// (then NFC, since 1258 writes tones as combining marks); TCVN3 (ABC), which ICU lacks, has a
// table here. Detection is by evidence: each candidate decoding is scored by the share of its
// non-ASCII words that are spelled with Vietnamese letters and one tone, and one is taken only
// when it is clearly better than the others.
// Tested by tests/load/test_decode.cpp.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace solieu {

// Converts with an ICU converter, stopping at the first byte it cannot map.
// Returns nullopt and sets `error` ("unknown encoding ..." / "cannot decode as X at byte N").
std::optional<std::string> convert_with_icu(std::string_view bytes, const std::string& encoding, std::string& error);

// TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts). Bytes with no letter become U+FFFD.
std::string decode_tcvn3(std::string_view bytes);

// VNI-Windows: windows-1252 bytes where a vowel is followed by mark letters ("Baéc" = "Bắc",
// "coâng" = "công"), and a few single bytes stand for ơ ư đ and the toned i's.
std::string decode_vni(std::string_view bytes);

struct VietnameseScore {
  size_t words = 0;  // whitespace-separated words holding a non-ASCII character
  size_t valid = 0;  // of those, spelled like Vietnamese
  double ratio() const { return words ? static_cast<double>(valid) / static_cast<double>(words) : 0.0; }
};
VietnameseScore score_vietnamese(std::string_view utf8);

struct LegacyDecoding {
  std::string encoding;  // "windows-1258", "TCVN3", "VNI-Windows"
  std::string text;      // NFC UTF-8
};
// The legacy decoding the evidence supports, if any.
std::optional<LegacyDecoding> detect_legacy(std::string_view bytes);

}  // namespace solieu
