// Number formatting, string escaping and layout of the JSON writer (src/report/json_writer.cpp).
#include <catch2/catch.hpp>
#include <limits>

#include "report/json_writer.hpp"

using solieu::report::dump_compact;
using solieu::report::dump_pretty;
using solieu::report::format_number;
using solieu::report::Json;
using solieu::report::quote;

TEST_CASE("numbers: whole values without .0, never an exponent", "[report][json]") {
  CHECK(format_number(1967) == "1967");
  CHECK(format_number(75.6) == "75.6");
  CHECK(format_number(1.48e9) == "1480000000");
  CHECK(format_number(3.11e13) == "31100000000000");
  CHECK(format_number(0.5) == "0.5");
  CHECK(format_number(1966.5) == "1966.5");
  CHECK(format_number(75.55) == "75.55");
  CHECK(format_number(-12.5) == "-12.5");
  CHECK(format_number(0) == "0");
  CHECK(format_number(-0.0) == "0");
  CHECK(format_number(1e20) == "100000000000000000000");
  CHECK(format_number(1.5e-7) == "0.00000015");
  CHECK(format_number(-2.5e-5) == "-0.000025");
  CHECK(format_number(0.1 + 0.2) == "0.30000000000000004");  // shortest round trip, not a rounding
  CHECK(format_number(std::numeric_limits<double>::infinity()) == "null");
  CHECK(format_number(std::nan("")) == "null");
}

TEST_CASE("numbers: every printed double reads back to the same double", "[report][json]") {
  double value = GENERATE(1967.0, 75.6, 1.48e9, 3.11e13, 0.5, 1.0 / 3, 2.0 / 3 * 1e-6, 123456.789, 9007199254740993.0,
                          4.35e-10, 6.02e20);
  std::string text = format_number(value);
  INFO(text);
  CHECK(text.find('e') == std::string::npos);
  CHECK(std::stod(text) == value);
}

TEST_CASE("strings: quotes, backslashes and control characters escaped, UTF-8 kept", "[report][json]") {
  CHECK(quote("Bắc Giang") == "\"Bắc Giang\"");
  CHECK(quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(quote("x\ny\tz\r") == "\"x\\ny\\tz\\r\"");
  CHECK(quote(std::string("\x01\x1f\x7f", 3)) == "\"\\u0001\\u001f\\u007f\"");
  CHECK(quote(std::string("nul\0!", 5)) == "\"nul\\u0000!\"");
  CHECK(quote("/") == "\"/\"");  // nothing escaped that need not be
  // Invalid UTF-8 never reaches the output: it becomes U+FFFD so the document still parses.
  std::string bad = quote("ab\xC3(");
  CHECK(bad == "\"ab\xEF\xBF\xBD(\"");
  CHECK_NOTHROW(Json::parse(bad));
}

TEST_CASE("layout: 2-space indent, arrays of scalars on one line, key order kept", "[report][json]") {
  Json j = Json::object();
  j["z"] = 1;
  j["a"] = Json::array({1966.5, 1967.5});
  j["list"] = Json::array({Json{{"k", nullptr}}});
  j["empty"] = Json::array();
  j["obj"] = Json::object();
  j["flag"] = true;
  CHECK(dump_pretty(j) ==
        "{\n"
        "  \"z\": 1,\n"
        "  \"a\": [1966.5, 1967.5],\n"
        "  \"list\": [\n"
        "    {\n"
        "      \"k\": null\n"
        "    }\n"
        "  ],\n"
        "  \"empty\": [],\n"
        "  \"obj\": {},\n"
        "  \"flag\": true\n"
        "}");
  CHECK(dump_compact(j) ==
        "{\"z\":1,\"a\":[1966.5,1967.5],\"list\":[{\"k\":null}],\"empty\":[],\"obj\":{},\"flag\":true}");
  // Reading our output with a standard parser gives the same values back.
  CHECK(Json::parse(dump_pretty(j)) == j);
}
