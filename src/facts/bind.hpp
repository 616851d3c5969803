#pragma once
// bind: one sentence's quantities and times -> facts (place, subject, metric, status, time).
// Takes the tokens of one sentence, the quantities and time expressions read from it, and what
// the article said before (main place, article date, the paragraph's subject and place, earlier
// facts for "Trong đó"); gives facts whose spans still index the normalized text.
// Tested by tests/corpus/facts.tsv and the golden fact sheet.
#include <string>
#include <vector>

#include "facts/fact_model.hpp"
#include "solieu/fact.hpp"

namespace solieu {

// What binding carries from sentence to sentence within one article.
struct ArticleContext {
  std::string main_place;                     // the article's province when a sentence names none
  std::string article_date;                   // "" when unknown
  TimeSource date_source = TimeSource::none;  // article_date or inferred
  std::string paragraph_subject;              // KCN/CCN of the paragraph so far
  std::string paragraph_place;                // province named earlier in the paragraph
  // The provinces the paragraph's last sentence naming any named, in order: "của hai địa phương
  // lần lượt là 72% và 48%" goes back to them.
  std::vector<std::string> recent_places;
  bool paragraph_national = false;  // the paragraph's last sentence with a figure gave the country's
  // The last date or period the paragraph stated (not a target): a list lead with no date of its
  // own speaks at that time. Cleared with the paragraph.
  std::string paragraph_time, paragraph_time_from;
  // The day a dated item opens its paragraph with ("Thứ Ba (11/6): ..."): it dates the item's
  // figures that have no time of their own, as the article date would. Cleared with the paragraph.
  std::string item_time;
  std::string article_subject;  // KCN/CCN named last anywhere before: occupancy is always some zones'
  std::string last_quarter;     // the quarter the article named last ("2023-Q3"): "Trong quý" points to it
  uint32_t sentence_index = 0;
  // The sentence the current paragraph began with, or the lead or heading of the list it is in.
  uint32_t topic_start = 0;
  // A lead ending in ':' opens a list whose bullet lines it governs: "Ban Quản lý thông báo kết
  // quả tính đến ngày 25/12/2022 như sau:" dates and speaks for "- 7 KCN được thành lập; ...".
  bool list_open = false;
  std::string list_time;  // as_of of the lead's date, else of the paragraph's before it; "" if none
  std::string list_time_from;
  std::string list_target;   // the lead's target year ("Mục tiêu đến năm 2025:"): it governs every bullet
  bool list_marker = false;  // the last sentence was a bare row number ("1."): its row follows
  std::string list_subject;  // KCN/CCN the lead or the list so far spoke of
  std::string list_place;
  bool list_under_heading = false;  // the list was opened by a dated heading, not by a ':' lead
  // A '|' table under way ("STT | Tên KCN | Diện tích (ha) | Tỷ lệ lấp đầy (%)"): its header's
  // columns, each with the unit its header names in brackets, and its title (the heading lines
  // right above the header: "DANH MỤC CÁC KHU CÔNG NGHIỆP ĐÃ THÀNH LẬP"), whose stage words, date
  // and horizon speak for every row. Set by extract for each row before binding it.
  struct TableColumn {
    uint32_t first = 0, end = 0;  // the header cell's tokens
    std::string unit;             // "" when the header names none
    std::string noun;             // the counted noun of a count column ("Số KCN")
    double scale = 1;             // "(tỷ đồng)": 1e9
    bool exact = false;
    bool year = false;       // headed "Năm": its cells are the rows' years
    bool units = false;      // headed "ĐVT": its cells are the rows' units
    std::string year_value;  // headed "2023": its cells are that year's
  };
  std::vector<TableColumn> table_columns;  // empty: no table under way
  uint32_t table_title_first = 0, table_title_end = 0;
  std::string table_time, table_time_from, table_target;
  std::string row_year;    // the row's cell under a year header ("| 2022 | 15 |"), or ""
  bool table_row = false;  // the sentence being bound is a row of that table
  // A heading's past year ("I. KẾT QUẢ NỔI BẬT NĂM 2023"): it dates the flows of its section that
  // have no time of their own, through its numbered subheadings, until a heading states another
  // time or a heading in capitals opens another section.
  std::string heading_year;
  // A heading's target year ("3. Định hướng đến năm 2030"): it governs the sentences of its section
  // that have no time of their own, bullets or not, until the next heading.
  std::string section_target;
};

// A heading: a line of its own (after its row number, if any) with no figure and no closing
// punctuation, such as "2. Thu hút đầu tư 6 tháng đầu năm 2023". One that states a time dates the
// bullet lines under it, as a lead ending in ':' does; the next heading ends what it governs.
bool is_heading(const TokenizedText& tokens, const NormalizedText& text, const Sentence& sentence, bool has_figures);

// A year written as four digits of a plausible year ("2023"; dates::plausible_year): a table's
// year cell, a bare year joined to a year ("Năm 2022 và 2023").
bool written_year(std::string_view text);

// A fact before it has a source location: its spans index the normalized text.
struct DraftFact {
  Fact fact;
  Span span;                 // normalized bytes of the figure (qualifier through unit)
  uint32_t sentence = 0;     // index of its sentence in the article
  uint32_t quantity = 0;     // index of its quantity in the article's quantity list
  std::vector<Span> listed;  // normalized spans of enumerated names
};

class Binder {
 public:
  Binder(const FactModel& model, const TermLexicon& terms) : model_(model), terms_(terms) {}

  // Binds the quantities of one sentence; appends to `facts` (the article's facts so far, which
  // it also reads for "Trong đó" parents). first_quantity is the article index of quantities[0].
  void bind(const TokenizedText& tokens, const NormalizedText& text, const Sentence& sentence,
            const std::vector<Quantity>& quantities, const std::vector<TimeExpr>& times, uint32_t first_quantity,
            ArticleContext& context, std::vector<DraftFact>& facts) const;

  // The province names mentioned in tokens [first, end), in order (places in brackets skipped).
  std::vector<std::pair<uint32_t, std::string>> places(const TokenizedText& tokens, uint32_t first, uint32_t end) const;
  // Drops the mentions that name a zone, not a place: "KCN Hòa Bình" (one zone noun right before
  // the name) in Kon Tum; "các KCN Bắc Ninh" and "Ban Quản lý KCN Bắc Giang" stay the province's.
  void drop_zone_names(const TokenizedText& tokens, const Syllables& syllables,
                       const std::vector<PhraseMatch>& subjects,
                       std::vector<std::pair<uint32_t, std::string>>& mentions) const;

 private:
  const FactModel& model_;
  const TermLexicon& terms_;
};

}  // namespace solieu
