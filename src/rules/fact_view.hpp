#pragma once
// fact_view: the canonical order of a run's facts and their index by id, built once by
// RuleSet::run and shared by every kind. CheckContext (a shared header) holds the facts as
// given; rather than copy a million facts into canonical order, the engine registers this view
// of them for the length of the run, and select_facts and find_fact read through it. Without a
// view (a kind called directly) both fall back to the facts as given.
// Tested by tests/rules/test_engine.cpp and every kind's cases.json.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/fact_table.hpp"
#include "rules/id_index.hpp"
#include "solieu/rule.hpp"

namespace solieu {

struct FactView {
  const std::vector<Fact>* source = nullptr;
  std::vector<const Fact*> ordered;  // canonical order
  IdIndex by_id;                     // the first in canonical order wins
  FactTable table;                   // ranks and groups, by canonical index
};

// The view registered for `facts`, or nullptr.
const FactView* view_of(const std::vector<Fact>& facts);
// The table of the view registered on this thread, or nullptr.
const FactTable* current_table();

// Registers a view on this thread while alive.
class ScopedFactView {
 public:
  explicit ScopedFactView(const FactView& view);
  ~ScopedFactView();
  ScopedFactView(const ScopedFactView&) = delete;
  ScopedFactView& operator=(const ScopedFactView&) = delete;

 private:
  const FactView* previous_;
};

// Looks a fact up by id among the context's facts; builds a local index when no view is registered.
class FactLookup {
 public:
  explicit FactLookup(const std::vector<Fact>& facts);
  const Fact* find(std::string_view id) const;

 private:
  std::unordered_map<std::string_view, const Fact*> own_;
  const IdIndex* index_ = nullptr;  // the view's, when one is registered
};

}  // namespace solieu
