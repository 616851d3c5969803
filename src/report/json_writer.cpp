// json_writer: see json_writer.hpp.
#include "report/json_writer.hpp"

#include "load/utf8_check.hpp"

#include <fmt/format.h>
#include <utf8.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iterator>

namespace solieu::report {
namespace {

// "1.5e-07" -> "0.00000015", "-2.5e+22" -> "-25000000000000000000000": fmt chose exponent
// notation; the fact sheet promises plain decimals, so the digits are moved by hand.
std::string without_exponent(const std::string& text) {
  size_t e = text.find_first_of("eE");
  if (e == std::string::npos) return text;
  std::string mantissa = text.substr(0, e);
  int exponent = std::atoi(text.c_str() + e + 1);
  bool negative = !mantissa.empty() && mantissa[0] == '-';
  if (negative) mantissa.erase(0, 1);
  size_t dot = mantissa.find('.');
  int point = static_cast<int>(dot == std::string::npos ? mantissa.size() : dot);
  std::string digits;
  for (char c : mantissa)
    if (c != '.') digits += c;
  point += exponent;  // digits[0, point) is the integer part
  std::string out;
  if (point <= 0) {
    out = "0." + std::string(static_cast<size_t>(-point), '0') + digits;
  } else if (static_cast<size_t>(point) >= digits.size()) {
    out = digits + std::string(static_cast<size_t>(point) - digits.size(), '0');
  } else {
    out = digits.substr(0, static_cast<size_t>(point)) + "." + digits.substr(static_cast<size_t>(point));
  }
  // Trailing zeros after a point and leading zeros before one carry no information.
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  size_t lead = 0;
  while (lead + 1 < out.size() && out[lead] == '0' && out[lead + 1] != '.') ++lead;
  out.erase(0, lead);
  return negative ? "-" + out : out;
}

bool is_scalar(const Json& value) { return !value.is_array() && !value.is_object(); }

void write(std::string& out, const Json& value, int indent, int depth);

void newline(std::string& out, int indent, int depth) {
  if (indent < 0) return;
  out += '\n';
  out.append(static_cast<size_t>(indent * depth), ' ');
}

void write_array(std::string& out, const Json& value, int indent, int depth) {
  if (value.empty()) {
    out += "[]";
    return;
  }
  bool flat = indent < 0;
  if (!flat) {
    flat = true;  // scalars stay on one line: "interval": [1966.5, 1967.5]
    for (const auto& item : value) flat = flat && is_scalar(item);
  }
  out += '[';
  bool first = true;
  for (const auto& item : value) {
    if (!first) out += indent >= 0 && flat ? ", " : ",";
    first = false;
    if (!flat) newline(out, indent, depth + 1);
    write(out, item, flat ? -1 : indent, depth + 1);
  }
  if (!flat) newline(out, indent, depth);
  out += ']';
}

void write_object(std::string& out, const Json& value, int indent, int depth) {
  if (value.empty()) {
    out += "{}";
    return;
  }
  out += '{';
  bool first = true;
  for (const auto& [key, item] : value.items()) {
    if (!first) out += ',';
    first = false;
    newline(out, indent, depth + 1);
    out += quote(key);
    out += indent >= 0 ? ": " : ":";
    write(out, item, indent, depth + 1);
  }
  newline(out, indent, depth);
  out += '}';
}

void write(std::string& out, const Json& value, int indent, int depth) {
  switch (value.type()) {
    case Json::value_t::null:
    case Json::value_t::discarded: out += "null"; break;
    case Json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; break;
    case Json::value_t::number_integer: out += std::to_string(value.get<int64_t>()); break;
    case Json::value_t::number_unsigned: out += std::to_string(value.get<uint64_t>()); break;
    case Json::value_t::number_float: out += format_number(value.get<double>()); break;
    case Json::value_t::string: out += quote(value.get_ref<const std::string&>()); break;
    case Json::value_t::array: write_array(out, value, indent, depth); break;
    case Json::value_t::object: write_object(out, value, indent, depth); break;
    case Json::value_t::binary:
      out += "null";  // never built by the renderers
      break;
  }
}

}  // namespace

std::string format_number(double value) {
  std::string out;
  append_number(out, value);
  return out;
}

void append_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  if (value == 0) {  // also -0
    out += '0';
    return;
  }
  if (std::trunc(value) == value) {
    // A whole double below 2^63 converts to int64 exactly, and its digits are the ones "{:.0f}"
    // prints: the common case (counts, hectares, VND) without fmt's float path.
    if (std::fabs(value) < 9.2e18) {
      char digits[24];
      auto end = std::to_chars(digits, digits + sizeof digits, static_cast<int64_t>(value)).ptr;
      out.append(digits, end);
      return;
    }
    // Every double this large is whole, and "{:.0f}" prints its exact decimal value.
    if (std::fabs(value) < 1e21) {
      fmt::format_to(std::back_inserter(out), "{:.0f}", value);
      return;
    }
  }
  const size_t from = out.size();
  fmt::format_to(std::back_inserter(out), "{}", value);
  if (out.find_first_of("eE", from) != std::string::npos) {
    std::string plain = without_exponent(out.substr(from));
    out.resize(from);
    out += plain;
  }
}

std::string quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_quoted(out, text);
  return out;
}

namespace {

// Whether a byte goes into a JSON string as it is: not a control character, quote or backslash
// (0x7f is escaped too, as it always was). Multi-byte UTF-8 is checked apart.
constexpr bool needs_escape(unsigned char byte) { return byte < 0x20 || byte == '"' || byte == '\\' || byte == 0x7f; }

// Eight bytes that are all printable ASCII and none of '"', '\\', 0x7f: copied without a look at
// each (most of a fact sheet's strings are runs of such bytes between Vietnamese letters).
bool plain_ascii_word(uint64_t w) {
  constexpr uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t x) { return ((x - ones) & ~x & highs) != 0; };
  const bool has_control = ((w - ones * 0x20) & ~w & highs) != 0;
  return (w & highs) == 0 && !has_control && !has_zero(w ^ (ones * '"')) && !has_zero(w ^ (ones * '\\')) &&
         !has_zero(w ^ (ones * 0x7f));
}

void append_escape(std::string& out, unsigned char byte) {
  static constexpr char kHex[] = "0123456789abcdef";
  switch (byte) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default:
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xf];
  }
}

// Appends the escaped bytes of `text`; false (with `out` partly written) at the first ill-formed
// UTF-8 sequence. One pass: validity and escapes are checked together, plain runs copied at once.
// Eight bytes are tried as one word only once per eight bytes walked: Vietnamese puts a
// multi-byte letter in most words, and a failed try at every byte cost more than it saved.
bool append_escaped_if_valid(std::string& out, std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t plain = 0;  // start of the bytes not yet copied
  size_t i = 0;
  auto step = [&]() {  // one character at i; false when it is ill-formed
    const unsigned char byte = p[i];
    if (byte >= 0x80) {
      size_t length = utf8_sequence_length(p + i, n - i);
      if (length == 0) return false;
      i += length;
      return true;
    }
    if (needs_escape(byte)) {
      out.append(text.data() + plain, i - plain);
      append_escape(out, byte);
      plain = i + 1;
    }
    ++i;
    return true;
  };
  while (i + 8 <= n) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    if (plain_ascii_word(word)) {
      i += 8;
      continue;
    }
    for (const size_t stop = i + 8; i < stop;)
      if (!step()) return false;
  }
  while (i < n)
    if (!step()) return false;
  out.append(text.data() + plain, n - plain);
  return true;
}

}  // namespace

void append_quoted(std::string& out, std::string_view text) {
  const size_t mark = out.size();
  out += '"';
  if (!append_escaped_if_valid(out, text)) {
    // Invalid bytes become U+FFFD so the output always parses; rare, so done the slow way.
    std::string valid;
    utf8::replace_invalid(text.begin(), text.end(), std::back_inserter(valid));
    out.resize(mark + 1);
    append_escaped_if_valid(out, valid);
  }
  out += '"';
}

std::string dump_pretty(const Json& value) {
  std::string out;
  write(out, value, 2, 0);
  return out;
}

std::string dump_compact(const Json& value) {
  std::string out;
  write(out, value, -1, 0);
  return out;
}

}  // namespace solieu::report
