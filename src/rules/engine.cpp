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
#include "rules/fingerprint.hpp"
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

std::string fingerprint_by_id(const Finding& finding, const std::unordered_map<std::string_view, const Fact*>& by_id) {
  std::vector<const Fact*> facts;
  facts.reserve(finding.facts.size());
  for (const auto& id : finding.facts) {
    auto it = by_id.find(id);
    facts.push_back(it == by_id.end() ? nullptr : it->second);
  }
  return fingerprint(finding.rule, finding.verdict, facts, finding.facts);
}

bool fact_before(const Fact* a, const Fact* b) {
  return std::tie(a->article, a->at.start, a->at.end, a->id) < std::tie(b->article, b->at.start, b->at.end, b->id);
}

// The order fact_before gives, as a stable sort would. Facts usually come article by article
// (a fact sheet lists each article's facts together): when every article is one run and the
// runs ascend, only each run's few facts need sorting, by position, not the million by name.
void canonical_sort(std::vector<const Fact*>& facts) {
  std::vector<size_t> runs;  // where each article's run starts
  for (size_t i = 0; i < facts.size(); ++i)
    if (i == 0 || facts[i]->article != facts[i - 1]->article) runs.push_back(i);
  for (size_t r = 1; r < runs.size(); ++r)
    if (!(facts[runs[r - 1]]->article < facts[runs[r]]->article)) {
      std::stable_sort(facts.begin(), facts.end(), fact_before);
      return;
    }
  runs.push_back(facts.size());
  for (size_t r = 0; r + 1 < runs.size(); ++r)
    std::stable_sort(facts.begin() + static_cast<long>(runs[r]), facts.begin() + static_cast<long>(runs[r + 1]),
                     fact_before);
}

}  // namespace

std::vector<Finding> RuleSet::run(const std::vector<Fact>& input, const Messages& messages) const {
  // Pointers in canonical order, not copies: the facts themselves never move. Input that comes
  // sorted (a fact sheet usually does) is not sorted again.
  FactView view;
  view.source = &input;
  view.ordered.reserve(input.size());
  for (const Fact& f : input) view.ordered.push_back(&f);
  if (!std::is_sorted(view.ordered.begin(), view.ordered.end(), fact_before)) canonical_sort(view.ordered);
  view.table.build(input, view.ordered);
  // The first of a shared id is the one an id names; findings about a later one are
  // fingerprinted through the index, as a finding lists only ids.
  view.by_id.reserve(view.ordered.size());
  for (size_t i = 0; i < view.ordered.size(); ++i)
    view.table.shadowed[i] = !view.by_id.emplace(view.ordered[i]->id, view.ordered[i]).second;
  const ScopedFactView scope(view);
  const ScopedWordingCache wording(messages);
  const auto& by_id = view.by_id;

  const CheckContext context{input, messages};
  // Findings stay where their rule made them until their order is known, then move once: a
  // finding is a dozen strings, and a few hundred thousand of them shuffled by a sort cost more
  // than the rules that made them. Sorting pointers takes the same steps as sorting the findings.
  std::vector<std::vector<Finding>> found;
  found.reserve(rules_.size());
  size_t total = 0;
  for (const Rule& rule : rules_) {
    if (!rule.check) continue;
    found.push_back(rule.check->check(rule.spec, context));
    for (Finding& f : found.back()) {
      // make_finding fingerprints what it can; a finding made otherwise, or about a fact whose
      // id an earlier fact holds, is fingerprinted through the index.
      if (f.rule.empty()) f.rule = rule.spec.id, f.id.clear();
      if (f.id.empty()) f.id = fingerprint_by_id(f, by_id);
    }
    total += found.back().size();
  }
  std::vector<Finding*> order;
  order.reserve(total);
  for (auto& batch : found)
    for (Finding& f : batch) order.push_back(&f);
  static const std::string none;
  std::sort(order.begin(), order.end(), [](const Finding* pa, const Finding* pb) {
    const Finding& a = *pa;
    const Finding& b = *pb;
    const std::string& fa = a.facts.empty() ? none : a.facts.front();
    const std::string& fb = b.facts.empty() ? none : b.facts.front();
    return std::make_tuple(-static_cast<int>(a.severity), std::cref(a.rule), std::cref(fa), std::cref(a.id),
                           std::cref(a.message)) <
           std::make_tuple(-static_cast<int>(b.severity), std::cref(b.rule), std::cref(fb), std::cref(b.id),
                           std::cref(b.message));
  });
  std::vector<Finding> findings;
  findings.reserve(total);
  for (Finding* f : order) findings.push_back(std::move(*f));
  found.clear();
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
