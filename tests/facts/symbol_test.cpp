// Symbol: interned texts compare by address, read as strings, and intern safely from threads.
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "solieu/symbol.hpp"

using namespace solieu;

TEST_CASE("equal texts intern to one copy, different texts to different ones", "[facts][symbol]") {
  const std::string built = std::string("Bắc ") + "Giang";
  const Symbol a("Bắc Giang"), b(built), c("Bắc Ninh");
  CHECK(a.address() == b.address());
  CHECK(a == b);
  CHECK(a != c);
  CHECK(a.str() == "Bắc Giang");
  CHECK(a.size() == built.size());
}

TEST_CASE("the empty symbol is the default and interns nothing", "[facts][symbol]") {
  const size_t before = Symbol::interned();
  const Symbol none, empty(""), from_string{std::string()};
  CHECK(none.empty());
  CHECK(none == empty);
  CHECK(empty == from_string);
  CHECK(none == "");
  CHECK(Symbol::interned() == before);
  Symbol cleared("Hà Nam");
  cleared.clear();
  CHECK(cleared == none);
}

TEST_CASE("a symbol compares, orders and concatenates as its text", "[facts][symbol]") {
  const Symbol ha("area_ha"), count("count");
  CHECK(ha == "area_ha");
  CHECK(ha == std::string("area_ha"));
  CHECK(std::string("count") == count);
  CHECK(ha < count);  // by text, not by address
  CHECK_FALSE(count < ha);
  CHECK(count + '\x1f' + ha ==
        "count\x1f"
        "area_ha");
  CHECK(fmt::format("{}/{}", ha, count) == "area_ha/count");
  std::set<Symbol> ordered{Symbol("b"), Symbol("a"), Symbol("c"), Symbol("a")};
  CHECK(ordered.size() == 3);
  CHECK(ordered.begin()->str() == "a");
}

TEST_CASE("threads interning the same texts at once get the same copies", "[facts][symbol]") {
  constexpr int kThreads = 4, kTexts = 500;
  std::vector<std::vector<const std::string*>> seen(kThreads);
  std::vector<int> moved(kThreads, 0);  // Catch's assertions are not thread-safe: count, check after
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([t, &seen, &moved] {
      for (int round = 0; round < 3; ++round)
        for (int i = 0; i < kTexts; ++i) {
          const Symbol s("symbol-test-" + std::to_string(i));
          if (round == 0)
            seen[static_cast<size_t>(t)].push_back(s.address());
          else if (seen[static_cast<size_t>(t)][static_cast<size_t>(i)] != s.address())
            ++moved[static_cast<size_t>(t)];
        }
    });
  for (auto& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) CHECK(moved[static_cast<size_t>(t)] == 0);
  for (int t = 1; t < kThreads; ++t) CHECK(seen[static_cast<size_t>(t)] == seen[0]);
}
