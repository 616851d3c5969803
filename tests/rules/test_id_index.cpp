// IdIndex: the run's facts by id, first in canonical order winning; and the wording arguments
// (Args) that fill a finding's templates from a fact on demand.
#include <catch2/catch.hpp>

#include <string>
#include <unordered_map>

#include "rules/fact_builder.hpp"
#include "rules/id_index.hpp"
#include "rules/wording.hpp"

using namespace solieu;

TEST_CASE("id index finds the first fact of each id and marks the shadowed", "[rules][id_index]") {
  std::vector<Fact> facts;
  for (int k = 0; k < 5000; ++k)
    facts.push_back(test::make_fact("a" + std::to_string(k / 7) + "#" + std::to_string(k % 7 + 1), "Bắc Giang", "KCN",
                                    "count", "established", k, "zone", "2023"));
  facts[100].id = facts[40].id;  // a later fact repeats an id
  facts[4000].id = facts[3].id;
  std::vector<const Fact*> ordered;
  for (const Fact& f : facts) ordered.push_back(&f);
  IdIndex index;
  std::vector<uint8_t> shadowed;
  index.build(ordered, &shadowed);
  CHECK(index.size() == 4998);
  // The plain definition: the first of each id.
  std::unordered_map<std::string, const Fact*> first;
  for (const Fact* f : ordered) first.emplace(f->id, f);
  for (size_t i = 0; i < ordered.size(); ++i) {
    CHECK(index.find(ordered[i]->id) == first.at(ordered[i]->id));
    CHECK(static_cast<bool>(shadowed[i]) == (first.at(ordered[i]->id) != ordered[i]));
  }
  CHECK(index.find("a1#9") == nullptr);
  CHECK(index.find("") == nullptr);
  IdIndex empty;
  CHECK(empty.find("a0#1") == nullptr);
}

TEST_CASE("text hash: equal texts hash alike, near texts apart", "[rules][id_index]") {
  CHECK(hash_text("000001_abc#12") == hash_text(std::string("000001_abc#12")));
  CHECK(hash_text("000001_abc#12") != hash_text("000001_abc#13"));
  CHECK(hash_text("") != hash_text(std::string(1, '\0')));
  CHECK(hash_text("abcdefgh") != hash_text("abcdefgh1"));
}

TEST_CASE("template arguments come from the fact on demand, set or borrowed ones first", "[rules][messages]") {
  const Messages en = Messages::load(SOLIEU_DATA_DIR, "en");
  Fact f = test::make_fact("003#1", "Bắc Giang", "CCN", "count", "established", 45, "zone", "2022");
  Args args = fact_args(en, f);
  CHECK(fill_template("{place}: {value} {status} {time} [{key}] {nope}", args) ==
        "Bắc Giang: 45 established in 2022 [Bắc Giang · CCN · count · established · 2022] {nope}");
  const std::string other = "42";
  args.borrow("value", other);  // a set argument hides the fact's
  args["status"] += "!";        // a fact's argument is copied in before it changes
  CHECK(fill_template("{value} {status}", args) == "42 established!");
  CHECK(args.count("metric") == 1);
  CHECK(args.count("earlier") == 0);
  f.place = Symbol();
  CHECK(fill_template("{place}", fact_args(en, f)) == say(en, "place.none", Words{}));
  CHECK(say(en, "time.on", {{"time", "2023-08-22"}}) == "on 2023-08-22");
}
