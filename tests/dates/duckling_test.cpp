// The Duckling Vietnamese time corpus (/work/shared/peers/duckling-vi/time.tsv), run for
// information only: it is mostly clock times, which solieu does not read. Reports how many of
// its day, month, year and quarter values we read the same; never fails.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "dates/harness.hpp"

using namespace solieu;
using namespace solieu::test;

TEST_CASE("duckling time corpus (informative)", "[dates][duckling][!mayfail]") {
  std::ifstream in("/work/shared/peers/duckling-vi/time.tsv");
  if (!in) return;  // not part of the tree: skip where it is absent
  std::string line;
  int tried = 0, same = 0;
  std::string misses;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) f.push_back(field);
    if (f.size() < 5 || f[0] == "input" || f[2] != "value") continue;
    const std::string& grain = f[4];
    std::string want;
    if (grain == "day")
      want = f[3].substr(0, 10);
    else if (grain == "month")
      want = f[3].substr(0, 7);
    else if (grain == "year")
      want = f[3].substr(0, 4);
    else if (grain == "quarter")
      want = f[3].substr(0, 4) + "-Q" + std::to_string((std::stoi(f[3].substr(5, 2)) + 2) / 3);
    else
      continue;
    ++tried;
    Read r = read_phrase(f[0], "2017-02-02");
    if (r.times.size() == 1 && r.times[0].as_of == want)
      ++same;
    else
      misses += "\n  " + f[0] + ": want " + want + ", got " + describe(r);
  }
  WARN("duckling: " << same << " of " << tried << " dated values read the same" << misses);
}
