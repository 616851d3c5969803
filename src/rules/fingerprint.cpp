// fingerprint: FNV-1a over the finding's rule, verdict and facts' keys and values.
// Tested by tests/rules/test_engine.cpp.
#include "rules/fingerprint.hpp"

#include <fmt/format.h>

#include "rules/wording.hpp"

namespace solieu {

namespace {

struct Fnv1a {
  uint64_t hash = 0xcbf29ce484222325ull;
  void add(const std::string& s) {
    for (unsigned char c : s) {
      hash ^= c;
      hash *= 0x100000001b3ull;
    }
    hash ^= 0x1f;  // a separator, so ("ab","c") and ("a","bc") differ
    hash *= 0x100000001b3ull;
  }
};

}  // namespace

std::string fingerprint(const std::string& rule, const std::string& verdict, const std::vector<const Fact*>& facts,
                        const std::vector<std::string>& ids) {
  thread_local std::string number;  // reused: a run fingerprints a few hundred thousand findings
  Fnv1a h;
  h.add(rule);
  h.add(verdict);
  for (size_t k = 0; k < facts.size(); ++k) {
    if (!facts[k]) {
      h.add(ids[k]);
      continue;
    }
    const Fact& f = *facts[k];
    format_number_into(number, f.value);
    for (const Symbol* s : {&f.article, &f.place, &f.subject, &f.metric, &f.status, &f.zone, &f.qualifier, &f.as_of,
                            &f.period_from, &f.unit})
      h.add(s->str());
    h.add(number);
  }
  char out[17];
  fmt::format_to_n(out, sizeof out, "{:016x}", h.hash);
  return std::string(out, 16);
}

}  // namespace solieu
