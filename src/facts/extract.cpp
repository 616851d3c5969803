// extract: one article -> its quantities and facts, with source positions.
// Runs the stages in order (normalize, tokenize, article date, then per sentence: numbers,
// dates, bind) and turns normalized spans into source lines, columns and bytes at the end, so
// every quote in the fact sheet is the article's own bytes. Tested by tests/facts/.
#include <algorithm>
#include <map>
#include <optional>

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

// The column of token `at` in a '|' row: the number of bars before it on the row.
uint32_t column_of(const TokenizedText& tokens, uint32_t first, uint32_t at) {
  uint32_t c = 0;
  for (uint32_t i = first; i < at; ++i) c += tokens.tokens[i].key == "|";
  return c;
}

// A sentence on one line with at least two bars: a row of a table.
bool table_line(const TokenizedText& tokens, const Sentence& s) {
  uint32_t bars = 0;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (i > s.first_token && tokens.tokens[i].line_before) return false;
    bars += tokens.tokens[i].key == "|";
  }
  return bars >= 2;
}

// The unit tokens [from, to) name ("ha", "triệu USD"), read by the number grammar itself as "1 ha",
// "1 triệu USD"; the column's unit fields are set when they name one.
void read_unit(const TokenizedText& tokens, const NormalizedText& n, uint32_t from, uint32_t to,
               const Resources& resources, ArticleContext::TableColumn& column) {
  if (from >= to) return;
  const std::string unit_text(
      n.text.substr(tokens.tokens[from].start, tokens.tokens[to - 1].end - tokens.tokens[from].start));
  const NormalizedText un = normalize("1 " + unit_text);
  const TokenizedText ut = tokenize(un, resources.terms);
  auto read = resources.numbers->read(ut, un, 0, static_cast<uint32_t>(ut.tokens.size()));
  if (read.size() == 1 && !read[0].unit.empty() && read[0].end_token == ut.tokens.size()) {
    column.unit = read[0].unit;
    column.noun = read[0].noun;
    column.scale = read[0].value;
    column.exact = read[0].exact;
  }
}

// The unit in brackets in cell [cell, end): "Diện tích (ha)", "Vốn đăng ký (triệu USD)".
void bracket_unit(const TokenizedText& tokens, const NormalizedText& n, uint32_t cell, uint32_t end,
                  const Resources& resources, ArticleContext::TableColumn& column) {
  for (uint32_t open = cell; open < end; ++open) {
    if (tokens.tokens[open].key != "(") continue;
    uint32_t close = open + 1;
    while (close < end && tokens.tokens[close].key != ")") ++close;
    if (close < end && close > open + 1) read_unit(tokens, n, open + 1, close, resources, column);
    return;
  }
}

// A cell that is one four-digit year: "| 2023 |".
std::string year_cell(const TokenizedText& tokens, const NormalizedText& n, uint32_t cell, uint32_t end) {
  if (end != cell + 1 || tokens.tokens[cell].kind != TokenKind::number) return {};
  const std::string_view year = tokens.text(tokens.tokens[cell], n);
  return written_year(year) ? std::string(year) : std::string();
}

// A header row: its cells, each with the unit it names in brackets or counts ("Số KCN"), whether
// it heads the rows' years ("Năm") or the rows' units ("ĐVT"), or is a year itself ("| 2023 |").
void read_header(const TokenizedText& tokens, const NormalizedText& n, const Sentence& s, const Resources& resources,
                 std::vector<ArticleContext::TableColumn>& columns) {
  columns.clear();
  uint32_t cell = s.first_token;
  for (uint32_t i = s.first_token; i <= s.end_token; ++i) {
    if (i < s.end_token && tokens.tokens[i].key != "|") continue;
    ArticleContext::TableColumn column;
    column.first = cell;
    column.end = i;
    column.year = i == cell + 1 && resources.facts->table_year_headers.count(tokens.tokens[cell].key);
    column.year_value = year_cell(tokens, n, cell, i);
    if (cell < i)
      for (const auto& m : resources.facts->table_unit_header_phrases.find_all(Syllables::of(tokens, cell, i)))
        column.units = column.units || (m.first_token == cell && m.end_token == i);
    bracket_unit(tokens, n, cell, i, resources, column);
    // "Số KCN", "Tổng số dự án": a label asking how many counts what it names.
    if (column.unit.empty() && cell < i)
      for (const auto& m : resources.facts->count_label_phrases.find_all(Syllables::of(tokens, cell, i)))
        if (m.first_token == cell && m.end_token < i) {
          read_unit(tokens, n, m.end_token, i, resources, column);
          break;
        }
    columns.push_back(column);
    cell = i + 1;
  }
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
      context.recent_places.clear();
      context.paragraph_national = false;
      context.paragraph_time.clear();
      context.paragraph_time_from.clear();
      context.item_time = item_day(tokens, n, *resources.dates, s.first_token, article.date);
    }
    context.sentence_index = si;
    std::vector<Quantity> quantities = resources.numbers->read(tokens, n, s.first_token, s.end_token);
    // '|' tables: a header row gives its columns' units; a row under it gives each bare figure the
    // unit of its column. Any other line ends the table.
    context.table_row = false;
    // A blank line ends a table: what follows needs a header of its own.
    if (s.first_token > 0) {
      const Token& prev = tokens.tokens[s.first_token - 1];
      const std::string_view gap =
          std::string_view(n.text).substr(prev.end, tokens.tokens[s.first_token].start - prev.end);
      if (std::count(gap.begin(), gap.end(), '\n') >= 2) context.table_columns.clear();
    }
    if (!table_line(tokens, s)) {
      if (tokens.tokens[s.first_token].line_before || s.first_token == 0) context.table_columns.clear();
    } else if (quantities.empty()) {
      bool words = false;
      for (uint32_t i = s.first_token; i < s.end_token; ++i)
        words = words || tokens.tokens[i].kind == TokenKind::word || tokens.tokens[i].kind == TokenKind::term ||
                tokens.tokens[i].kind == TokenKind::acronym;
      if (words) {  // not the "|---|---|" line under a Markdown header
        read_header(tokens, n, s, resources, context.table_columns);
        // The title: up to three lines right above the header that end in no full stop, colon or
        // semicolon ("PHỤ LỤC I", "Bảng 2. Một số chỉ tiêu của các KCN"), and the times they state.
        uint32_t title = s.first_token;
        for (int lines = 0; lines < 3 && title > 0; ++lines) {
          uint32_t start = title - 1;
          while (start > 0 && !tokens.tokens[start].line_before) --start;
          const Token& last = tokens.tokens[title - 1];
          const std::string_view closing = tokens.text(last, n);
          if (last.kind == TokenKind::punct && (closing == "." || closing == ":" || closing == ";" || closing == "!" ||
                                                closing == "?" || closing == "|"))
            break;
          uint32_t bars = 0;
          for (uint32_t i = start; i < title; ++i) bars += tokens.tokens[i].key == "|";
          if (bars >= 2) break;
          title = start;
        }
        context.table_title_first = title;
        context.table_title_end = s.first_token;
        context.table_time.clear();
        context.table_time_from.clear();
        context.table_target.clear();
        if (context.table_title_first < context.table_title_end)
          for (const auto& t :
               resources.dates->read(tokens, n, context.table_title_first, context.table_title_end, article.date)) {
            const bool ahead = !article.date.empty() && t.as_of.size() >= 4 && t.as_of[0] != '-' &&
                               t.as_of.substr(0, 4) > article.date.substr(0, 4);
            if (t.kind == TimeKind::target || (t.kind == TimeKind::period && ahead))
              context.table_target = t.as_of.substr(0, 4);
            else if (t.kind == TimeKind::point || t.kind == TimeKind::period) {
              context.table_time = t.as_of;
              context.table_time_from = t.from;
            }
          }
      }
    } else if (!context.table_columns.empty()) {
      context.table_row = true;
      context.row_year.clear();
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        const Token& t = tokens.tokens[i];
        const uint32_t c = column_of(tokens, s.first_token, i);
        if (t.kind != TokenKind::number || c >= context.table_columns.size() || !context.table_columns[c].year)
          continue;
        const bool alone = (i == s.first_token || tokens.tokens[i - 1].key == "|") &&
                           (i + 1 == s.end_token || tokens.tokens[i + 1].key == "|");
        if (alone)
          if (std::string year = year_cell(tokens, n, i, i + 1); !year.empty()) context.row_year = std::move(year);
      }
      // A row's own unit, for columns that name none ("| Chỉ tiêu | ĐVT | 2022 | 2023 |"): its cell
      // under "ĐVT", else brackets in a cell before its first figure ("| Diện tích (ha) | 350 |").
      ArticleContext::TableColumn row_unit;
      {
        uint32_t cell = s.first_token, c = 0;
        const uint32_t first_figure = quantities.front().first_token;
        for (uint32_t i = s.first_token; i <= s.end_token; ++i) {
          if (i < s.end_token && tokens.tokens[i].key != "|") continue;
          if (c < context.table_columns.size() && context.table_columns[c].units)
            read_unit(tokens, n, cell, i, resources, row_unit);
          else if (row_unit.unit.empty() && i <= first_figure)
            bracket_unit(tokens, n, cell, i, resources, row_unit);
          cell = i + 1;
          ++c;
        }
      }
      for (auto& q : quantities) {
        if (!q.unit.empty() || q.kind != QuantityKind::amount) continue;
        // Only a cell that is the bare figure: "12 bài" is no figure of the column.
        const bool opens = q.first_token == s.first_token || tokens.tokens[q.first_token - 1].key == "|";
        const bool closes = q.end_token == s.end_token || tokens.tokens[q.end_token].key == "|";
        if (!opens || !closes) continue;
        const uint32_t c = column_of(tokens, s.first_token, q.first_token);
        if (c >= context.table_columns.size()) continue;
        const auto& column = context.table_columns[c].unit.empty() ? row_unit : context.table_columns[c];
        if (column.unit.empty() || context.table_columns[c].year || context.table_columns[c].units) continue;
        q.unit = column.unit;
        q.noun = column.noun;
        q.value *= column.scale;
        q.low *= column.scale;
        q.high *= column.scale;
        q.scale *= column.scale;
        if (column.exact && column.scale == 1) q.exact = true, q.low = q.high = q.value;
      }
    }
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
