#pragma once
// symbol: an interned string, for the fields of a fact that repeat across a run (article ids,
// places, subjects, metrics, statuses, units, dates). A run of `check` holds every fact for the
// rules; with these fields as std::string a fact was ~620 bytes and the facts of a 100 MB corpus
// most of the run's memory. A Symbol is one pointer to the single copy of its text, kept for the
// life of the process, so a field costs 8 bytes and equal symbols compare by address.
// Reads like a const std::string (it converts to one and to std::string_view); assigning a string
// interns it. Interning is thread-safe: workers extracting articles intern at once.
// Tested by tests/facts/test_symbol.cpp.
#include <compare>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace solieu {

class Symbol {
 public:
  Symbol() : text_(&empty_text()) {}
  Symbol(std::string_view text) : text_(text.empty() ? &empty_text() : &intern(text)) {}  // NOLINT: implicit by design
  Symbol(const std::string& text) : Symbol(std::string_view(text)) {}                     // NOLINT
  Symbol(const char* text) : Symbol(std::string_view(text)) {}                            // NOLINT

  void clear() { text_ = &empty_text(); }
  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }  // NOLINT: reads as the string it is
  operator std::string_view() const { return *text_; }    // NOLINT
  const char* c_str() const { return text_->c_str(); }
  const char* data() const { return text_->data(); }
  size_t size() const { return text_->size(); }
  bool empty() const { return text_->empty(); }
  auto begin() const { return text_->begin(); }
  auto end() const { return text_->end(); }
  char front() const { return text_->front(); }
  char back() const { return text_->back(); }
  size_t find(std::string_view what, size_t from = 0) const { return text_->find(what, from); }
  size_t find(char what, size_t from = 0) const { return text_->find(what, from); }
  bool starts_with(std::string_view prefix) const { return std::string_view(*text_).starts_with(prefix); }
  bool ends_with(std::string_view suffix) const { return std::string_view(*text_).ends_with(suffix); }
  std::string substr(size_t from, size_t count = std::string::npos) const { return text_->substr(from, count); }
  // The address of the one copy: equal texts, equal addresses. For hashing and fast grouping.
  const std::string* address() const { return text_; }

  friend bool operator==(const Symbol& a, const Symbol& b) { return a.text_ == b.text_; }
  friend bool operator==(const Symbol& a, std::string_view b) { return *a.text_ == b; }
  friend bool operator==(const Symbol& a, const std::string& b) { return *a.text_ == b; }
  friend bool operator==(const Symbol& a, const char* b) { return *a.text_ == b; }
  friend std::strong_ordering operator<=>(const Symbol& a, const Symbol& b) {
    if (a.text_ == b.text_) return std::strong_ordering::equal;
    return a.text_->compare(*b.text_) <=> 0;
  }
  friend std::strong_ordering operator<=>(const Symbol& a, std::string_view b) {
    return std::string_view(*a.text_).compare(b) <=> 0;
  }
  friend std::string operator+(const Symbol& a, std::string_view b) { return std::string(*a.text_).append(b); }
  friend std::string operator+(std::string_view a, const Symbol& b) { return std::string(a).append(*b.text_); }
  friend std::string operator+(const Symbol& a, const char* b) { return std::string(*a.text_).append(b); }
  friend std::string operator+(const char* a, const Symbol& b) { return std::string(a).append(*b.text_); }
  friend std::string operator+(const std::string& a, const Symbol& b) { return a + *b.text_; }
  friend std::string operator+(const Symbol& a, const std::string& b) { return *a.text_ + b; }
  friend std::string operator+(const Symbol& a, char b) { return *a.text_ + b; }
  friend std::string operator+(char a, const Symbol& b) { return a + *b.text_; }
  friend std::ostream& operator<<(std::ostream& out, const Symbol& s) { return out << *s.text_; }

  // How many distinct texts have been interned (for tests and the benchmark).
  static size_t interned();

 private:
  static const std::string& empty_text();
  static const std::string& intern(std::string_view text);

  const std::string* text_;
};

}  // namespace solieu

template <>
struct std::hash<solieu::Symbol> {
  size_t operator()(const solieu::Symbol& s) const noexcept { return std::hash<const void*>()(s.address()); }
};

template <>
struct fmt::formatter<solieu::Symbol> : fmt::formatter<std::string_view> {
  template <typename Context>
  auto format(const solieu::Symbol& s, Context& context) const {
    return fmt::formatter<std::string_view>::format(std::string_view(s.str()), context);
  }
};
