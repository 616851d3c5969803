// extract: one article -> its quantities and facts, with source positions.
// Runs the stages in order (normalize, tokenize, article date, then per sentence: numbers,
// dates, bind) and turns normalized spans into source lines, columns and bytes at the end, so
// every quote in the fact sheet is the article's own bytes. Tested by tests/facts/.
#include <map>

#include "facts/bind.hpp"
#include "facts/fact_model.hpp"

namespace solieu {
namespace {

Location locate(const NormalizedText& n, const LineIndex& lines, Span normalized) {
  Span s = n.source_span(normalized);
  Position p = lines.at(s.start);
  return {p.line, p.column, s.start, s.end};
}

std::string slice(const std::string& source, const Location& at) { return source.substr(at.start, at.end - at.start); }

// The sentence a fact stands in, as written. A "sentence" of a line with no full stop can be
// megabytes; each fact keeps at most kSentenceWindow bytes either side of its figure (cut on
// character boundaries, marked "…"), so memory stays linear in the facts.
constexpr uint32_t kSentenceWindow = 600;

std::string sentence_window(const std::string& source, Location sentence, const Location& figure) {
  auto boundary = [&](uint32_t at) {  // back to the start of a UTF-8 character
    while (at > 0 && at < source.size() && (static_cast<unsigned char>(source[at]) & 0xC0) == 0x80) --at;
    return at;
  };
  uint32_t start = sentence.start, end = sentence.end;
  bool cut_start = false, cut_end = false;
  if (figure.start > start + kSentenceWindow) start = boundary(figure.start - kSentenceWindow), cut_start = true;
  if (end > figure.end + kSentenceWindow) end = boundary(figure.end + kSentenceWindow), cut_end = true;
  return (cut_start ? "…" : "") + source.substr(start, end - start) + (cut_end ? "…" : "");
}

// The province the article is about: the one it names most, the first named on a tie.
std::string main_place(const Binder& binder, const TokenizedText& tokens) {
  std::map<std::string, std::pair<int, uint32_t>> seen;  // name -> (count, first token)
  for (const auto& [token, name] : binder.places(tokens, 0, static_cast<uint32_t>(tokens.tokens.size()))) {
    auto [it, fresh] = seen.try_emplace(name, 0, token);
    ++it->second.first;
  }
  std::string best;
  std::pair<int, uint32_t> best_score{0, 0};
  for (const auto& [name, score] : seen)
    if (score.first > best_score.first || (score.first == best_score.first && score.second < best_score.second)) {
      best = name;
      best_score = score;
    }
  return best;
}

// The day a dated item of a roundup or live blog opens with: "Thứ Ba (11/6): ...", "- Ngày 12/6:
// ...". A short opening of the line that states a full day and ends in ':' with the item's text
// after it on the same line; a lead whose line ends in ':' is no item (its list takes its time).
std::string item_day(const TokenizedText& tokens, const NormalizedText& n, const DateGrammar& dates, uint32_t first,
                     const std::string& article_date) {
  constexpr uint32_t kMaxOpening = 8;
  const uint32_t size = static_cast<uint32_t>(tokens.tokens.size());
  for (uint32_t i = first; i < size && i < first + kMaxOpening; ++i) {
    if (i > first && tokens.tokens[i].line_before) return {};
    if (tokens.text(tokens.tokens[i], n) != ":") continue;
    if (i + 1 >= size || tokens.tokens[i + 1].line_before) return {};
    for (const TimeExpr& t : dates.read(tokens, n, first, i, article_date))
      if (t.kind == TimeKind::point && t.as_of.size() == 10 && t.as_of[0] != '-') return t.as_of;
    return {};
  }
  return {};
}

}  // namespace

const char* to_string(TimeSource source) {
  switch (source) {
    case TimeSource::none: return "none";
    case TimeSource::text: return "text";
    case TimeSource::article_date: return "article_date";
    case TimeSource::inferred: return "inferred";
  }
  return "none";
}

const char* to_string(DateSource source) {
  switch (source) {
    case DateSource::none: return "none";
    case DateSource::front_matter: return "front_matter";
    case DateSource::text: return "text";
    case DateSource::inferred: return "inferred";
  }
  return "none";
}

Resources Resources::load(const std::string& data_dir) {
  Resources r;
  r.terms = TermLexicon::load(data_dir);
  r.numbers = NumberGrammar::load(data_dir);
  r.dates = DateGrammar::load(data_dir);
  r.facts = FactModel::load(data_dir);
  return r;
}

void fill_line_texts(const Article& article, std::vector<Fact*>& facts) {
  const LineIndex lines(article.source);
  for (Fact* f : facts) f->line_text = std::string(lines.line_text(f->at.line));
}

Extraction extract(Article& article, const Resources& resources) {
  Extraction out;
  const NormalizedText n = normalize(article.source, article.body_start);
  const TokenizedText tokens = tokenize(n, resources.terms);

  if (article.date.empty()) {
    if (auto date = resources.dates->article_date(tokens, n)) {
      article.date = *date;
      article.date_source = DateSource::text;
    } else if (auto inferred = resources.dates->infer_article_date(tokens, n)) {
      article.date = *inferred;
      article.date_source = DateSource::inferred;
    }
  }

  const Binder binder(*resources.facts, resources.terms);
  ArticleContext context;
  context.main_place = main_place(binder, tokens);
  context.article_date = article.date;
  context.date_source = article.date.empty()                          ? TimeSource::none
                        : article.date_source == DateSource::inferred ? TimeSource::inferred
                                                                      : TimeSource::article_date;

  std::vector<DraftFact> drafts;
  std::vector<Quantity> all_quantities;
  for (uint32_t si = 0; si < tokens.sentences.size(); ++si) {
    const Sentence& s = tokens.sentences[si];
    if (tokens.tokens[s.first_token].line_before) {  // a new paragraph starts its own topic
      context.paragraph_subject.clear();
      context.paragraph_place.clear();
      context.paragraph_national = false;
      context.paragraph_time.clear();
      context.paragraph_time_from.clear();
      context.item_time = item_day(tokens, n, *resources.dates, s.first_token, article.date);
    }
    context.sentence_index = si;
    std::vector<Quantity> quantities = resources.numbers->read(tokens, n, s.first_token, s.end_token);
    // Times bind to figures of their own sentence, and a list lead's (a line ending in ':', or a
    // heading) to the bullets under it; any other sentence without a figure needs none.
    std::vector<TimeExpr> times;
    const bool lead = (s.end_token > s.first_token && tokens.text(tokens.tokens[s.end_token - 1], n) == ":") ||
                      is_heading(tokens, n, s, !quantities.empty());
    if (!quantities.empty() || lead) times = resources.dates->read(tokens, n, s.first_token, s.end_token, article.date);
    binder.bind(tokens, n, s, quantities, times, static_cast<uint32_t>(all_quantities.size()), context, drafts);
    for (auto& q : quantities) all_quantities.push_back(std::move(q));
  }

  const LineIndex lines(article.source);
  out.quantities.reserve(all_quantities.size());
  for (auto& q : all_quantities) {
    QuantityRecord record;
    record.article = article.id;
    record.at = locate(n, lines, q.span);
    record.text = slice(article.source, record.at);
    record.quantity = std::move(q);
    out.quantities.push_back(std::move(record));
  }

  out.facts.reserve(drafts.size());
  for (size_t i = 0; i < drafts.size(); ++i) {
    DraftFact& d = drafts[i];
    Fact& f = d.fact;
    f.id = article.id + "#" + std::to_string(i + 1);
    f.article = article.id;
    f.at = locate(n, lines, d.span);
    f.text = slice(article.source, f.at);
    const Sentence& s = tokens.sentences[d.sentence];
    Location sentence_at = locate(n, lines, {s.start, s.end});
    f.sentence = sentence_window(article.source, sentence_at, f.at);
    if (!f.part_of.empty()) f.part_of = article.id + "#" + std::to_string(std::stoul(f.part_of.substr(1)) + 1);
    for (const Span& name : d.listed) f.listed.push_back(slice(article.source, locate(n, lines, name)));
    out.facts.push_back(std::move(f));
  }
  return out;
}

}  // namespace solieu
