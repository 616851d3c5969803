// date_data: the mask of sets each first piece opens, against the sets themselves.
#include <catch2/catch.hpp>

#include "dates/date_data.hpp"

using namespace solieu;
using namespace solieu::dates;

namespace {

uint64_t sets_of(const DateData& d, const char* word) { return d.first_sets(phrase_hashes(word).at(0)); }

}  // namespace

TEST_CASE("a first piece's mask names exactly the sets it opens a phrase of", "[dates][data]") {
  const DateData d = DateData::load(SOLIEU_DATA_DIR);
  // "đầu" opens "đầu" (year_parts, year_start, day_cues, year_cues) and "đầu năm".
  const uint64_t dau = sets_of(d, "đầu");
  CHECK((dau & d.year_parts.bit()));
  CHECK((dau & d.year_start.bit()));
  CHECK((dau & d.months_from_january.bit()));
  CHECK((dau & d.day_cues.bit()));
  CHECK_FALSE((dau & d.month_word.bit()));
  CHECK_FALSE((dau & d.now.bit()));
  // Tone placement does not matter: "quí" and "quý" are both quarter words.
  CHECK((sets_of(d, "Quý") & d.quarter_words.bit()));
  CHECK(sets_of(d, "tháng") == (d.month_word.bit()));
  // "tính" opens as_of_words, now and from_words ("tính từ"), and no month word.
  const uint64_t tinh = sets_of(d, "tính");
  CHECK((tinh & d.as_of_words.bit()));
  CHECK((tinh & d.from_words.bit()));
  CHECK((tinh & d.now.bit()));
  // Most words open nothing, and a word that opens only a cue opens no time.
  CHECK(sets_of(d, "doanh") == 0);
  CHECK(sets_of(d, "nghiệp") == 0);
  CHECK((sets_of(d, "vào") & d.year_cues.bit()));
  CHECK_FALSE((sets_of(d, "vào") & d.openers));
  CHECK_FALSE(d.starters.may_start(phrase_hashes("vào").at(0)));
  CHECK(sets_of(d, "sẽ") == d.plan_cues.bit());
  // "trong" is a year cue, and opens "trong các năm" too.
  CHECK((sets_of(d, "trong") & d.year_cues.bit()));
  CHECK((sets_of(d, "trong") & d.period_words.bit()));
  CHECK(d.starters.may_start(phrase_hashes("năm").at(0)));
  CHECK((sets_of(d, "năm") & d.openers));
}
