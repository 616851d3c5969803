// symbol: the process-wide pool of interned texts behind solieu::Symbol (symbol.hpp). One set
// under a mutex holds every text; its nodes never move, so a Symbol's pointer stays valid for
// the life of the process. Most interning repeats a text the same thread interned a moment ago
// (the same place, metric or date fact after fact), so each thread first asks a small cache of
// its own, and takes the lock only for a text it has not seen lately.
#include <array>
#include <mutex>
#include <unordered_set>

#include "solieu/symbol.hpp"

namespace solieu {
namespace {

struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
};

struct Pool {
  std::mutex mutex;
  std::unordered_set<std::string, TextHash, std::equal_to<>> texts;
};

Pool& pool() {
  // Never destroyed: symbols in static objects may be read during exit.
  static Pool* const instance = new Pool;
  return *instance;
}

}  // namespace

const std::string& Symbol::empty_text() {
  static const std::string* const empty = new std::string;
  return *empty;
}

const std::string& Symbol::intern(std::string_view text) {
  const size_t hash = TextHash()(text);
  thread_local std::array<const std::string*, 1024> recent{};
  const std::string*& slot = recent[hash % recent.size()];
  if (slot && *slot == text) return *slot;
  Pool& p = pool();
  std::lock_guard lock(p.mutex);
  auto it = p.texts.find(text);
  if (it == p.texts.end()) it = p.texts.emplace(text).first;
  slot = &*it;
  return *it;
}

size_t Symbol::interned() {
  Pool& p = pool();
  std::lock_guard lock(p.mutex);
  return p.texts.size();
}

}  // namespace solieu
