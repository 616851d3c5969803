// fact_view: the run's canonical order and id index, registered per thread.
// Tested by tests/rules/test_engine.cpp and every kind's cases.json.
#include "rules/fact_view.hpp"

namespace solieu {

namespace {

thread_local const FactView* current_view = nullptr;

}  // namespace

const FactView* view_of(const std::vector<Fact>& facts) {
  return current_view && current_view->source == &facts ? current_view : nullptr;
}

const FactTable* current_table() { return current_view ? &current_view->table : nullptr; }

ScopedFactView::ScopedFactView(const FactView& view) : previous_(current_view) { current_view = &view; }
ScopedFactView::~ScopedFactView() { current_view = previous_; }

FactLookup::FactLookup(const std::vector<Fact>& facts) {
  if (const FactView* view = view_of(facts)) {
    index_ = &view->by_id;
    return;
  }
  own_.reserve(facts.size());
  for (const Fact& f : facts) own_.emplace(f.id, &f);
}

const Fact* FactLookup::find(std::string_view id) const {
  if (index_) return index_->find(id);
  auto it = own_.find(id);
  return it == own_.end() ? nullptr : it->second;
}

}  // namespace solieu
