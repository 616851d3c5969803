// record_json: see record_json.hpp.
#include "report/record_json.hpp"

#include <charconv>
#include <cstring>
#include <string_view>
#include <vector>

#include "report/json_writer.hpp"

namespace solieu::report {
namespace {

// One JSON object being appended: members separated, indented and closed as json_writer's
// dump_pretty / dump_compact would print the same object held as a tree.
class ObjectText {
 public:
  ObjectText(std::string& out, bool pretty, int depth) : out_(out), pretty_(pretty), depth_(depth) { out_ += '{'; }

  // A key known at compile time: plain ASCII, nothing to escape.
  // The separator, line break, indent, quoted name and colon go out as one append: a fact
  // sheet is mostly member prefixes, and six small appends each cost a capacity check.
  ObjectText& key(std::string_view name) {
    char prefix[96];
    const size_t indent = pretty_ ? 2 * static_cast<size_t>(depth_ + 1) : 0;
    if (name.size() + indent + 6 > sizeof prefix) {
      open_member();
      out_ += '"';
      out_ += name;
      out_ += '"';
      return colon();
    }
    size_t k = 0;
    if (!first_) prefix[k++] = ',';
    first_ = false;
    if (pretty_) {
      prefix[k++] = '\n';
      std::memset(prefix + k, ' ', indent);
      k += indent;
    }
    prefix[k++] = '"';
    std::memcpy(prefix + k, name.data(), name.size());
    k += name.size();
    prefix[k++] = '"';
    prefix[k++] = ':';
    if (pretty_) prefix[k++] = ' ';
    out_.append(prefix, k);
    return *this;
  }
  // A key from the input (front-matter keys): escaped like any string.
  ObjectText& any_key(std::string_view name) {
    open_member();
    append_quoted(out_, name);
    return colon();
  }

  void string(std::string_view name, std::string_view text) {
    key(name);
    append_quoted(out_, text);
  }
  void null(std::string_view name) { key(name).out_ += "null"; }
  // The nullable strings of the SPEC: empty is null.
  void string_or_null(std::string_view name, std::string_view text) {
    if (text.empty())
      null(name);
    else
      string(name, text);
  }
  void number(std::string_view name, double value) {
    key(name);
    append_number(out_, value);
  }
  void whole(std::string_view name, uint64_t value) {
    key(name);
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out_.append(digits, end);
  }
  void yes(std::string_view name) { key(name).out_ += "true"; }
  void interval(std::string_view name, double low, double high) {
    key(name);
    out_ += '[';
    append_number(out_, low);
    out_ += pretty_ ? ", " : ",";
    append_number(out_, high);
    out_ += ']';
  }
  void strings(std::string_view name, const std::vector<std::string>& items) {
    key(name);
    out_ += '[';
    for (size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out_ += pretty_ ? ", " : ",";
      append_quoted(out_, items[i]);
    }
    out_ += ']';
  }
  // A member whose value is an object: it opens one level deeper.
  ObjectText object(std::string_view name) {
    key(name);
    return ObjectText(out_, pretty_, depth_ + 1);
  }

  void close() {
    if (!first_) newline(depth_);
    out_ += '}';
  }

 private:
  void open_member() {
    if (!first_) out_ += ',';
    first_ = false;
    newline(depth_ + 1);
  }
  ObjectText& colon() {
    out_ += pretty_ ? ": " : ":";
    return *this;
  }
  void newline(int depth) {
    if (!pretty_) return;
    // One append for the line break and its indent: this runs for every member written.
    static constexpr std::string_view kIndents = "\n                                ";
    const size_t width = 1 + static_cast<size_t>(2 * depth);
    if (width <= kIndents.size()) {
      out_.append(kIndents.data(), width);
    } else {
      out_ += '\n';
      out_.append(width - 1, ' ');
    }
  }

  std::string& out_;
  bool pretty_;
  int depth_;
  bool first_ = true;
};

ObjectText open(std::string& out, const RecordLayout& layout) {
  ObjectText o(out, layout.pretty, layout.depth);
  if (layout.type != nullptr) o.string("type", layout.type);
  return o;
}

void approx(ObjectText& o, Approx value) {
  const char* word = to_string(value);
  if (value == Approx::none || word == nullptr || *word == '\0')
    o.null("approx");
  else
    o.string("approx", word);
}

const char* kind_name(QuantityKind kind) {
  switch (kind) {
    case QuantityKind::ratio: return "ratio";
    case QuantityKind::rank: return "rank";
    case QuantityKind::amount: break;
  }
  return "amount";
}

void location(ObjectText& o, const std::string& text, const Location& at) {
  o.string("text", text);
  o.whole("line", at.line);
  o.whole("column", at.column);
  o.whole("start", at.start);
  o.whole("end", at.end);
}

}  // namespace

void append_article(std::string& out, const ArticleRecord& a, const RecordLayout& layout) {
  ObjectText o = open(out, layout);
  o.string("id", a.id);
  o.string("path", a.path);
  o.string_or_null("date", a.date);
  if (a.date_source == DateSource::none)
    o.null("date_source");
  else
    o.string("date_source", to_string(a.date_source));
  o.whole("bytes", a.bytes);
  o.string("encoding", a.encoding);
  if (!a.title.empty()) o.string("title", a.title);
  if (!a.url.empty()) o.string("source", a.url);
  if (!a.meta.empty()) {
    ObjectText meta = o.object("meta");
    // A key given twice keeps its first place and its last value, as a JSON object assigned key by
    // key does: the output never holds a duplicate key.
    for (size_t i = 0; i < a.meta.size(); ++i) {
      const std::string& key = a.meta[i].first;
      bool seen = false;
      for (size_t j = 0; j < i && !seen; ++j) seen = a.meta[j].first == key;
      if (seen) continue;
      const std::string* value = &a.meta[i].second;
      for (size_t j = i + 1; j < a.meta.size(); ++j)
        if (a.meta[j].first == key) value = &a.meta[j].second;
      meta.any_key(key);
      append_quoted(out, *value);
    }
    meta.close();
  }
  o.close();
}

void append_quantity(std::string& out, const QuantityRecord& r, const RecordLayout& layout) {
  const Quantity& q = r.quantity;
  ObjectText o = open(out, layout);
  o.string("article", r.article);
  o.number("value", q.value);
  o.string_or_null("unit", q.unit);
  if (!q.noun.empty()) o.string("noun", q.noun);
  approx(o, q.approx);
  if (q.kind != QuantityKind::amount) {
    o.string("kind", kind_name(q.kind));
    o.number("whole", q.whole);
  }
  o.interval("interval", q.low, q.high);
  if (q.malformed) {
    o.yes("malformed");
    o.string("problem", q.problem);
  }
  location(o, r.text, r.at);
  o.close();
}

void append_fact(std::string& out, const Fact& f, const RecordLayout& layout) {
  ObjectText o = open(out, layout);
  o.string("id", f.id);
  o.string("article", f.article);
  o.string_or_null("place", f.place);
  o.string("subject", f.subject);
  o.string_or_null("zone", f.zone);
  o.string("metric", f.metric);
  o.string_or_null("status", f.status);
  if (!f.qualifier.empty()) o.string("qualifier", f.qualifier);
  o.number("value", f.value);
  o.string_or_null("unit", f.unit);
  approx(o, f.approx);
  o.interval("interval", f.low, f.high);
  if (f.whole > 0) o.number("whole", f.whole);
  if (f.malformed) {
    o.yes("malformed");
    o.string("problem", f.problem);
  }
  o.string_or_null("as_of", f.as_of);
  if (!f.period_from.empty()) o.string("period_from", f.period_from);
  o.string("time_source", to_string(f.time_source));
  o.string("text", f.text);
  o.string("sentence", f.sentence);
  o.whole("line", f.at.line);
  o.whole("column", f.at.column);
  o.whole("start", f.at.start);
  o.whole("end", f.at.end);
  if (!f.part_of.empty()) o.string("part_of", f.part_of);
  if (!f.listed.empty()) o.strings("listed", f.listed);
  o.close();
}

void append_finding(std::string& out, const Finding& f, const RecordLayout& layout) {
  ObjectText o = open(out, layout);
  o.string("id", f.id);
  o.string("rule", f.rule);
  o.string("severity", to_string(f.severity));
  o.string("verdict", f.verdict);
  o.strings("facts", f.facts);
  o.string("message", f.message);
  o.string("explanation", f.explanation);
  if (!f.notes.empty()) o.strings("notes", f.notes);
  if (!f.baseline_reason.empty()) o.string("baseline", f.baseline_reason);
  o.close();
}

void append_error(std::string& out, const InputError& e, const RecordLayout& layout) {
  ObjectText o = open(out, layout);
  o.string("path", e.path);
  o.string("message", e.message);
  o.close();
}

}  // namespace solieu::report
