// engine: runs every rule over the facts and makes the result deterministic. Facts are put in
// one canonical order first, so kinds need not care how they came; findings are sorted by
// severity, rule and first fact, and each gets an id that fingerprints the rule and the facts'
// keys and values (not their ids or lines), so a finding keeps its id, and a --baseline entry
// keeps matching, when an article is edited elsewhere.
// Tested by tests/rules/test_engine.cpp.
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <tuple>
#include <unordered_map>

#include "rules/fact_view.hpp"
#include "rules/wording.hpp"
#include "solieu/rule.hpp"

namespace solieu {

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

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

std::string fingerprint(const Finding& finding, const std::unordered_map<std::string_view, const Fact*>& by_id) {
  Fnv1a h;
  h.add(finding.rule);
  h.add(finding.verdict);
  for (const auto& id : finding.facts) {
    auto it = by_id.find(id);
    if (it == by_id.end()) {
      h.add(id);
      continue;
    }
    const Fact& f = *it->second;
    for (const std::string* s : {&f.article, &f.place, &f.subject, &f.metric, &f.status, &f.zone, &f.qualifier,
                                 &f.as_of, &f.period_from, &f.unit})
      h.add(*s);
    h.add(format_number(f.value));
  }
  return fmt::format("{:016x}", h.hash);
}

bool fact_before(const Fact* a, const Fact* b) {
  return std::tie(a->article, a->at.start, a->at.end, a->id) < std::tie(b->article, b->at.start, b->at.end, b->id);
}

}  // namespace

std::vector<Finding> RuleSet::run(const std::vector<Fact>& input, const Messages& messages) const {
  // Pointers in canonical order, not copies: the facts themselves never move. Input that comes
  // sorted (a fact sheet usually does) is not sorted again.
  FactView view;
  view.source = &input;
  view.ordered.reserve(input.size());
  for (const Fact& f : input) view.ordered.push_back(&f);
  if (!std::is_sorted(view.ordered.begin(), view.ordered.end(), fact_before))
    std::stable_sort(view.ordered.begin(), view.ordered.end(), fact_before);
  index_by_id(view.ordered, view.by_id);
  const ScopedFactView scope(view);
  const ScopedWordingCache wording(messages);
  const auto& by_id = view.by_id;

  const CheckContext context{input, messages};
  std::vector<Finding> findings;
  for (const Rule& rule : rules_) {
    if (!rule.check) continue;
    for (Finding& f : rule.check->check(rule.spec, context)) {
      if (f.rule.empty()) f.rule = rule.spec.id;
      f.id = fingerprint(f, by_id);
      findings.push_back(std::move(f));
    }
  }
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    const std::string& fa = a.facts.empty() ? std::string() : a.facts.front();
    const std::string& fb = b.facts.empty() ? std::string() : b.facts.front();
    return std::make_tuple(-static_cast<int>(a.severity), std::cref(a.rule), std::cref(fa), std::cref(a.id),
                           std::cref(a.message)) <
           std::make_tuple(-static_cast<int>(b.severity), std::cref(b.rule), std::cref(fb), std::cref(b.id),
                           std::cref(b.message));
  });
  // Two findings on the same keys and values (the same figure twice in one article) would share
  // an id; the later one is numbered so ids stay unique and still stable.
  std::unordered_map<std::string, int> seen;
  seen.reserve(findings.size());
  for (Finding& f : findings) {
    int n = seen[f.id]++;
    if (n > 0) f.id += fmt::format("-{}", n + 1);
  }
  return findings;
}

}  // namespace solieu
