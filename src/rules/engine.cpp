// engine: runs every rule over the facts and makes the result deterministic. Facts are put in
// one canonical order first, so kinds need not care how they came; findings are sorted by
// severity, rule and first fact, and each gets an id that fingerprints the rule and the facts'
// keys and values (not their ids or lines), so a finding keeps its id, and a --baseline entry
// keeps matching, when an article is edited elsewhere.
// Tested by tests/rules/test_engine.cpp.
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <thread>
#include <tuple>

#include "rules/fact_view.hpp"
#include "rules/fingerprint.hpp"
#include "rules/id_index.hpp"
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

std::string fingerprint_by_id(const Finding& finding, const IdIndex& by_id) {
  std::vector<const Fact*> facts;
  facts.reserve(finding.facts.size());
  for (const auto& id : finding.facts) facts.push_back(by_id.find(id));
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
  for (size_t r = 0; r + 1 < runs.size(); ++r) {
    const auto begin = facts.begin() + static_cast<long>(runs[r]), end = facts.begin() + static_cast<long>(runs[r + 1]);
    if (end - begin > 32) {
      std::stable_sort(begin, end, fact_before);
      continue;
    }
    // An article's few facts: insertion sort is stable too, and needs no buffer per article.
    for (auto i = begin + 1; i < end; ++i)
      for (auto j = i; j > begin && fact_before(*j, *(j - 1)); --j) std::iter_swap(j, j - 1);
  }
}

// Counts each id in findings order and numbers the second and later ones ("-2", "-3"). Ids are
// counted in an open-addressing table of positions: the first finding of an id keeps its text
// unchanged, so the table can point at it.
void number_repeated_ids(std::vector<Finding>& findings) {
  size_t capacity = 16;
  while (capacity < findings.size() * 2) capacity *= 2;
  const size_t mask = capacity - 1;
  std::vector<uint32_t> slots(capacity, 0);        // position + 1 of the first finding with an id
  std::vector<uint32_t> seen(findings.size(), 0);  // by that position: how many so far
  for (size_t i = 0; i < findings.size(); ++i) {
    Finding& f = findings[i];
    for (size_t at = hash_text(f.id) & mask;; at = (at + 1) & mask) {
      if (slots[at] == 0) {
        slots[at] = static_cast<uint32_t>(i + 1);
        seen[i] = 1;
        break;
      }
      const size_t first = slots[at] - 1;
      if (findings[first].id == f.id) {
        const uint32_t n = ++seen[first];
        f.id += fmt::format("-{}", n);
        break;
      }
    }
  }
}

}  // namespace

std::vector<Finding> RuleSet::run(const std::vector<Fact>& input, const Messages& messages, unsigned jobs) const {
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
  view.by_id.build(view.ordered, &view.table.shadowed);
  const auto& by_id = view.by_id;
  const CheckContext context{input, messages};

  // Findings stay where their rule made them until their order is known, then move once: a
  // finding is a dozen strings, and a few hundred thousand of them shuffled by a sort cost more
  // than the rules that made them. Sorting pointers takes the same steps as sorting the findings.
  // Rules are independent and read the facts only, so threads take them one by one; each thread
  // registers the view and a wording cache of its own, and a rule's findings go to its slot.
  std::vector<std::vector<Finding>> found(rules_.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    const ScopedFactView scope(view);
    const ScopedWordingCache wording(messages);
    for (size_t r; (r = next.fetch_add(1)) < rules_.size();) {
      const Rule& rule = rules_[r];
      if (!rule.check) continue;
      found[r] = rule.check->check(rule.spec, context);
      for (Finding& f : found[r]) {
        // make_finding fingerprints what it can; a finding made otherwise, or about a fact whose
        // id an earlier fact holds, is fingerprinted through the index.
        if (f.rule.empty()) f.rule = rule.spec.id, f.id.clear();
        if (f.id.empty()) f.id = fingerprint_by_id(f, by_id);
        // Texts were built by appending, so their buffers have room to spare, and a run keeps
        // every finding until the report is written (20 MB on the 100 MB benchmark).
        f.message.shrink_to_fit();
        f.explanation.shrink_to_fit();
        for (std::string& note : f.notes) note.shrink_to_fit();
      }
    }
  };
  jobs = std::clamp<unsigned>(jobs, 1, static_cast<unsigned>(std::max<size_t>(1, rules_.size())));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  size_t total = 0;
  for (const auto& batch : found) total += batch.size();
  // Sorted by (severity desc, rule, first fact, id, message): the severity and the rule's rank
  // among the run's rule ids make one integer, the texts are compared as views in one array.
  struct Order {
    uint64_t head;  // severity desc, then the rule's rank
    std::string_view first, id, message;
    Finding* finding;
  };
  // A batch's findings mostly share their rule: a run of one id is listed once, not once per finding.
  std::vector<std::string_view> rule_ids;
  for (auto& batch : found)
    for (Finding& f : batch)
      if (rule_ids.empty() || rule_ids.back() != f.rule) rule_ids.push_back(f.rule);
  std::sort(rule_ids.begin(), rule_ids.end());
  rule_ids.erase(std::unique(rule_ids.begin(), rule_ids.end()), rule_ids.end());
  std::vector<Order> order;
  order.reserve(total);
  for (auto& batch : found) {
    std::string_view last_rule;
    uint64_t rank = 0;
    for (Finding& f : batch) {
      if (order.empty() || f.rule != last_rule) {
        last_rule = f.rule;
        rank = static_cast<uint64_t>(std::lower_bound(rule_ids.begin(), rule_ids.end(), last_rule) - rule_ids.begin());
      }
      const uint64_t severity = 2 - static_cast<uint64_t>(f.severity);
      order.push_back({severity << 32 | rank, f.facts.empty() ? std::string_view() : std::string_view(f.facts.front()),
                       f.id, f.message, &f});
    }
  }
  std::sort(order.begin(), order.end(), [](const Order& a, const Order& b) {
    return std::tie(a.head, a.first, a.id, a.message) < std::tie(b.head, b.first, b.id, b.message);
  });
  std::vector<Finding> findings;
  findings.reserve(total);
  for (const Order& o : order) findings.push_back(std::move(*o.finding));
  order = {};
  found.clear();
  // Two findings on the same keys and values (the same figure twice in one article) would share
  // an id; the later one is numbered so ids stay unique and still stable.
  number_repeated_ids(findings);
  return findings;
}

}  // namespace solieu
