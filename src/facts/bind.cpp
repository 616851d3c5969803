// bind: see bind.hpp. The order of decisions is the order a reader takes:
//   metric   from the unit, or the nearest metric cue before the figure in its clause;
//   subject  from the counted noun ("9 KCN"), the figure a measure hangs on ("9 KCN ... 1.967 ha"),
//            a mention in the clause, earlier in the sentence, or the paragraph;
//   status   from the cue right after the figure ("9 KCN được thành lập"), else before it
//            ("đã thành lập 54 CCN"), else from the figure it is coordinated with;
//   time     from the clause, then the sentence; plans take target years, actuals the article date;
//   place    the province named last before it in the sentence or paragraph, else the article's.
#include "facts/bind.hpp"

#include <algorithm>
#include <deque>
#include <optional>

#include "dates/calendar.hpp"

namespace solieu {
namespace {

// Clause breaks. A bracket opens and closes an aside: "quy hoạch 10 nghìn ha (với 29 KCN ...)",
// "KCN Đồng Văn III (Hà Nam) có tổng diện tích 334 ha".
bool is_break(const Token& t) {
  return t.kind == TokenKind::punct && (t.key == "," || t.key == ";" || t.key == ":" || t.key == "(" || t.key == ")");
}
bool is_strong_break(const Token& t) { return t.kind == TokenKind::punct && t.key == ";"; }

// Clause numbers of a sentence's tokens: a comma, semicolon or colon closes a clause.
struct Clauses {
  uint32_t first = 0;
  std::vector<uint32_t> of;     // clause number per token (relative to first)
  std::vector<uint32_t> start;  // clause number -> first token (absolute)
  std::vector<uint32_t> end;    // clause number -> end token (absolute, exclusive)

  Clauses(const TokenizedText& tokens, const Sentence& s) : first(s.first_token) {
    uint32_t clause = 0;
    start.push_back(s.first_token);
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      of.push_back(clause);
      if (is_break(tokens.tokens[i]) && i + 1 < s.end_token) {
        end.push_back(i + 1);
        start.push_back(i + 1);
        ++clause;
      }
    }
    end.push_back(s.end_token);
  }
  uint32_t clause(uint32_t token) const { return of[token - first]; }
  uint32_t clause_start(uint32_t token) const { return start[clause(token)]; }
  uint32_t clause_end(uint32_t token) const { return end[clause(token)]; }
};

bool strong_break_between(const TokenizedText& tokens, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to; ++i)
    if (is_strong_break(tokens.tokens[i])) return true;
  return false;
}

bool fits(const std::set<std::string>& set, const std::string& value) { return set.count(value) > 0; }

// Whether token i stands in brackets opened after `first` and closed before `figure`: "6 KCN (gồm
// 3 KCN trong Khu kinh tế Vân Phong ...) với tổng diện tích 1.476 ha" speaks of the 6 around it.
bool in_closed_aside(const TokenizedText& tokens, uint32_t first, uint32_t i, uint32_t figure) {
  bool opened = false;
  for (uint32_t k = i; k-- > first;) {
    const std::string& key = tokens.tokens[k].key;
    if (key == ")") return false;
    if (key == "(") {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (uint32_t k = i; k < figure; ++k)
    if (tokens.tokens[k].key == ")") return true;
  return false;
}

// An act's date and a deadline date only the figures of their own clause: "Được thành lập năm
// 2010 với diện tích 150 ha, sau hơn 12 năm, KCN đã cho thuê 118 ha" founds 150 ha in 2010 and
// lets 118 ha today; "đề xuất ... KCN Vân Hồ khoảng 200 ha, gắn với cao tốc dự kiến hoàn thành
// trước năm 2026" gives the motorway's year, not the zone's. A period is no one-off act: "điều
// chỉnh vốn cho 3 dự án trong 6 tháng đầu năm" still dates the whole sentence.
bool clause_bound(const TimeExpr& t) {
  if (t.role == TimeRole::deadline) return true;
  return t.role == TimeRole::event && t.kind == TimeKind::point;
}

// Time of day for comparing dates written at different precisions: "2025" ends after "2023-08-22".
bool after(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a[0] == '-' || b[0] == '-') return false;
  return a.substr(0, 4) > b.substr(0, 4);
}

}  // namespace

bool written_year(std::string_view text) {
  const auto year = text.size() == 4 ? dates::parse_digits(text) : std::nullopt;
  return year && dates::plausible_year(*year);
}

bool is_heading(const TokenizedText& tokens, const NormalizedText& text, const Sentence& sentence, bool has_figures) {
  const uint32_t first = sentence.first_token, end = sentence.end_token;
  if (has_figures || end <= first) return false;
  if (end < tokens.tokens.size() && !tokens.tokens[end].line_before) return false;
  const Token& last = tokens.tokens[end - 1];
  if (last.kind == TokenKind::punct) {
    const std::string_view closing = tokens.text(last, text);
    if (closing == "." || closing == ":" || closing == "!" || closing == "?" || closing == ";" || closing == "," ||
        closing == "…")
      return false;
  }
  if (first == 0 || tokens.tokens[first].line_before) return true;
  // "2. Thu hút đầu tư ...": the row number is a sentence of its own, on the heading's line.
  return first >= 2 && tokens.tokens[first - 1].key == "." && (first == 2 || tokens.tokens[first - 2].line_before);
}

std::vector<std::pair<uint32_t, std::string>> Binder::places(const TokenizedText& tokens, uint32_t first,
                                                             uint32_t end) const {
  std::vector<std::pair<uint32_t, std::string>> out;
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = tokens.tokens[i];
    if (t.kind != TokenKind::term || t.term == UINT32_MAX) continue;
    const auto& entry = terms_.entries()[t.term];
    if (entry.category != "place") continue;
    // "KCN Yên Phong (Bắc Ninh)": a province in brackets locates a name; it is no new topic.
    if (i > first && tokens.tokens[i - 1].key == "(") continue;
    out.emplace_back(i, entry.value);
  }
  return out;
}

void Binder::drop_zone_names(const TokenizedText& tokens, const Syllables& syllables,
                             const std::vector<PhraseMatch>& subjects,
                             std::vector<std::pair<uint32_t, std::string>>& mentions) const {
  std::optional<std::vector<PhraseMatch>> authorities;  // looked for once, when first needed
  auto named_zone = [&](uint32_t place) {
    for (const auto& s : subjects) {
      if (s.end_token != place) continue;
      if (s.first_token > 0 && model_.plural_words.count(tokens.tokens[s.first_token - 1].key)) return false;
      if (!authorities) authorities = model_.zone_authority_phrases.find_all(syllables);
      for (const auto& a : *authorities)
        if (a.end_token == s.first_token) return false;
      return true;
    }
    return false;
  };
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(), [&](const auto& m) { return named_zone(m.first); }),
                 mentions.end());
}

void Binder::bind(const TokenizedText& tokens, const NormalizedText& text, const Sentence& sentence,
                  const std::vector<Quantity>& given_quantities, const std::vector<TimeExpr>& sentence_times,
                  uint32_t first_quantity, ArticleContext& context, std::vector<DraftFact>& facts) const {
  const Clauses clauses(tokens, sentence);
  const Syllables syllables = Syllables::of(tokens, sentence.first_token, sentence.end_token);
  const auto subjects = model_.subjects.find_all(syllables);
  // A sentence with no figure yields no fact: it only tells the paragraph what it speaks of
  // (subjects, places), so the cues that qualify a figure are not looked for. About half of an
  // article's sentences are such.
  const bool figures = !given_quantities.empty();
  thread_local std::vector<std::vector<PhraseMatch>> cue_matches;  // per figure_cues slot, reused
  if (figures) model_.figure_cues.find_all(syllables, cue_matches);
  // The group's matches are read in place, not copied; a set left out of the group is still
  // searched on its own (kept for this call in `unlisted`, whose elements never move).
  static const std::vector<PhraseMatch> none;
  std::deque<std::vector<PhraseMatch>> unlisted;
  auto cues = [&](const PhraseSet& set) -> const std::vector<PhraseMatch>& {
    if (!figures) return none;
    if (set.group_slot() < cue_matches.size()) return cue_matches[set.group_slot()];
    return unlisted.emplace_back(set.find_all(syllables));
  };
  // "lần lượt là 300 ha và 450 ha", "lần lượt có 5 và 7 CCN": the run of figures joined by "và" or
  // commas right after a respective cue. A figure of the run written bare takes the unit (and
  // magnitude) of the run's last one: "5 và 7 CCN" are 5 CCN and 7 CCN.
  // A comma or a coordinator ("và", "cùng"): what joins the items of a list or a respective run.
  auto joins_list = [&](const Token& t) {
    return t.key == "," || (t.kind != TokenKind::punct && model_.coordinators.count(t.key));
  };
  size_t run_first = 0, run_count = 0;
  uint32_t respective_at = 0;
  for (const auto& cue : cues(model_.respective_phrases)) {
    for (size_t k = 0; k < given_quantities.size() && !run_count; ++k) {
      const Quantity& q = given_quantities[k];
      if (q.first_token < cue.end_token) continue;
      if (q.first_token > cue.end_token + 3) break;
      bool clear = true;  // "lần lượt là", "lần lượt đạt": no clause break before the run
      for (uint32_t i = cue.end_token; i < q.first_token; ++i) clear = clear && !is_break(tokens.tokens[i]);
      if (!clear) break;
      size_t n = 1;
      while (k + n < given_quantities.size()) {
        bool joined = given_quantities[k + n - 1].end_token < given_quantities[k + n].first_token;
        for (uint32_t i = given_quantities[k + n - 1].end_token; i < given_quantities[k + n].first_token; ++i)
          joined = joined && joins_list(tokens.tokens[i]);
        if (!joined) break;
        ++n;
      }
      if (n >= 2) {
        run_first = k;
        run_count = n;
        respective_at = cue.first_token;
      }
      break;
    }
    if (run_count) break;
  }
  const std::vector<Quantity>* quantities_in_force = &given_quantities;
  thread_local std::vector<Quantity> shared_unit;
  if (run_count) {
    const Quantity& last = given_quantities[run_first + run_count - 1];
    bool bare = false;
    for (size_t k = run_first; k + 1 < run_first + run_count; ++k)
      bare = bare || (given_quantities[k].unit.empty() && given_quantities[k].kind == QuantityKind::amount);
    if (bare && !last.unit.empty()) {
      shared_unit = given_quantities;
      for (size_t k = run_first; k + 1 < run_first + run_count; ++k) {
        Quantity& q = shared_unit[k];
        if (!q.unit.empty() || q.kind != QuantityKind::amount) continue;
        q.unit = last.unit;
        q.noun = last.noun;
        q.exact = last.exact;
        if (q.scale == 1 && last.scale != 1) {
          q.value *= last.scale;
          q.low *= last.scale;
          q.high *= last.scale;
          q.scale = last.scale;
        }
        if (q.exact) q.low = q.high = q.value;
      }
      quantities_in_force = &shared_unit;
    }
  }
  const std::vector<Quantity>& quantities = *quantities_in_force;
  auto run_index = [&](size_t k) -> std::optional<size_t> {
    if (run_count && k >= run_first && k < run_first + run_count) return k - run_first;
    return std::nullopt;
  };
  const auto& metric_cues = cues(model_.metric_phrases);
  auto status_cues = cues(model_.status_phrases);
  // "2 KCN đã có trong quy hoạch nhưng chưa được thành lập": a denied stage is no stage.
  {
    // The shorter cues inside a denied one are denied too ("thành lập" in "chưa được thành lập").
    const auto& negations = cues(model_.negation_phrases);
    std::vector<std::pair<uint32_t, uint32_t>> denied;
    for (const auto& m : status_cues)
      for (const auto& n : negations)
        if (n.end_token == m.first_token) denied.emplace_back(m.first_token, m.end_token);
    std::erase_if(status_cues, [&](const PhraseMatch& m) {
      for (const auto& [first, end] : denied)
        if (first <= m.first_token && m.end_token <= end) return true;
      return false;
    });
  }
  const auto& national_cues = cues(model_.national_scope_phrases);
  const auto& economic_zones = cues(model_.economic_zone_phrases);
  const auto& portions = cues(model_.portion_phrases);
  const auto& part_cues = cues(model_.part_phrases);
  const auto& whole_cues = cues(model_.whole_phrases);
  const auto& qualifiers = cues(model_.qualifier_phrases);
  auto place_mentions = places(tokens, sentence.first_token, sentence.end_token);
  drop_zone_names(tokens, syllables, subjects, place_mentions);
  // "KCN Đông Triều mở rộng", "2 KCN mới là Điềm Thụy mở rộng": a stage word right after a
  // capitalised word inside the sentence that names no province or district is the end of a
  // zone's name, no stage; "Thái Nguyên mở rộng 2 KCN" keeps its verb.
  for (const auto& suffix : cues(model_.zone_name_suffix_phrases)) {
    const uint32_t name = suffix.first_token - 1;
    if (suffix.first_token < sentence.first_token + 2 || !tokens.tokens[name].capitalized) continue;
    if (std::any_of(place_mentions.begin(), place_mentions.end(), [&](const auto& m) { return m.first == name; }))
      continue;
    std::erase_if(status_cues, [&](const PhraseMatch& m) {
      return m.first_token == suffix.first_token && m.end_token == suffix.end_token;
    });
  }
  const auto& entity_cues = cues(model_.entity_phrases);
  const auto& retractions = cues(model_.retraction_phrases);
  const auto& corrections = cues(model_.correction_phrases);
  const auto& levels = cues(model_.level_phrases);
  const auto& scope_cues = cues(model_.province_scope_phrases);
  const auto& target_cues = cues(model_.target_phrases);
  const auto& zone_agents = cues(model_.zone_agent_phrases);
  const auto& national_openers = cues(model_.national_opener_phrases);
  // The opening clause, at the sentence's start or after a speaker's colon ("Ông Nam: Theo quy
  // hoạch được duyệt, ..."), if an intro cue opens it.
  std::optional<uint32_t> intro_clause;
  for (const auto& m : cues(model_.intro_phrases))
    if (m.first_token == sentence.first_token ||
        (clauses.clause_start(m.first_token) == m.first_token && tokens.tokens[m.first_token - 1].key == ":"))
      if (!intro_clause) intro_clause = m.first_token;

  // Bullet lines under a lead ending in ':' belong to the lead's paragraph, though each starts a
  // line: "... các KCN tỉnh Ninh Bình ... như sau:" then "- thu hút mới 18 dự án" (the zones').
  const Token& opening = tokens.tokens[sentence.first_token];
  bool in_list = false;
  // A row number ending in a full stop ("1. KCN Tây Bắc Đồng Hới – 62,6 ha") is a sentence of its
  // own: the row is the sentence after it, on the same line.
  const bool after_marker = context.list_marker;
  context.list_marker = false;
  if (context.list_open && !opening.line_before && after_marker) in_list = true;
  if (context.list_open && opening.line_before) {
    const std::string_view mark = tokens.text(opening, text);
    // "- 7 KCN ...", "• ...", and numbered rows "1. KCN Tây Bắc Đồng Hới – 62,6 ha".
    const bool numbered =
        opening.kind == TokenKind::number && sentence.first_token + 1 < sentence.end_token &&
        (tokens.tokens[sentence.first_token + 1].key == "." || tokens.tokens[sentence.first_token + 1].key == ")");
    if (opening.kind == TokenKind::punct || opening.kind == TokenKind::symbol || mark == "•" || numbered) {
      in_list = true;
      context.list_marker = numbered && sentence.first_token + 2 == sentence.end_token;
      if (context.paragraph_subject.empty()) context.paragraph_subject = context.list_subject;
      if (context.paragraph_place.empty()) context.paragraph_place = context.list_place;
    } else {
      context.list_open = false;
    }
  }

  // "a) Mục tiêu đến năm 2025:" then "- Thành lập mới 1 KCN ...": the lead's target governs each
  // bullet with no time of its own, as if it opened the bullet; a heading's target ("3. Định hướng
  // đến năm 2030") governs every such sentence of its section.
  const std::vector<TimeExpr>* times_in_force = &sentence_times;
  thread_local std::vector<TimeExpr> with_lead_target;
  const std::string& target_in_force =
      in_list && !context.list_target.empty() ? context.list_target : context.section_target;
  if (figures && !target_in_force.empty() && sentence_times.empty()) {
    with_lead_target.clear();
    TimeExpr& lead = with_lead_target.emplace_back();
    lead.kind = TimeKind::target;
    lead.as_of = target_in_force;
    lead.first_token = lead.end_token = sentence.first_token;
    lead.span = {opening.start, opening.start};
    times_in_force = &with_lead_target;
  }
  const std::vector<TimeExpr>& times = *times_in_force;

  if ((opening.line_before || sentence.first_token == 0) && !in_list) context.topic_start = context.sentence_index;

  const size_t first_fact_of_sentence = facts.size();
  uint32_t projects_seen = 0;

  // Index of the quantity right after a "Trong số" cue: the whole of the next like figure.
  std::optional<size_t> whole_quantity;
  for (const auto& cue : whole_cues)
    for (size_t k = 0; k < quantities.size(); ++k)
      if (quantities[k].first_token >= cue.end_token && quantities[k].first_token <= cue.end_token + 1)
        whole_quantity = k;
  std::optional<size_t> whole_fact;

  // "các khu, cụm công nghiệp" speaks of both: the "cụm công nghiệp" inside it names no subject.
  auto inside_ambiguous = [&](const PhraseMatch& m) {
    for (const auto& a : subjects)
      if (a.payload == FactModel::ambiguous_subject && a.first_token <= m.first_token && m.end_token <= a.end_token &&
          &a != &m)
        return true;
    return false;
  };

  // Is the figure at token `figure` said of one named project, company or district? "Dự án nhà
  // máy điện gió Phương Mai có vốn đầu tư 200 triệu USD", "Riêng huyện Thường Tín có 9 CCN": a
  // singular cue, then a name before the figure. A zone named after the cue makes it the zone's
  // ("Dự án KCN Quang Châu mở rộng 200 ha").
  auto inside_subject = [&](uint32_t token) {
    for (const auto& m : subjects)
      if (m.first_token <= token && token < m.end_token) return true;
    return false;
  };
  // "Công ty CP Đầu tư Khánh An được chọn làm chủ đầu tư xây dựng hạ tầng với tổng vốn 415 tỷ
  // đồng": a company named as a zone's infrastructure investor speaks for the zone.
  const auto& zone_investors = cues(model_.zone_investor_phrases);
  const auto& district_cues = cues(model_.district_phrases);
  // A district after a location word or a bracket places a zone already named ("CCN Hòa An
  // (huyện Chợ Mới)", "tại huyện Bắc Hà"): the figure is still the zones'.
  // "tại huyện Si Ma Cai và huyện Bắc Hà": a district joined to a located one is located too, so
  // the walk goes back through the districts a coordinator joins.
  auto locates = [&](const PhraseMatch& m) {
    const PhraseMatch* district = &m;
    while (district && district->first_token > sentence.first_token) {
      const Token& before = tokens.tokens[district->first_token - 1];
      if (before.key == "(" || model_.location_words.count(before.key)) return true;
      if (!model_.coordinators.count(before.key)) return false;
      const PhraseMatch* joined = nullptr;  // the last district before this one
      for (const auto& d : district_cues)
        if (d.end_token < district->first_token) joined = &d;
      district = joined;
    }
    return false;
  };
  auto named_after = [&](const PhraseMatch& m, uint32_t figure) {
    if (m.end_token > figure || strong_break_between(tokens, m.end_token, figure)) return false;
    if (std::any_of(zone_investors.begin(), zone_investors.end(),
                    [&](const PhraseMatch& z) { return z.first_token >= m.end_token && z.end_token <= figure; }))
      return false;
    if (m.first_token > sentence.first_token) {
      const Token& before = tokens.tokens[m.first_token - 1];
      if (before.kind == TokenKind::number || before.kind == TokenKind::percent ||
          model_.plural_words.count(before.key))
        return false;
    }
    for (uint32_t i = m.end_token; i < figure; ++i) {
      const Token& t = tokens.tokens[i];
      if (t.kind == TokenKind::number || t.kind == TokenKind::percent || inside_subject(i)) break;
      bool place = t.kind == TokenKind::term && t.term != UINT32_MAX && terms_.entries()[t.term].category == "place";
      if ((t.kind == TokenKind::word || t.kind == TokenKind::term) && t.capitalized && !place) return true;
    }
    return false;
  };
  const auto& district_scopes = cues(model_.district_scope_phrases);
  auto about_entity = [&](uint32_t figure) {
    // "(tổ đại biểu thị xã Chơn Thành) nêu: ... 15 KCN": a district in a closed aside names a speaker.
    for (const auto& m : district_cues)
      if (!locates(m) && !in_closed_aside(tokens, sentence.first_token, m.first_token, figure) &&
          named_after(m, figure))
        return true;
    for (const auto& m : district_scopes) {
      if (m.end_token > figure) continue;
      bool province_after = false;
      for (const auto& [token, name] : place_mentions)
        province_after = province_after || (token >= m.end_token && token < figure);
      if (!province_after) return true;
    }
    for (const auto& m : entity_cues)
      if (named_after(m, figure)) return true;
    return false;
  };

  const auto& this_quarter_cues = cues(model_.this_quarter_phrases);
  const bool same_period = !cues(model_.same_period_phrases).empty();
  const bool compares = !cues(model_.comparison_phrases).empty();
  const auto& land_after = cues(model_.land_after_phrases);
  const auto& vision_cues = cues(model_.vision_phrases);
  auto is_vision = [&](const TimeExpr& t) {
    for (const auto& m : vision_cues)
      if (m.end_token >= t.first_token && m.first_token < t.end_token) return true;
    return false;
  };

  // "cả nước có 418 KCN", "Các KCN trên cả nước đã thu hút ...": the country's or a region's
  // figure when the cue is what the clause speaks of (it opens the clause or follows the zones it
  // places), and no province is named in the sentence before the figure. As a yardstick it is
  // none: "dẫn đầu cả nước với ... 1,5 tỷ USD", "đứng thứ 5 cả nước" are the province's.
  // A paragraph that gave the country's figures goes on with the country in a sentence that names
  // no province: "cả nước có 418 KCN ... Tỷ lệ lấp đầy của các KCN đang hoạt động đạt khoảng 72%".
  const bool national_paragraph = figures && context.paragraph_national && place_mentions.empty() &&
                                  scope_cues.empty() && model_.province_words.find_all(syllables).empty();
  auto national = [&](uint32_t figure) {
    for (const auto& [token, name] : place_mentions)
      if (token < figure) return false;
    if (national_paragraph) return true;
    for (const auto& m : national_cues) {
      if (m.end_token > figure) continue;
      // "mục tiêu của cả nước ... là đến năm 2030 có khoảng 550-600 KCN": the country's own.
      if (m.first_token > sentence.first_token && model_.possessive_words.count(tokens.tokens[m.first_token - 1].key))
        return true;
      bool opens = true;
      uint32_t from = clauses.clause_start(m.first_token);
      // "Trong khi cả nước đã có hơn 400 KCN, ...": a conjunction before the cue still lets it open.
      for (const auto& o : national_openers)
        if (o.first_token == from && o.end_token <= m.first_token) from = o.end_token;
      for (uint32_t i = from; i < m.first_token; ++i)
        if (tokens.tokens[i].kind != TokenKind::punct && tokens.tokens[i].kind != TokenKind::symbol) opens = false;
      for (const auto& z : subjects)
        if (z.end_token == m.first_token) opens = true;
      // "các KCN, KKT cả nước thu hút ...": economic zones named with the zones say the same.
      for (const auto& z : economic_zones)
        if (z.end_token == m.first_token) opens = true;
      if (opens) return true;
    }
    return false;
  };

  bool spoke_national = national_paragraph;
  auto listed_places = [&](uint32_t figure) {
    uint32_t nearest = UINT32_MAX;
    for (const auto& [token, name] : place_mentions)
      if (token < figure) nearest = token;
    if (nearest == UINT32_MAX || nearest < sentence.first_token + 2) return false;
    const std::string& joint = tokens.tokens[nearest - 1].key;
    if (joint != "," && joint != "và" && joint != "hoặc") return false;
    for (const auto& [token, name] : place_mentions)
      if (token == nearest - 2) return true;
    return false;
  };

  // "- Số dự án điều chỉnh vốn: 1 dự án": the figure opening the clause after a label that asks
  // how many. Searched only for such a figure (rare), so no cost on other sentences.
  auto counted_by_label = [&](uint32_t clause_start) {
    if (clause_start <= sentence.first_token || tokens.tokens[clause_start - 1].key != ":") return false;
    uint32_t label = clauses.clause_start(clause_start - 1);
    while (label < clause_start &&
           (tokens.tokens[label].kind == TokenKind::punct || tokens.tokens[label].kind == TokenKind::symbol))
      ++label;
    for (const auto& m : model_.count_label_phrases.find_all(Syllables::of(tokens, label, clause_start)))
      if (m.first_token == label) return true;
    return false;
  };

  // "của 3 KCN": a count that says whose another figure is.
  auto possessive = [&](const Quantity& q) {
    return q.first_token > sentence.first_token && model_.possessive_words.count(tokens.tokens[q.first_token - 1].key);
  };

  std::string last_subject;  // for the paragraph
  for (const auto& m : subjects)
    if (m.payload != FactModel::ambiguous_subject && !inside_ambiguous(m))
      last_subject = model_.subject_names[m.payload];

  // The tokens [first, last) of a zone's name starting at i: "Đồng Văn III", "VSIP Nghệ An".
  auto name_span = [&](uint32_t i, uint32_t limit) -> std::pair<uint32_t, uint32_t> {
    uint32_t first = i, last = i;
    while (i < limit) {
      const Token& t = tokens.tokens[i];
      // Capitals and acronyms make up a zone's name.
      bool name_part =
          ((t.kind == TokenKind::word || t.kind == TokenKind::term) && t.capitalized) || t.kind == TokenKind::acronym;
      bool dash = t.key == "-" && last > first;
      if (!name_part && !dash) {
        // "KCN Hồng Phong 2", "CCN Tân Dân 1": a number of one or two digits that is a figure of its
        // own with no unit ends the name; "KCN Quế Võ 611 ha" is an area, not a zone "Quế Võ 611".
        if (t.kind == TokenKind::number && last == i && last > first && t.end - t.start <= 2) {
          const bool bare = std::any_of(given_quantities.begin(), given_quantities.end(), [&](const Quantity& q) {
            return q.first_token == i && q.end_token == i + 1 && q.unit.empty();
          });
          if (bare) last = i + 1;
        }
        break;
      }
      ++i;
      if (name_part) last = i;
    }
    return {first, last};
  };
  auto name_text = [&](std::pair<uint32_t, uint32_t> span) -> std::string {
    if (span.second == span.first) return {};
    return text.text.substr(tokens.tokens[span.first].start,
                            tokens.tokens[span.second - 1].end - tokens.tokens[span.first].start);
  };
  auto name_after = [&](uint32_t i, uint32_t limit) { return name_text(name_span(i, limit)); };

  // The items a respective run goes with, in order: places, named zones, years, or stages listed
  // before the cue; each kind only when it lists as many as the run has figures. With none, the
  // places of the paragraph's last sentence that named any ("Cần Thơ ..., còn Hậu Giang ... Tỷ lệ
  // lấp đầy ... của hai địa phương lần lượt là 72% và 48%").
  std::vector<std::string> respective_places, respective_subjects, respective_zones;
  std::vector<const TimeExpr*> respective_times;
  std::deque<TimeExpr> joined_years;  // "Năm 2022 và 2023": the bare year after "và"
  std::vector<const PhraseMatch*> respective_stages;
  if (run_count) {
    for (const auto& [token, name] : place_mentions)
      if (token < respective_at &&
          std::find(respective_places.begin(), respective_places.end(), name) == respective_places.end())
        respective_places.push_back(name);
    const bool places_here = !respective_places.empty();
    if (respective_places.size() != run_count) respective_places.clear();
    auto is_place = [&](uint32_t token) {
      return std::any_of(place_mentions.begin(), place_mentions.end(), [&](const auto& p) { return p.first == token; });
    };
    for (const auto& m : subjects) {
      if (m.end_token > respective_at || m.payload == FactModel::ambiguous_subject || inside_ambiguous(m)) continue;
      auto span = name_span(m.end_token, respective_at);
      while (span.second > span.first && !is_place(span.first)) {
        respective_subjects.push_back(model_.subject_names[m.payload]);
        respective_zones.push_back(name_text(span));
        // "KCN Quế Võ và Yên Phong": names joined to the first are zones of the same kind.
        const uint32_t joint = span.second;
        if (joint + 1 >= respective_at || inside_subject(joint + 1) || !joins_list(tokens.tokens[joint])) break;
        span = name_span(joint + 1, respective_at);
      }
    }
    if (respective_zones.size() != run_count) respective_zones.clear(), respective_subjects.clear();
    for (const auto& t : times) {
      if (t.end_token > respective_at || t.kind == TimeKind::now || t.as_of.empty()) continue;
      respective_times.push_back(&t);
      // "Năm 2022 và 2023": a bare year joined to a year goes with it.
      uint32_t joint = t.end_token;
      while (t.as_of.size() == 4 && joint + 1 < respective_at &&
             (tokens.tokens[joint].key == "," || tokens.tokens[joint].key == "và") &&
             tokens.tokens[joint + 1].kind == TokenKind::number) {
        auto year = tokens.text(tokens.tokens[joint + 1], text);
        if (!written_year(year) ||
            std::any_of(times.begin(), times.end(), [&](const TimeExpr& u) { return u.first_token == joint + 1; }))
          break;
        TimeExpr& joined = joined_years.emplace_back(t);
        joined.as_of = std::string(year);
        joined.from.clear();
        joined.first_token = joint + 1;
        joined.end_token = joint + 2;
        respective_times.push_back(&joined);
        joint += 2;
      }
    }
    if (respective_times.size() != run_count) respective_times.clear();
    if (respective_places.empty() && respective_zones.empty() && respective_times.empty()) {
      // "Số KCN đã thành lập và đi vào hoạt động lần lượt là 9 và 7": stages joined by "và" or commas.
      for (const auto& m : status_cues) {
        if (m.end_token > respective_at || model_.status_cues[m.payload].priority < 3) continue;
        if (!respective_stages.empty()) {
          const PhraseMatch* prev = respective_stages.back();
          if (m.first_token < prev->end_token) {  // overlapping: keep the longer
            if (m.length > prev->length) respective_stages.back() = &m;
            continue;
          }
          bool joined = m.first_token - prev->end_token <= 2;
          for (uint32_t i = prev->end_token; i < m.first_token && joined; ++i) joined = joins_list(tokens.tokens[i]);
          if (!joined) respective_stages.clear();
        }
        respective_stages.push_back(&m);
      }
      if (respective_stages.size() != run_count) respective_stages.clear();
      if (respective_stages.empty() && !places_here && context.recent_places.size() == run_count)
        respective_places = context.recent_places;
    }
  }

  for (size_t k = 0; k < quantities.size(); ++k) {
    const Quantity& q = quantities[k];
    if (q.kind == QuantityKind::rank) continue;
    const std::optional<size_t> respective = run_index(k);
    const uint32_t clause_start = clauses.clause_start(q.first_token);
    const uint32_t clause_end = clauses.clause_end(q.first_token);
    // What describes the figure starts after the figure before it, unless that one only says whose
    // this one is: "có thể cho thuê của 3 KCN đang hoạt động là 356 ha" lets 356 ha.
    size_t before = k;
    while (before > 0 && possessive(quantities[before - 1])) --before;
    const uint32_t prev_end = before > 0 ? std::max(quantities[before - 1].end_token, clause_start) : clause_start;
    const uint32_t next_start =
        k + 1 < quantities.size() ? std::min(quantities[k + 1].first_token, clause_end) : clause_end;

    // Does a target year govern this figure? One in its own clause does, and one before it
    // ("từ nay đến năm 2030, Bắc Giang có 29 KCN") unless "now" stands between or in the
    // figure's clause: "Hiện tỉnh có 9 KCN, đến năm 2030 sẽ có 29 KCN" keeps 9 an actual.
    const uint32_t clause_no = clauses.clause(q.first_token);
    bool now_here = false;
    const TimeExpr* governing_target = nullptr;
    for (const auto& t : times)
      if (t.kind == TimeKind::now && clauses.clause(t.first_token) == clause_no) now_here = true;
    for (const auto& t : times) {
      if (t.kind != TimeKind::target) continue;
      bool same_clause = clauses.clause(t.first_token) == clause_no;
      if (!same_clause && clause_bound(t)) continue;
      bool before = t.end_token <= q.first_token;
      bool now_between = false;
      for (const auto& u : times)
        if (u.kind == TimeKind::now && u.first_token >= t.end_token && u.end_token <= q.first_token) now_between = true;
      if (same_clause || (before && !now_between && !now_here)) governing_target = &t;
    }
    if (now_here) governing_target = nullptr;
    const bool has_target = governing_target != nullptr;
    // A period that ends after the article's date, in the figure's clause or before it, is a
    // horizon too: "Giai đoạn 2021-2025, tỉnh dự kiến thành lập mới 5 KCN, nâng tổng số KCN lên
    // 9 khu" plans 9 by 2025. It only turns a cue into its planned reading; it dates no actual.
    bool future_period = false;
    if (!has_target && !now_here && !context.article_date.empty())
      for (const auto& t : times)
        if (t.kind == TimeKind::period && after(t.as_of, context.article_date) &&
            (clauses.clause(t.first_token) == clause_no || t.end_token <= q.first_token))
          future_period = true;

    // --- metric
    std::string metric;
    bool negate = false;  // "giảm 3,5%" is a growth of -3,5%
    // An aside in brackets does not hide its metric: "giá trị sản xuất (giá so sánh 2010) đạt ...".
    uint32_t cue_start = q.first_token;
    while (cue_start > sentence.first_token && tokens.tokens[cue_start - 1].key != "," &&
           tokens.tokens[cue_start - 1].key != ";")
      --cue_start;
    const PhraseMatch* metric_cue = nullptr;  // the nearest cue before the figure that fits its unit
    // A row of a '|' table: the header cell of the figure's column ("Tỷ lệ lấp đầy (%)").
    const ArticleContext::TableColumn* column = nullptr;
    if (context.table_row) {
      uint32_t c = 0;
      for (uint32_t i = sentence.first_token; i < q.first_token; ++i) c += tokens.tokens[i].key == "|";
      if (c < context.table_columns.size()) column = &context.table_columns[c];
    }
    std::vector<PhraseMatch> header_cues;
    bool money_of_projects = false;  // "2 dự án, tăng thêm 15,5 triệu USD"
    for (const auto& m : metric_cues) {
      if (m.end_token > q.first_token) continue;
      // A figure of a respective run is measured by a cue before the list it goes with, across its
      // commas: "Tỷ lệ lấp đầy các KCN Quế Võ, Yên Phong và Tiên Sơn lần lượt đạt 95%, 80% và 70%".
      const bool run_reach = respective && m.end_token <= respective_at;
      if (m.first_token < cue_start && ((!model_.metric_cues[m.payload].sentence_wide && !run_reach) ||
                                        strong_break_between(tokens, m.end_token, q.first_token)))
        continue;
      if (!fits(model_.metric_cues[m.payload].units, q.unit)) continue;
      if (fits(model_.relative_metrics, model_.metric_cues[m.payload].metric)) {
        // "giảm còn 66%": a change word with a level word between it and the figure says no change.
        bool level = false;
        for (const auto& l : levels)
          if (l.first_token == m.end_token && l.end_token == q.first_token) level = true;
        if (level) continue;
      }
      if (!metric_cue || m.end_token > metric_cue->end_token ||
          (m.end_token == metric_cue->end_token && m.length > metric_cue->length))
        metric_cue = &m;
    }
    if (!metric_cue && column) {
      // ... says what a figure of its column measures when the row does not.
      header_cues = model_.metric_phrases.find_all(Syllables::of(tokens, column->first, column->end));
      for (const auto& m : header_cues)
        if (fits(model_.metric_cues[m.payload].units, q.unit) && !model_.metric_cues[m.payload].metric.empty() &&
            (!metric_cue || m.length > metric_cue->length))
          metric_cue = &m;
    }
    if (auto it = model_.unit_metrics.find(q.unit); it != model_.unit_metrics.end()) {
      metric = it->second;
      // The unit says the metric, but a cue may say the figure is none of ours: "gieo sạ khoảng
      // 48.500 ha" is rice, "chỉ bằng một KCN trung bình" a comparison.
      if (metric_cue) {
        const auto& c = model_.metric_cues[metric_cue->payload];
        if (c.metric.empty() && (!c.adjacent || metric_cue->end_token == q.first_token)) continue;
      }
      // ... and so may what follows it: "Khoảng 38 ha là đất trồng cà phê" is land being cleared.
      if (std::any_of(land_after.begin(), land_after.end(),
                      [&](const PhraseMatch& m) { return m.first_token == q.end_token; }))
        continue;
    } else if (!q.unit.empty()) {
      if (metric_cue) {
        metric = model_.metric_cues[metric_cue->payload].metric;
        negate = model_.metric_cues[metric_cue->payload].negate;
      } else if (!model_.project_money_metric.empty() && k > 0 && facts.size() > first_fact_of_sentence &&
                 facts.back().fact.metric == "projects" && facts.back().quantity == first_quantity + k - 1 &&
                 !strong_break_between(tokens, quantities[k - 1].end_token, q.first_token)) {
        // "Điều chỉnh vốn 2 dự án, tăng thêm 15,5 triệu USD": money said of the projects just
        // counted is their capital, if that metric takes this unit.
        for (const auto& c : model_.metric_cues)
          if (c.metric == model_.project_money_metric && fits(c.units, q.unit)) metric = c.metric;
        money_of_projects = !metric.empty();
      }
    }
    // "giảm 50% số thuế phải nộp": a change of a share of something is no growth of the subject.
    if (fits(model_.relative_metrics, metric)) {
      bool portion = false;
      for (const auto& m : portions)
        if (m.first_token == q.end_token) portion = true;
      if (portion) continue;
    }
    if (!metric.empty() && national(q.first_token)) {
      spoke_national = true;
      continue;
    }
    // "Nhiều tỉnh như Hà Giang, Cao Bằng, Lai Châu hiện mới có 1 KCN": a figure said of a list of
    // provinces is each one's, no fact of a single province.
    // "Bắc Ninh và Bắc Giang lần lượt có 16 và 9 KCN" gives each its own.
    if (!metric.empty() && listed_places(q.first_token) &&
        !(respective && (!respective_places.empty() || !respective_zones.empty())))
      continue;

    // --- "Trong đó": is this figure part of an earlier one?
    const DraftFact* parent = nullptr;
    bool in_part_scope = false;
    for (const auto& cue : part_cues) {
      bool opens_clause = cue.first_token == sentence.first_token || is_break(tokens.tokens[cue.first_token - 1]);
      if (opens_clause && cue.end_token <= q.first_token) in_part_scope = true;
    }
    if (in_part_scope && (metric.empty() || fits(model_.additive_metrics, metric))) {
      uint32_t cue_token = 0;
      for (const auto& cue : part_cues)
        if (cue.end_token <= q.first_token) cue_token = cue.first_token;
      // "Trong đó, có 246 dự án FDI" opening a sentence details the sentences before; one inside
      // a sentence ("149 dự án ..., trong đó 94 dự án FDI với tổng vốn 2,37 tỷ USD") only what
      // that sentence said: 2,37 tỷ USD is no part of the adjusted capital of the sentence before.
      bool cue_opens_sentence = true;
      for (uint32_t i = sentence.first_token; i < cue_token; ++i)
        if (tokens.tokens[i].kind != TokenKind::punct && tokens.tokens[i].kind != TokenKind::symbol)
          cue_opens_sentence = false;
      // The nearest earlier whole (no part itself) with the same unit and metric, at most two
      // sentences back, said before the cue; a figure with no metric yet takes the whole's.
      for (size_t f = facts.size(); f-- > 0;) {
        const DraftFact& d = facts[f];
        if (d.sentence + 2 < context.sentence_index) break;
        if (!cue_opens_sentence && d.sentence != context.sentence_index) break;
        if (!d.fact.part_of.empty() || d.fact.unit != q.unit) continue;
        if (d.sentence == context.sentence_index && quantities[d.quantity - first_quantity].end_token > cue_token)
          continue;
        if ((!metric.empty() && d.fact.metric != metric) || !fits(model_.additive_metrics, d.fact.metric)) continue;
        parent = &d;
        break;
      }
    }
    if (metric.empty() && parent) metric = parent->fact.metric;
    if (metric.empty()) continue;
    // "So với cùng kỳ năm 2022, số dự án mới tăng 2 dự án": a difference is no stock or flow.
    if (q.kind == QuantityKind::amount && !fits(model_.relative_metrics, metric) && compares &&
        q.first_token > sentence.first_token && model_.difference_words.count(tokens.tokens[q.first_token - 1].key))
      continue;
    // "một doanh nghiệp Hàn Quốc trong khu": one firm is a firm spoken of, not a count; but one of
    // a whole is a part counted: "thu hút 17 dự án, trong đó 1 dự án FDI".
    if (q.kind == QuantityKind::amount && q.value == 1 && fits(model_.single_entity_units, q.unit) && !parent &&
        !counted_by_label(clause_start))
      continue;
    // "3 KCN (không phải 4 KCN như bài viết đã nêu)": the text takes the 4 back.
    bool retracted = false;
    for (const auto& m : retractions)
      if (m.end_token == q.first_token) retracted = true;
    for (const auto& m : corrections)
      if (q.end_token <= m.first_token) retracted = true;
    if (retracted) continue;
    // The schema has no subject for one project or company (a zone is a zone's name, not a
    // project's): such a figure stays a quantity and becomes no fact, rather than a province's.
    // A table's cells place a row's zone: "1 | KCN Đồng Bành | huyện Chi Lăng | 350" is the zone's.
    if (!context.table_row && about_entity(q.first_token)) continue;

    // --- the count a measure hangs on ("9 KCN ... với tổng diện tích 1.967 ha")
    const DraftFact* anchor = nullptr;
    if (metric != "count") {
      for (size_t f = facts.size(); f-- > first_fact_of_sentence;) {
        const DraftFact& d = facts[f];
        if (d.fact.metric != "count") continue;
        uint32_t anchor_end = quantities[d.quantity - first_quantity].end_token;
        if (!strong_break_between(tokens, anchor_end, q.first_token)) anchor = &d;
        break;
      }
    }

    // --- subject
    std::string subject;
    bool subject_unnamed = false;  // nothing in the text said whose: the province by default
    auto mention_in = [&](uint32_t from, uint32_t to, bool nearest_last) -> std::string {
      std::string found;
      for (const auto& m : subjects) {
        if (m.first_token < from || m.end_token > to || m.payload == FactModel::ambiguous_subject) continue;
        if (inside_ambiguous(m)) continue;
        if (found.empty() || nearest_last) found = model_.subject_names[m.payload];
      }
      return found;
    };
    if (metric == "count") {
      subject = mention_in(q.first_token, q.end_token, false);
      // "| Số KCN được thành lập | KCN | 15 |": a table's count counts what its row names.
      if (subject.empty() && context.table_row) subject = mention_in(sentence.first_token, q.first_token, true);
      // "| Bắc Ninh | 16 |" under "Số KCN": a table's count counts what its column's header names.
      if (subject.empty() && column)
        for (const auto& m : model_.subjects.find_all(Syllables::of(tokens, column->first, column->end)))
          if (m.payload != FactModel::ambiguous_subject) {
            subject = model_.subject_names[m.payload];
            break;
          }
      // "lần lượt có 5 và 7 CCN": a bare figure of the run counts what the run's last one does.
      if (subject.empty() && respective) {
        const Quantity& last = quantities[run_first + run_count - 1];
        subject = mention_in(last.first_token, last.end_token, false);
      }
      if (auto bare = model_.bare_nouns.find(q.noun); subject.empty() && bare != model_.bare_nouns.end()) {
        // "lên 17 khu" counts what the sentence, else the paragraph, speaks of, if of that kind.
        std::string spoken = mention_in(sentence.first_token, q.first_token, true);
        if (spoken.empty()) spoken = context.paragraph_subject;
        if (spoken == bare->second) subject = spoken;
      }
      if (subject.empty()) continue;  // a count of something that is no zone
      // "Diện tích ... có thể cho thuê của 3 KCN đang hoạt động là 356 ha": zones counted to say
      // whose the area is are no count the sentence states.
      if (possessive(q)) continue;
    } else if (parent) {
      // "riêng các KCN có 78 dự án": a part may name its own kind of zone.
      subject = mention_in(clause_start, q.first_token, true);
      if (subject.empty()) subject = parent->fact.subject;
    } else if (metric == "area_ha" && anchor) {
      subject = anchor->fact.subject;
    } else {
      subject = mention_in(clause_start, q.first_token, true);
      if (subject.empty()) subject = mention_in(q.end_token, clause_end, false);
      // "đạt 9.870 tỷ đồng, tăng 12% so với cùng kỳ": a change is of the figure it follows.
      if (subject.empty() && fits(model_.relative_metrics, metric) && k > 0 && facts.size() > first_fact_of_sentence &&
          facts.back().quantity == first_quantity + k - 1 &&
          !strong_break_between(tokens, quantities[k - 1].end_token, q.first_token))
        subject = facts.back().fact.subject;
      // "Trên địa bàn tỉnh có 1.250 dự án": the province's, unless a zone is named after the cue.
      if (subject.empty()) {
        for (const auto& m : scope_cues) {
          if (m.end_token > q.first_token) continue;
          // "các KCN trên địa bàn tỉnh có 92 dự án": the words place the zones, not the figure.
          bool qualifies_zone = false;
          for (const auto& z : subjects)
            if (z.end_token == m.first_token && z.payload != FactModel::ambiguous_subject) qualifies_zone = true;
          if (qualifies_zone) continue;
          bool zone_after = false;
          for (const auto& z : subjects)
            if (z.first_token >= m.end_token && z.end_token <= q.first_token) zone_after = true;
          if (!zone_after) subject = "province";
        }
      }
      bool zone_metric = fits(model_.zone_metrics, metric);
      // Earlier in the sentence speaks for every metric, area included ("KCN Đồng Văn III (Hà
      // Nam) có tổng diện tích 334 ha"; "giá trị sản xuất của doanh nghiệp trong các KCN đạt ...;
      // kim ngạch xuất khẩu đạt 215 triệu USD"); the paragraph only for zone metrics other than
      // area: an area with no zone named in its sentence is often land for all industry.
      // "Các KCN, CCN đang sử dụng 500 nghìn lao động": both kinds, named nearer than any one kind,
      // make it a figure of all the province's zones, not of the paragraph's kind.
      uint32_t both_end = 0, one_end = 0;
      for (const auto& m : subjects) {
        if (m.end_token > q.first_token) continue;
        if (m.payload == FactModel::ambiguous_subject)
          both_end = std::max(both_end, m.end_token);
        else if (!inside_ambiguous(m))
          one_end = std::max(one_end, m.end_token);
      }
      if (subject.empty() && both_end > one_end) subject = "province";
      // "Thu hút thêm 25 dự án vào các KCN, CCN": both kinds named right after the figure too.
      if (subject.empty())
        for (const auto& m : subjects)
          if (m.payload == FactModel::ambiguous_subject && m.first_token >= q.end_token && m.first_token < clause_end)
            subject = "province";
      if (subject.empty()) subject = mention_in(sentence.first_token, q.first_token, true);
      if (subject.empty() && zone_metric && metric != "area_ha") {
        for (const auto& m : cues(model_.zone_board_phrases))
          if (m.end_token <= q.first_token && m.payload != FactModel::no_subject)
            subject = model_.subject_names[m.payload];
      }
      if (subject.empty() && zone_metric && metric != "area_ha") subject = context.paragraph_subject;
      if (subject.empty() && !zone_metric) {
        for (const auto& m : zone_agents)
          if (m.end_token <= q.first_token) {
            subject = context.paragraph_subject.empty() ? context.article_subject : context.paragraph_subject;
            break;
          }
      }
      // "doanh thu của các doanh nghiệp KCN ... giảm 3,2%. Giá trị xuất khẩu quý III đạt 118 triệu
      // USD": a flow with no owner named goes on with the zones the paragraph gave its last flow to,
      // or the list under a lead or heading its last figure. After a stock of zones ("6 KCN ...
      // có thể cho thuê là 1.973 ha. Kim ngạch xuất khẩu 6 tháng qua ...") it is the province's.
      if (subject.empty() && !zone_metric && !facts.empty()) {
        const DraftFact& last = facts.back();
        if (last.sentence >= context.topic_start && last.sentence < context.sentence_index &&
            last.fact.subject != "province" && (in_list || !fits(model_.zone_metrics, last.fact.metric)))
          subject = last.fact.subject;
      }
      if (subject.empty() && zone_metric && metric != "area_ha") subject = context.article_subject;
      if (subject.empty()) {
        subject = "province";
        subject_unnamed = true;
      }
    }

    if (respective && !respective_subjects.empty()) {
      subject = respective_subjects[*respective];
      subject_unnamed = false;
    }
    // A table row naming no zone ("| Tổng cộng | | 1.420 |") is of the zones its title or header names.
    if (context.table_row && (subject_unnamed || subject.empty()) && metric != "count") {
      for (const auto& m :
           model_.subjects.find_all(Syllables::of(tokens, context.table_title_first, context.table_columns.back().end)))
        if (m.payload != FactModel::ambiguous_subject) {
          subject = model_.subject_names[m.payload];
          subject_unnamed = false;
          break;
        }
    }

    // "cùng Khu kinh tế Định An có diện tích 39.020 ha": an economic zone named nearer than any
    // zone or count measures itself. It is neither KCN nor CCN: its area is the province's, with
    // no stage (its founding date is no stage of industrial zones).
    bool economic_zone = false;
    if (metric == "area_ha" && !parent) {
      uint32_t economic_end = 0;
      uint32_t zone_end = anchor ? quantities[anchor->quantity - first_quantity].end_token : 0;
      for (const auto& m : economic_zones)
        if (m.end_token <= q.first_token &&
            !in_closed_aside(tokens, sentence.first_token, m.first_token, q.first_token))
          economic_end = std::max(economic_end, m.end_token);
      for (const auto& m : subjects)
        if (m.end_token <= q.first_token) zone_end = std::max(zone_end, m.end_token);
      if (economic_end > zone_end) {
        economic_zone = true;
        subject = "province";
        anchor = nullptr;
      }
    }

    // --- status
    std::string status;
    auto best_status = [&](uint32_t from, uint32_t to, bool after_figure, int min_priority) -> const PhraseMatch* {
      const PhraseMatch* best = nullptr;
      for (const auto& m : status_cues) {
        if (m.first_token < from || m.end_token > to) continue;
        const auto& cue = model_.status_cues[m.payload];
        if (!fits(cue.metrics, metric) || cue.priority < min_priority) continue;
        int p = cue.priority;
        int bp = best ? model_.status_cues[best->payload].priority : -1;
        bool nearer = best && (after_figure ? m.first_token < best->first_token : m.end_token > best->end_token);
        if (!best || p > bp || (p == bp && nearer) ||
            (p == bp && m.first_token == best->first_token && m.length > best->length))
          best = &m;
      }
      return best;
    };
    const PhraseMatch* cue = nullptr;
    if (metric == "area_ha" && anchor) {
      cue = best_status(prev_end, q.first_token, false, 5);
      if (!cue) {
        status = anchor->fact.status;
      }
    } else {
      // What follows the figure describes it up to a coordinator: "thành lập mới 29 CCN và mở
      // rộng 3 CCN" — "mở rộng" belongs to the 3.
      uint32_t post_end = q.end_token;
      // ... but "và" between two stage words joins two stages of the same zones: "4 KCN đã được
      // thành lập và đi vào hoạt động" are operational. Not when a figure follows in the clause:
      // then "và" joins figures ("thành lập mới 29 CCN và mở rộng 3 CCN").
      // Stages are a zone's: flows joined by "và" are two flows ("cấp mới cho 21 dự án với tổng
      // vốn 420 triệu USD và điều chỉnh tăng vốn cho 9 dự án").
      const bool figure_follows = k + 1 < quantities.size() && quantities[k + 1].first_token < clause_end;
      const bool stages_join = fits(model_.status_metrics, metric) && !figure_follows;
      auto stage_starts = [&](uint32_t token) {
        for (const auto& m : status_cues)
          if (m.first_token == token && fits(model_.status_cues[m.payload].metrics, metric)) return true;
        return false;
      };
      // Nor between two names: "2 KCN còn lại là Nhuận Trạch và Mông Hóa đang trong quá trình đầu
      // tư xây dựng hạ tầng" lists the two, and the stage after the list is theirs.
      auto joins_names = [&](uint32_t i) {
        return i > q.end_token && i + 1 < next_start && tokens.tokens[i - 1].capitalized &&
               tokens.tokens[i + 1].capitalized;
      };
      while (post_end < next_start) {
        const std::string& key = tokens.tokens[post_end].key;
        if (model_.coordinators.count(key) && !(key == "và" && stages_join && stage_starts(post_end + 1)) &&
            !(key == "và" && joins_names(post_end)))
          break;
        ++post_end;
      }
      // The cue after the figure wins ties ("9 KCN được thành lập" over "Hiện tỉnh có"); a
      // stronger one before it wins outright ("có thêm 3 KCN được thành lập": 3 more, not 3 in all).
      const PhraseMatch* post = best_status(q.end_token, post_end, true, 0);
      const PhraseMatch* pre = best_status(prev_end, q.first_token, false, 0);
      // A label before a colon describes the first figure after it: "Thu hút năm 2024: 14 dự án".
      if (!pre && clause_start > sentence.first_token && tokens.text(tokens.tokens[clause_start - 1], text) == ":" &&
          prev_end == clause_start) {
        const uint32_t label_start = clauses.clause_start(clause_start - 1);
        if (k == 0 || quantities[k - 1].end_token <= label_start)
          pre = best_status(label_start, clause_start - 1, false, 0);
      }
      // "KCN Hòa Cầm giai đoạn 2 (121 ha): đang xây dựng hạ tầng": a figure alone in brackets after
      // a name takes the stage said after the brackets.
      if (!pre && !post && q.first_token == clause_start && clause_start > sentence.first_token &&
          tokens.tokens[clause_start - 1].key == "(" && q.end_token + 1 < sentence.end_token &&
          tokens.tokens[q.end_token].key == ")") {
        uint32_t after = q.end_token + 1;
        while (after < sentence.end_token && (tokens.tokens[after].key == ":" || tokens.tokens[after].key == "-"))
          ++after;
        const bool figure_between =
            k + 1 < quantities.size() && quantities[k + 1].first_token < clauses.clause_end(after);
        if (after < sentence.end_token && !figure_between)
          post = best_status(after, clauses.clause_end(after), true, 0);
      }
      // "... được chấp thuận chủ trương đầu tư ngày 12/10/2023, với quy mô 345,6 ha": a clause
      // opening with an attachment word describes what the clause before it spoke of.
      if (!pre && !post && clause_start > sentence.first_token &&
          model_.attachment_words.count(tokens.tokens[clause_start].key) && prev_end == clause_start) {
        const uint32_t before_start = clauses.clause_start(clause_start - 1);
        if (k == 0 || quantities[k - 1].end_token <= before_start)
          pre = best_status(before_start, clause_start, false, 0);
      }
      auto priority = [&](const PhraseMatch* m) { return m ? model_.status_cues[m->payload].priority : -1; };
      if (intro_clause && q.first_token >= clauses.clause_end(*intro_clause) &&
          (k == 0 || quantities[k - 1].end_token <= clauses.clause_end(*intro_clause))) {
        const PhraseMatch* intro = best_status(*intro_clause, clauses.clause_end(*intro_clause), false, 0);
        if (intro && fits(model_.plan_statuses, model_.status_cues[intro->payload].status) &&
            priority(intro) > priority(pre))
          pre = intro;
      }
      // "14 KCN đã đi vào hoạt động trên tổng số 17 KCN được thành lập": a cue after the figure
      // before, which that figure took, is its own; it outweighs no cue of this figure's.
      const bool pre_is_previous = pre && post && k > 0 && facts.size() > first_fact_of_sentence &&
                                   facts.back().quantity == first_quantity + k - 1 &&
                                   pre->first_token >= quantities[k - 1].end_token &&
                                   facts.back().fact.status == model_.status_cues[pre->payload].status;
      cue = priority(pre) > priority(post) && !pre_is_previous ? pre : post;
    }
    if (cue) {
      const auto& c = model_.status_cues[cue->payload];
      status = c.status;
      // ... and so does an aim: "phấn đấu có thêm 2 CCN đi vào hoạt động" plans 2 more.
      const bool aimed_at = std::any_of(target_cues.begin(), target_cues.end(),
                                        [&](const PhraseMatch& m) { return m.end_token <= q.first_token; });
      if ((has_target || future_period || aimed_at) && !c.with_target.empty()) {
        status = c.with_target;
      } else if (!c.with_done.empty() && !has_target && !future_period && !aimed_at &&
                 cues(model_.plan_word_phrases).empty()) {
        // "Trong năm 2024, tỉnh thành lập mới 2 CCN", "Tỉnh thành lập mới 2 CCN ..., nâng tổng số
        // CCN được thành lập lên 7 cụm": set up already, an increment; "Tỉnh định hướng thành lập
        // mới 23 KCN" stays a plan.
        bool done = !cues(model_.done_phrases).empty();
        const std::string_view year = std::string_view(context.article_date).substr(0, 4);
        for (const auto& t : times)
          if ((t.kind == TimeKind::point || t.kind == TimeKind::period) && t.as_of.size() >= 4 && t.as_of[0] != '-' &&
              year.size() == 4 && std::string_view(t.as_of).substr(0, 4) <= year)
            done = true;
        if (done) status = c.with_done;
      }
    } else if (status.empty() && !economic_zone) {
      // Coordinated figures share a status: "quy hoạch mới 23 KCN ... và 57 CCN"; so do the
      // figures of an aside: "quy hoạch 10 nghìn ha (với 29 KCN ..., 63 CCN ...)".
      const DraftFact* same_metric = nullptr;
      const DraftFact* any_status = nullptr;
      for (size_t f = facts.size(); f-- > first_fact_of_sentence;) {
        const DraftFact& d = facts[f];
        if (strong_break_between(tokens, quantities[d.quantity - first_quantity].end_token, q.first_token)) break;
        if (!same_metric && d.fact.metric == metric) same_metric = &d;
        if (!any_status && !d.fact.status.empty() && fits(model_.status_metrics, d.fact.metric)) any_status = &d;
      }
      if (same_metric) status = same_metric->fact.status;
      if (status.empty() && any_status && fits(model_.status_metrics, metric)) status = any_status->fact.status;
    }

    // A part is of its whole's flow: "thu hút mới 5 dự án, trong đó ...; điều chỉnh tăng vốn cho
    // 7 dự án" names another flow, so the 7 is no part of the 5.
    if (parent && cue && !fits(model_.status_metrics, metric) && !parent->fact.status.empty() &&
        model_.status_cues[cue->payload].status != parent->fact.status)
      parent = nullptr;

    // Projects and money take no stage, but a flow: the part of a flow is of that flow ("thu hút
    // 478 dự án, gồm 245 dự án FDI"), and so is the capital of the projects just counted ("28 dự
    // án FDI mới với tổng vốn đăng ký 1,2 tỷ USD").
    const DraftFact* described = parent;  // the figure this one details: its time and flow carry over
    if (!fits(model_.status_metrics, metric)) {
      if (!parent && metric != "projects" && k > 0 && facts.size() > first_fact_of_sentence) {
        // Across a clause, only when every project figure before it in the sentence is of that
        // flow: "thu hút 43 dự án ..., điều chỉnh tăng vốn cho 13 dự án, tổng vốn đăng ký đạt
        // 1,48 tỷ USD" sums new and adjusted capital, and is neither.
        const DraftFact& prev = facts.back();
        bool same_clause = clauses.clause(quantities[k - 1].first_token) == clauses.clause(q.first_token);
        // A semicolon closes a part of its own: "cấp mới 2 dự án ...; điều chỉnh tăng vốn cho 3 dự
        // án, số vốn tăng thêm 6,8 triệu USD" is the adjusted projects' money.
        bool one_flow = true;
        for (size_t f = first_fact_of_sentence; f < facts.size(); ++f)
          if (facts[f].fact.metric == "projects" && facts[f].fact.status != prev.fact.status &&
              !strong_break_between(tokens, quantities[facts[f].quantity - first_quantity].end_token, q.first_token))
            one_flow = false;
        if (prev.fact.metric == "projects" && prev.quantity == first_quantity + k - 1 &&
            (same_clause || one_flow || money_of_projects))
          described = &prev;
      }
      // "- Dự án còn hiệu lực: 46 dự án" then "- Tổng vốn đăng ký: 5.870 tỷ đồng": a bullet of money
      // right under a bullet counting projects is those projects' capital.
      if (!described && in_list && k == 0 && metric == model_.project_money_metric && !facts.empty() &&
          facts.back().sentence + 1 == context.sentence_index && facts.back().fact.metric == "projects")
        described = &facts.back();
      // Only a flow the figure can have: projects attracted give their capital, not their jobs.
      if (status.empty() && !cue && described && model_.status_fits(described->fact.status, metric))
        status = described->fact.status;
    }
    // Occupancy and letting are always some zones': of those the paragraph or article spoke of.
    if (subject == "province" && !parent &&
        (fits(model_.zone_only_metrics, metric) || fits(model_.zone_only_statuses, status))) {
      if (!context.paragraph_subject.empty())
        subject = context.paragraph_subject;
      else if (!context.article_subject.empty())
        subject = context.article_subject;
    }

    // A stage only zones go through, given by a cue, makes an unnamed area the paragraph's zones'.
    if (subject_unnamed && metric == "area_ha" && cue && !economic_zone && !context.paragraph_subject.empty() &&
        fits(model_.zone_stage_statuses, status))
      subject = context.paragraph_subject;

    if (economic_zone) status.clear();

    // Zones counted or measured with no stage word exist: "Kiên Giang: 6 KCN, 1.870 ha".
    bool defaulted = false;
    // A table row with no stage word of its own takes its title's: "DANH MỤC KCN, CCN DỰ KIẾN
    // THÀNH LẬP MỚI GIAI ĐOẠN 2023-2025" plans each row's zone, "... ĐÃ THÀNH LẬP" founds it.
    if (context.table_row && !cue && !economic_zone && context.table_title_first < context.table_title_end) {
      const FactModel::StatusCue* best = nullptr;
      for (const auto& m :
           model_.status_phrases.find_all(Syllables::of(tokens, context.table_title_first, context.table_title_end))) {
        const auto& c = model_.status_cues[m.payload];
        if (fits(c.metrics, metric) && c.priority >= 3 && (!best || c.priority > best->priority)) best = &c;
      }
      if (best) status = !context.table_target.empty() && !best->with_target.empty() ? best->with_target : best->status;
    }

    // A stage word after it that no figure took may be its own, across a clause: "Còn lại 1 KCN
    // Việt Hàn, Thủ tướng Chính phủ đã phê duyệt chủ trương đầu tư" is no established zone. Bare
    // verbs ("có", "là": priority below 3) name no stage: "323 ha, chưa có dự án thứ cấp".
    const uint32_t next_figure = k + 1 < quantities.size() ? quantities[k + 1].first_token : sentence.end_token;
    bool stage_after = false;
    for (const auto& m : status_cues) {
      const auto& c = model_.status_cues[m.payload];
      if (m.first_token >= q.end_token && m.end_token <= next_figure && fits(c.metrics, metric) && c.priority >= 3)
        stage_after = true;
    }
    // Not for a count that is a part ("Trong đó 5 KCN ở dọc theo Quốc lộ 1A"): a subset is no
    // stock a rule may hold other stages against (the area of a zone in it is still its area).
    // Nor for one zone ("vào cùng một CCN"): one zone with no stage word is a zone spoken of,
    // not a stock counted.
    const bool single = metric == "count" && q.value <= 1;
    const bool counted_part = metric == "count" && parent;
    if (status.empty() && !cue && !stage_after && !counted_part && !single && subject != "province") {
      if (auto d = model_.default_statuses.find(metric); d != model_.default_statuses.end()) {
        status = has_target || future_period ? model_.future_default_status : d->second;
        defaulted = true;
      }
    }

    // "con số tương ứng của Hậu Giang là 98 dự án và 3,4 tỷ USD": the stage of the figure of its
    // unit and metric in the same place before the cue.
    if (status.empty() && !cue)
      for (const auto& c : cues(model_.correspondence_phrases)) {
        if (q.first_token < c.end_token) continue;
        size_t nth = 0;
        for (size_t j = 0; j < k; ++j) nth += quantities[j].first_token >= c.end_token && quantities[j].unit == q.unit;
        size_t seen = 0;
        for (size_t f = first_fact_of_sentence; f < facts.size(); ++f) {
          const DraftFact& d = facts[f];
          if (quantities[d.quantity - first_quantity].end_token > c.first_token) break;
          if (d.fact.unit != q.unit || d.fact.metric != metric || !d.fact.part_of.empty()) continue;
          if (seen++ == nth) {
            status = d.fact.status;
            defaulted = false;
            break;
          }
        }
        break;
      }
    if (respective && !respective_stages.empty()) {
      const auto& c = model_.status_cues[respective_stages[*respective]->payload];
      if (fits(c.metrics, metric)) {
        status = has_target && !c.with_target.empty() ? c.with_target : c.status;
        defaulted = false;
      }
    }

    // --- time
    const bool plan = fits(model_.plan_statuses, status);
    const TimeExpr* when = nullptr;
    bool item_dated = false;
    // "được chấp thuận chủ trương đầu tư năm 2021 với diện tích 300 ha, tổng vốn đầu tư hạ tầng
    // khoảng 1.480 tỷ đồng": money with no flow of its own, right after the act's clause, is the
    // act's and takes its date.
    const bool act_money = metric == model_.project_money_metric && status.empty() && !cue;
    auto pick = [&](auto accept) -> const TimeExpr* {
      const TimeExpr* best = nullptr;
      int best_rank = 1 << 30;
      for (const auto& t : times) {
        if (t.first_token >= q.first_token && t.first_token < q.end_token) continue;
        if (!accept(t)) continue;
        // Same clause first, then before the figure, then after it; nearest within each.
        bool same = clauses.clause(t.first_token) == clauses.clause(q.first_token);
        if (!same && clause_bound(t) &&
            !(act_money && t.role == TimeRole::event &&
              clauses.clause(t.first_token) + 1 == clauses.clause(q.first_token)))
          continue;
        bool before = t.end_token <= q.first_token;
        int distance =
            before ? static_cast<int>(q.first_token - t.end_token) : static_cast<int>(t.first_token - q.end_token);
        int rank = (same ? 0 : before ? 1 : 2) * 100000 + distance;
        if (is_vision(t)) rank += 300000;  // the plan's own period or target first
        if (rank < best_rank) {
          best_rank = rank;
          best = &t;
        }
      }
      return best;
    };
    if (plan) {
      when = pick([](const TimeExpr& t) { return t.kind == TimeKind::target || t.kind == TimeKind::period; });
      // "thành lập mới 5 KCN trong năm 2024": with no target or period, a year is the plan's year,
      // and so is a quarter or a half ("Về nhiệm vụ quý IV/2023, ... phấn đấu thu hút thêm 3 dự
      // án"); a day is when the plan was made, not when it is for.
      if (!when)
        when = pick([](const TimeExpr& t) {
          return t.kind == TimeKind::point && (t.as_of.size() == 4 || t.as_of.find('Q') != std::string::npos ||
                                               t.as_of.find('H') != std::string::npos);
        });
      // A removal is done when it is decided: "Cũng trong tháng 9/2022, UBND tỉnh phê duyệt ..., đưa
      // ra khỏi quy hoạch 4 CCN" removed them in 2022-09.
      if (!when && fits(model_.decided_statuses, status))
        when = pick([](const TimeExpr& t) { return t.kind == TimeKind::point && t.as_of[0] != '-'; });
      // ... and so is one in a dated item: "Thứ Sáu (14/6): ... đưa 3 CCN ra khỏi quy hoạch".
      if (!when && fits(model_.decided_statuses, status) && !context.item_time.empty()) item_dated = true;
    } else if (governing_target) {
      // "Đến năm 2030, tỉnh sẽ có 25 KCN đi vào hoạt động": operational, but in 2030, not today.
      when = governing_target;
    } else {
      when = pick([&](const TimeExpr& t) {
        if (t.kind == TimeKind::target) return false;
        // "phê duyệt quy hoạch 14 KCN ... giai đoạn 2022-2025": a future horizon dates no actual;
        // with no article date nobody can tell, so a period dates an actual only when known past.
        if (t.kind == TimeKind::period && (context.article_date.empty() || after(t.as_of, context.article_date)))
          return false;
        return true;
      });
    }
    // "Đến năm 2025, giá trị sản xuất công nghiệp đạt 652.153 tỷ đồng": a figure of no status
    // with a target year in its clause is that year's target.
    // So is one a target before it governs: "Đến năm 2030, tỉnh dự kiến thành lập mới 3 KCN, các
    // KCN và CCN sẽ tạo việc làm cho 25.000 lao động".
    if (!plan && status.empty() && !fits(model_.status_metrics, metric)) {
      const TimeExpr* target = governing_target ? governing_target : pick([&](const TimeExpr& t) {
        return t.kind == TimeKind::target && clauses.clause(t.first_token) == clauses.clause(q.first_token);
      });
      if (target) {
        status = "planned_target";
        when = target;
      }
    }
    // "Chúng tôi phấn đấu đến năm 2025 thu hút thêm 20 dự án": a flow aimed at is a target.
    if (!fits(model_.status_metrics, metric) && fits(model_.target_flow_statuses, status)) {
      // So is one dated by a target year: "Mục tiêu đến năm 2025: - Thu hút thêm 25 dự án".
      bool aimed = when && when->kind == TimeKind::target && when->as_of.size() == 4 && !status.empty();
      for (const auto& m : target_cues)
        if (m.end_token <= q.first_token) aimed = true;
      if (aimed) {
        status = model_.target_status;
        // A target is for its horizon, not for the day it was set: "đặt mục tiêu ... giai đoạn
        // 2021-2030 bình quân đạt 19%/năm".
        if (!when || when->kind == TimeKind::now)
          if (const TimeExpr* t =
                  pick([](const TimeExpr& t) { return t.kind == TimeKind::target || t.kind == TimeKind::period; }))
            when = t;
      }
    }
    // "Mục tiêu năm 2030: 12 KCN": zones dated after the article are a target, not a stock.
    if (defaulted && !plan && when && when->kind != TimeKind::now && after(when->as_of, context.article_date))
      status = model_.future_default_status;
    Fact fact;
    if (when && when->kind != TimeKind::now) {
      fact.as_of = when->as_of;
      fact.period_from = when->from;
      fact.time_source = TimeSource::text;
    } else if (described && described->fact.time_source == TimeSource::text && !plan &&
               !(cue && !defaulted && fits(model_.plan_statuses, described->fact.status))) {
      // "Lũy kế đến hết tháng 10/2019, ... 338 dự án. Trong đó, có 246 dự án FDI": a part with
      // no time of its own is counted when its whole was, and so is the capital of those projects.
      // A plan's horizon dates no part with a stage word of its own: "Theo quy hoạch thời kỳ
      // 2021-2030, tỉnh có 9 KCN, trong đó 4 KCN đã được thành lập" are established today.
      fact.as_of = described->fact.as_of;
      fact.period_from = described->fact.period_from;
      fact.time_source = described->fact.time_source;
    } else if (item_dated || (!plan && !context.item_time.empty())) {
      // "Thứ Ba (11/6): ... Bình Dương có 29 KCN": an item's figure with no time of its own was said
      // on the item's day.
      fact.as_of = context.item_time;
      fact.time_source = TimeSource::text;
    } else if (in_list && !plan && !context.list_time.empty()) {
      // "tính đến ngày 25/12/2022 như sau:" dates every bullet under it that has no time of its own.
      fact.as_of = context.list_time;
      fact.period_from = context.list_time_from;
      fact.time_source = TimeSource::text;
    } else if (!when && !plan && !context.last_quarter.empty() &&
               std::any_of(this_quarter_cues.begin(), this_quarter_cues.end(),
                           [&](const PhraseMatch& m) { return m.end_token <= q.first_token; })) {
      // "Trong quý, ... cấp mới 2 dự án": the quarter just named. These two point back only from a
      // figure with no time at all: "6 tháng qua" is a time of its own (now).
      fact.as_of = context.last_quarter;
      fact.time_source = TimeSource::text;
    } else if (!when && !plan && same_period && !context.paragraph_time.empty() && context.paragraph_time.size() != 4) {
      // "cùng kỳ" compares part of a year: a bare year ("GRDP năm 2021") is no such period.
      fact.as_of = context.paragraph_time;  // "So với cùng kỳ năm 2022, vốn đăng ký tăng 27%"
      fact.period_from = context.paragraph_time_from;
      fact.time_source = TimeSource::text;
    } else if (!when && !plan && !context.heading_year.empty() &&
               (fits(model_.flow_statuses, status) || fits(model_.flow_metrics, metric))) {
      fact.as_of = context.heading_year;  // "I. KẾT QUẢ NỔI BẬT NĂM 2023" then "- Cấp mới 42 dự án"
      fact.time_source = TimeSource::text;
    } else if (!plan && !context.article_date.empty()) {
      fact.as_of = context.article_date;
      fact.time_source = context.date_source;
    }

    // A table row with no time of its own: its title's horizon for a plan, its title's date else.
    if (context.table_row && !when) {
      const std::string& year = column && !column->year_value.empty() ? column->year_value : context.row_year;
      if (!year.empty()) {
        // "| Năm | Số dự án |" then "| 2022 | 15 |": the row's year; "| Chỉ tiêu | 2022 | 2023 |"
        // then "| Số dự án (dự án) | 15 | 20 |": the column's.
        fact.as_of = year;
        fact.period_from.clear();
        fact.time_source = TimeSource::text;
        if (context.article_date.empty() || year > context.article_date.substr(0, 4)) {
          // "| Số KCN được thành lập | KCN | 16 | 20 |" with 2025 after the article: planned.
          if (defaulted || fits(model_.zone_stage_statuses, status))
            status = model_.future_default_status;
          else if (status.empty() || fits(model_.flow_statuses, status))
            status = model_.target_status;
        }
      } else if (plan && !context.table_target.empty()) {
        fact.as_of = context.table_target;
        fact.period_from.clear();
        fact.time_source = TimeSource::text;
      } else if (!plan && !context.table_time.empty()) {
        fact.as_of = context.table_time;
        fact.period_from = context.table_time_from;
        fact.time_source = TimeSource::text;
      }
    }
    if (respective && !respective_times.empty()) {
      const TimeExpr& t = *respective_times[*respective];
      fact.as_of = t.as_of;
      fact.period_from = t.from;
      fact.time_source = TimeSource::text;
    }

    // --- place
    std::string place;
    for (const auto& [token, name] : place_mentions)
      if (token < q.first_token) place = name;
    // "cao hơn mức tăng 6,8% của Cần Thơ": a place said to own the figure right after it.
    for (const auto& [token, name] : place_mentions)
      if (token == q.end_token + 1 && model_.possessive_words.count(tokens.tokens[q.end_token].key)) place = name;
    if (place.empty()) place = context.paragraph_place;
    if (place.empty()) place = context.main_place;
    if (respective && !respective_places.empty()) place = respective_places[*respective];

    // --- zone: "1 KCN Việt Hàn", "KCN Quang Châu có diện tích 426 ha"
    std::string zone;
    if (metric == "count" && q.value == 1 && q.kind == QuantityKind::amount) {
      zone = name_after(q.end_token, clause_end);
    }
    // "Trong Khu kinh tế Vân Phong có 2 KCN": zones counted inside an economic zone are a subset
    // located there, not the province's stock, so a rule compares them only with like figures.
    if (metric == "count" && zone.empty()) {
      for (const auto& m : economic_zones) {
        if (m.end_token > q.first_token || m.first_token < clause_start || m.first_token == 0) continue;
        if (!model_.location_words.count(tokens.tokens[m.first_token - 1].key)) continue;
        std::string name = name_after(m.end_token, q.first_token);
        zone = text.text.substr(tokens.tokens[m.first_token].start,
                                tokens.tokens[m.end_token - 1].end - tokens.tokens[m.first_token].start) +
               (name.empty() ? "" : " " + name);
      }
    } else if (metric != "count" && !anchor && !parent) {
      // The zone named last before the figure in its sentence: "KCN Quế Võ có tổng diện tích
      // 611 ha, tỷ lệ lấp đầy đạt 95%" speaks of Quế Võ twice.
      const PhraseMatch* last = nullptr;
      for (const auto& m : subjects)
        if (m.end_token <= q.first_token && m.payload != FactModel::ambiguous_subject) last = &m;
      if (last) zone = name_after(last->end_token, q.first_token);
    }

    if (respective && !respective_zones.empty()) zone = respective_zones[*respective];
    // "các KCN Bắc Ninh và Bắc Giang lần lượt ...": the provinces' zones, no zone named "Bắc Ninh".
    if (respective && respective_zones.empty())
      for (const auto& name : respective_places)
        if (zone.compare(0, name.size(), name) == 0) zone.clear();

    // --- qualifier: "43 dự án FDI", "99 dự án FDI với vốn đăng ký hơn 346 triệu USD"
    std::string qualifier;
    for (const auto& m : qualifiers)
      if (m.first_token >= q.first_token && m.end_token <= next_start) {
        qualifier = model_.qualifier_values[m.payload];
        break;
      }
    // "99 dự án FDI với vốn đăng ký hơn 346 triệu USD": the capital of those projects. Across a
    // clause only when those were the sentence's only projects ("149 dự án DDI, tổng vốn ...").
    if (qualifier.empty() && metric != "projects" && k > 0 && facts.size() > first_fact_of_sentence) {
      const DraftFact& prev = facts.back();
      bool same_clause = clauses.clause(quantities[k - 1].first_token) == clauses.clause(q.first_token);
      if (prev.fact.metric == "projects" && prev.quantity == first_quantity + k - 1 &&
          (same_clause || projects_seen == 1))
        qualifier = prev.fact.qualifier;
    }
    if (metric == "projects") ++projects_seen;

    fact.article = "";
    fact.place = place;
    fact.subject = subject;
    fact.zone = zone;
    fact.metric = metric;
    fact.status = status;
    fact.qualifier = qualifier;
    fact.value = negate ? -q.value : q.value;
    fact.unit = q.unit;
    fact.approx = q.approx;
    fact.low = negate ? -q.high : q.low;
    fact.high = negate ? -q.low : q.high;
    fact.whole = q.kind == QuantityKind::ratio ? q.whole : 0;
    fact.malformed = q.malformed;
    fact.problem = q.problem;

    if (parent) {
      fact.part_of = "#" + std::to_string(parent - facts.data());  // an index until extract names it
    } else if (whole_fact && k != *whole_quantity) {
      const DraftFact& whole = facts[*whole_fact];
      if (whole.fact.metric == metric && whole.fact.subject == subject)
        fact.part_of = "#" + std::to_string(*whole_fact);
    }
    DraftFact draft;
    draft.fact = std::move(fact);
    draft.span = q.span;
    draft.sentence = context.sentence_index;
    draft.quantity = first_quantity + static_cast<uint32_t>(k);
    if (whole_quantity && k == *whole_quantity) whole_fact = facts.size();
    facts.push_back(std::move(draft));
  }

  // --- enumerations: "6 KCN ... bao gồm: KCN Đình Trám, KCN Song Khê - Nội Hoàng, ..."
  for (const auto& cue : cues(model_.list_phrases)) {
    DraftFact* owner = nullptr;
    for (size_t f = facts.size(); f-- > first_fact_of_sentence;) {
      if (facts[f].fact.metric != "count") continue;
      if (quantities[facts[f].quantity - first_quantity].end_token <= cue.first_token) {
        owner = &facts[f];
        break;
      }
    }
    if (!owner || !owner->listed.empty()) continue;
    uint32_t i = cue.end_token;
    if (i < sentence.end_token && tokens.tokens[i].key == ":") ++i;
    std::vector<Span> items;
    bool is_list = true;
    uint32_t item_first = i;
    auto close_item = [&](uint32_t end) {
      uint32_t a = item_first;
      // The item's own subject word is no part of the name: "KCN Đình Trám" -> "Đình Trám".
      for (const auto& m : subjects)
        if (m.first_token == a && m.end_token <= end) a = m.end_token;
      if (a < end) items.push_back({tokens.tokens[a].start, tokens.tokens[end - 1].end});
    };
    for (; i < sentence.end_token; ++i) {
      const Token& t = tokens.tokens[i];
      if (t.kind == TokenKind::number || t.kind == TokenKind::percent) is_list = false;
      if (t.key == "." || t.key == ";" || t.key == "|" || t.key == "(" || t.key == ")") break;
      bool stop_word = false;
      for (const auto& s : model_.list_stops.find_all(Syllables::of(tokens, i, i + 1))) stop_word = s.length > 0;
      if (t.key == "," || stop_word) {
        close_item(i);
        item_first = i + 1;
      }
    }
    close_item(i);
    if (is_list && items.size() >= 2) owner->listed = std::move(items);
  }

  // What the paragraph speaks of, for the sentences that follow.
  if (figures) context.paragraph_national = spoke_national;
  if (!last_subject.empty()) context.paragraph_subject = context.article_subject = last_subject;
  if (!place_mentions.empty()) context.paragraph_place = place_mentions.back().second;
  if (!place_mentions.empty()) {
    context.recent_places.clear();
    for (const auto& [token, name] : place_mentions)
      if (std::find(context.recent_places.begin(), context.recent_places.end(), name) == context.recent_places.end())
        context.recent_places.push_back(name);
  }
  // The time the paragraph has spoken in so far: a lead with no time of its own continues it
  // ("Tính đến ngày 31/8/2024, Quảng Bình có 6 KCN ... Thông tin từng KCN như sau:").
  const TimeExpr* said = nullptr;
  const TimeExpr* aimed_at = nullptr;  // a lead's target year
  for (const auto& t : sentence_times) {
    // A plan's period that ends after the article ("giai đoạn 2024 - 2025") is a horizon, no time
    // the paragraph speaks in.
    const bool horizon = t.kind == TimeKind::period && after(t.as_of, context.article_date);
    if ((t.kind == TimeKind::point || t.kind == TimeKind::period) && !clause_bound(t) && !horizon) said = &t;
    if (t.kind == TimeKind::target && !clause_bound(t)) aimed_at = &t;
  }
  if (sentence.end_token > sentence.first_token && tokens.text(tokens.tokens[sentence.end_token - 1], text) == ":") {
    context.list_open = true;
    context.list_under_heading = false;
    context.list_subject = context.paragraph_subject;
    context.list_place = context.paragraph_place;
    context.list_time = said ? said->as_of : context.paragraph_time;
    context.list_time_from = said ? said->from : context.paragraph_time_from;
    context.list_target = aimed_at ? aimed_at->as_of : std::string();
  } else if (is_heading(tokens, text, sentence, figures)) {
    // Only a horizon year makes a plan's section ("Nhiệm vụ quý IV" is a to-do list, not a plan).
    const bool horizon = aimed_at && !said && aimed_at->as_of.size() == 4;
    // A past year dates its section's flows; another time, or a heading in capitals, ends that.
    bool capitals = true;
    for (uint32_t i = sentence.first_token; i < sentence.end_token && capitals; ++i)
      for (char ch : tokens.text(tokens.tokens[i], text))
        if (ch >= 'a' && ch <= 'z') capitals = false;
    // A section's heading, numbered ("I. KẾT QUẢ NỔI BẬT NĂM 2023") or in capitals below the
    // headline; the headline ("Bến Tre: Năm 2024 các khu công nghiệp tăng trưởng khá") is none.
    const bool numbered = sentence.first_token >= 2 && !opening.line_before &&
                          tokens.tokens[sentence.first_token - 1].key == "." &&
                          (sentence.first_token == 2 || tokens.tokens[sentence.first_token - 2].line_before);
    const bool section = numbered || (capitals && context.sentence_index > 0);
    if (section && said && said->kind == TimeKind::point && said->as_of.size() == 4 && !context.article_date.empty() &&
        said->as_of <= context.article_date.substr(0, 4))
      context.heading_year = said->as_of;
    else if (said || aimed_at || capitals)
      context.heading_year.clear();
    context.section_target = horizon ? aimed_at->as_of : std::string();
    // A dated heading opens a list of its own; any heading ends the list a dated one opened
    // ("3. Lũy kế đến 30/6/2023" after "2. Thu hút đầu tư 6 tháng đầu năm 2023"; "II. CỤM CÔNG
    // NGHIỆP" after both). A row with no figure under a ':' lead is no heading of that list.
    if (said || aimed_at) {
      context.list_open = true;
      context.list_under_heading = true;
      context.list_subject = context.paragraph_subject;
      context.list_place = context.paragraph_place;
      context.list_time = said ? said->as_of : std::string();
      context.list_time_from = said ? said->from : std::string();
      context.list_target = aimed_at ? aimed_at->as_of : std::string();
    } else if (context.list_under_heading) {
      context.list_open = false;
    } else {
      // "... định hướng đến năm 2030 như sau:" then "1. Đánh giá thực trạng": the section's rows
      // are today's, not the plan's.
      context.list_target.clear();
    }
  }
  if (said && !in_list) {
    context.paragraph_time = said->as_of;
    context.paragraph_time_from = said->from;
  }
  for (const auto& t : times)
    if (t.kind == TimeKind::point && t.as_of.find("-Q") != std::string::npos) context.last_quarter = t.as_of;
}

}  // namespace solieu
