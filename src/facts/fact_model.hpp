#pragma once
// fact_model: the cue lexicons of data/facts.json, compiled into phrase sets.
// Tested by tests/facts/ (through the fact corpus).
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "facts/phrase_set.hpp"

namespace solieu {

class FactModel {
 public:
  static std::shared_ptr<const FactModel> load(const std::string& data_dir);

  struct StatusCue {
    std::string status;
    std::string with_target;  // status when a target year is in the sentence; empty = unchanged
    // status when the sentence says it is done: a stated year not after the article's, or a new
    // total it raised ("nâng tổng số ... lên"), and no plan word; empty = unchanged
    std::string with_done;
    int priority = 0;
    std::set<std::string> metrics;  // empty = the status metrics (count, area_ha)
  };
  struct MetricCue {
    std::string metric;  // empty: the cue says the figure is no metric of ours ("bằng 80% kế hoạch")
    std::set<std::string> units;
    bool negate = false;
    bool adjacent = false;  // only right before the figure: "chỉ bằng một KCN", not "bằng vốn ngân sách, ... 5 CCN"
    // Reaches across commas to the sentence's start (not across ';'): "Tham dự có đại diện các
    // bộ, ngành, ... và hơn 150 doanh nghiệp" lists who came, however long the list.
    bool sentence_wide = false;
  };

  static constexpr uint32_t ambiguous_subject = UINT32_MAX;
  static constexpr uint32_t no_subject = UINT32_MAX - 1;

  PhraseSet subjects;  // payload: index into subject_names, or ambiguous_subject
  std::vector<std::string> subject_names;
  PhraseSet metric_phrases;  // payload: index into metric_cues
  std::vector<MetricCue> metric_cues;
  PhraseSet status_phrases;  // payload: index into status_cues
  std::vector<StatusCue> status_cues;
  PhraseSet part_phrases, whole_phrases, list_phrases, list_stops, province_words;
  // "lần lượt": the figures after it go, in order, with the items listed before it.
  PhraseSet respective_phrases;
  // "con số tương ứng của Hậu Giang là 98 dự án": figures like the ones before it, for another.
  PhraseSet correspondence_phrases;
  PhraseSet table_unit_header_phrases;  // "ĐVT": a table column of the rows' units
  PhraseSet qualifier_phrases;          // payload: index into qualifier_values
  std::vector<std::string> qualifier_values;
  std::map<std::string, std::string> unit_metrics;
  std::set<std::string> additive_metrics, zone_metrics, status_metrics, plan_statuses;
  // Token keys before a count that make it say whose a figure is, not how many: "của 3 KCN"; and
  // before a province right after a figure, that it owns the figure: "mức tăng 6,8% của Cần Thơ".
  std::set<std::string> possessive_words;
  // Plan statuses that are done when decided, so a past month or day dates them: "Cũng trong
  // tháng 9/2022, ... đưa ra khỏi quy hoạch 4 CCN".
  std::set<std::string> decided_statuses;
  // A label opening with these asks how many: "Số dự án điều chỉnh vốn: 1 dự án" counts one.
  PhraseSet count_label_phrases;
  // A figure right after one of these (token keys) in a sentence with a comparison cue is a
  // difference, no fact: "số dự án mới tăng 2 dự án so với cùng kỳ". Shares stay growths.
  std::set<std::string> difference_words;
  PhraseSet comparison_phrases;
  // Right after hectares, these say the land is being cleared, no zone's: "38 ha là đất trồng cà phê".
  PhraseSet land_after_phrases;
  std::set<std::string> coordinators;  // token keys that end what describes the figure before them
  // Bare counted nouns and the subject they stand for when the sentence or paragraph speaks of it:
  // "nâng tổng số KCN lên 17 khu" counts KCN, "24 cụm đã đi vào hoạt động" CCN.
  std::map<std::string, std::string> bare_nouns;
  // A single named project or company ("Dự án nhà máy điện gió Phương Mai có vốn ..."): its
  // figures are no zone's or province's. plural_words before the cue make it many ("các dự án").
  PhraseSet entity_phrases;
  // A board named with no zone is the board of one kind of zone ("Ban Quản lý phấn đấu thu hút
  // thêm 3 dự án" is the KCN board's); payload: index into subject_names, or no_subject for boards
  // of something else ("ban quản lý dự án").
  PhraseSet zone_board_phrases;
  // ... unless it is named a zone's infrastructure investor before the figure: then it speaks for
  // the zone ("Công ty ... được chọn làm chủ đầu tư xây dựng hạ tầng với tổng vốn 415 tỷ đồng").
  PhraseSet zone_investor_phrases;
  std::set<std::string> plural_words;
  std::set<std::string> attachment_words;  // "với": its clause describes what the clause before spoke of
  // Figures that only zones have: with no zone named in their sentence or paragraph, they are
  // still of the zones the article spoke of last ("đạt tỷ lệ lấp đầy 71%" is no province's).
  std::set<std::string> zone_only_metrics, zone_only_statuses;
  // Flows (by status, or by metric whatever the status): a heading's past year dates them.
  std::set<std::string> flow_statuses, flow_metrics;
  std::set<std::string> table_year_headers;  // "| Năm | ...": the column of each row's year
  // Stages only zones go through: an area a cue gives one, with no zone named in its sentence, is
  // the area of the paragraph's zones ("Được thành lập năm 2010 với diện tích 150 ha").
  std::set<std::string> zone_stage_statuses;
  // A target year after these words is a vision, weaker than the plan's own period or target:
  // "Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050, ... sẽ có 21 KCN" is for 2030.
  PhraseSet vision_phrases;
  // A flow or a figure of no status after these words in its sentence is aimed at, not reached:
  // "Chúng tôi phấn đấu đến năm 2025 thu hút thêm 20 dự án", "đặt chỉ tiêu thu hút 6 dự án,
  // giá trị xuất khẩu 250 triệu USD". Counts and areas keep their own cues ("phấn đấu thành lập
  // mới 3 KCN" is new_planned). target_flow_statuses: the statuses such a cue turns into
  // target_status.
  PhraseSet target_phrases;
  // A cue's with_done: "nâng tổng số CCN ... lên 7 cụm" says the zones were set up; "định hướng",
  // "sẽ", "dự kiến" say they are planned.
  PhraseSet done_phrases, plan_word_phrases;
  // "Theo quy hoạch được duyệt, Ninh Thuận có 14 CCN": an opening clause's plan governs the
  // first figure after it.
  PhraseSet intro_phrases;
  // Times said by pointing back: a figure with no time of its own after "Trong quý," is of the
  // quarter the article named last; one compared "so với cùng kỳ" is of its paragraph's period.
  PhraseSet this_quarter_phrases, same_period_phrases;
  // Words that may stand before a national cue in its clause: "Trong khi cả nước đã có ...".
  PhraseSet national_opener_phrases;
  // Agents that are the zones' own when the paragraph speaks of zones: "Các doanh nghiệp đã nộp
  // ngân sách 196 tỷ đồng" after "Các doanh nghiệp trong KCN đang sử dụng 5.200 lao động".
  PhraseSet zone_agent_phrases;
  std::set<std::string> target_flow_statuses;
  std::string target_status;
  // A figure right after these words is one the text takes back: "3 KCN (không phải 4 KCN)".
  PhraseSet retraction_phrases;
  PhraseSet correction_phrases;
  PhraseSet level_phrases;
  PhraseSet district_phrases;
  PhraseSet district_scope_phrases;  // "trên địa bàn huyện": the figures after it are a district's  // "huyện": a named
                                     // district's figure is not the province's  // "còn", "lên": after a change word,
                                     // the figure is the level reached  // "nay sửa lại là": the figures before it in
                                     // the sentence are taken back
  // Words that make a figure the whole province's, whatever the paragraph spoke of: "Trên địa
  // bàn tỉnh có 1.250 dự án" after a paragraph about zones.
  PhraseSet province_scope_phrases;
  // Metrics that say how another figure moved ("đạt 9.870 tỷ đồng, tăng 12%"): with no subject
  // of their own they are of the figure right before them.
  std::set<std::string> relative_metrics;
  // A stage word right after one of these is denied: "chưa được thành lập" is not established.
  PhraseSet negation_phrases;
  // A stage word right after a name ends the name: "KCN Đông Triều mở rộng" is a zone, not an expansion.
  PhraseSet zone_name_suffix_phrases;
  // Figures after these are the country's or a region's, no province's: "cả nước có 418 KCN".
  PhraseSet national_scope_phrases;
  // An economic zone is neither KCN nor CCN: its own area is the province's, with no stage.
  PhraseSet economic_zone_phrases;
  // "Ban Quản lý KCN Bắc Giang": the province's zones, where "KCN Hòa Bình" alone names one zone.
  PhraseSet zone_authority_phrases;
  // Token keys that place what follows inside an economic zone ("Trong Khu kinh tế Vân Phong có 2 KCN").
  std::set<std::string> location_words;
  // "giảm 50% số thuế": a change followed by what it is a share of is no growth.
  PhraseSet portion_phrases;
  // Units whose count of one is a single thing spoken of ("một doanh nghiệp Hàn Quốc"), no stock.
  std::set<std::string> single_entity_units;
  // Metric of money that follows a count of projects with no cue of its own ("2 dự án, tăng
  // thêm 15,5 triệu USD"); empty = none.
  std::string project_money_metric;
  // Status of a zone's count or area that no cue qualifies ("Kiên Giang: 6 KCN, 1.870 ha", "- KCN
  // Quán Ngang: 323 ha"): zones spoken of as they are exist; dated after the article, a target.
  std::map<std::string, std::string> default_statuses;
  std::string future_default_status;
  // The cue sets the binder searches every sentence with a figure for, in one walk: metric, status
  // and qualifier phrases, and the lists marked figure_cue in fact_model.cpp's kPhraseLists.
  PhraseSetGroup figure_cues;
  // Whether some status cue gives `status` to `metric` (a flow a part or a capital can inherit).
  bool status_fits(const std::string& status, const std::string& metric) const;
};

}  // namespace solieu
