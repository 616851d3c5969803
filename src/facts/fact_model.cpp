// fact_model: reads data/facts.json. Every field is checked here, once, so that the binder can
// trust the tables; a bad file is a DataError naming the file and the field.
#include "facts/fact_model.hpp"

#include "load/json_file.hpp"

namespace solieu {
namespace {

void add_all(PhraseSet& set, const nlohmann::json& phrases, uint32_t payload = 0) {
  for (const auto& p : phrases) set.add(p.get<std::string>(), payload);
}

std::set<std::string> string_set(const nlohmann::json& list) {
  std::set<std::string> out;
  for (const auto& s : list) out.insert(s.get<std::string>());
  return out;
}

// The cue lists that are plain phrase lists in facts.json, and whether the binder looks for them
// only in sentences with a figure: those join FactModel::figure_cues, searched in one walk.
struct PhraseList {
  const char* field;
  PhraseSet FactModel::*set;
  bool figure_cue;
};
constexpr PhraseList kPhraseLists[] = {
    {"part_cues", &FactModel::part_phrases, true},
    {"whole_cues", &FactModel::whole_phrases, true},
    {"respective_cues", &FactModel::respective_phrases, true},
    {"correspondence_cues", &FactModel::correspondence_phrases, true},
    {"list_cues", &FactModel::list_phrases, false},
    {"list_stop", &FactModel::list_stops, false},
    {"table_unit_headers", &FactModel::table_unit_header_phrases, false},
    {"province_words", &FactModel::province_words, false},
    {"entity_cues", &FactModel::entity_phrases, true},
    {"zone_investor_cues", &FactModel::zone_investor_phrases, true},
    {"vision_cues", &FactModel::vision_phrases, true},
    {"target_cues", &FactModel::target_phrases, true},
    {"done_cues", &FactModel::done_phrases, true},
    {"plan_words", &FactModel::plan_word_phrases, true},
    {"intro_cues", &FactModel::intro_phrases, true},
    {"national_openers", &FactModel::national_opener_phrases, true},
    {"count_label_words", &FactModel::count_label_phrases, false},
    {"this_quarter_cues", &FactModel::this_quarter_phrases, true},
    {"same_period_cues", &FactModel::same_period_phrases, true},
    {"comparison_cues", &FactModel::comparison_phrases, true},
    {"land_after_figure", &FactModel::land_after_phrases, true},
    {"zone_agent_cues", &FactModel::zone_agent_phrases, true},
    {"retraction_cues", &FactModel::retraction_phrases, true},
    {"correction_cues", &FactModel::correction_phrases, true},
    {"level_words", &FactModel::level_phrases, true},
    {"district_cues", &FactModel::district_phrases, true},
    {"district_scope_cues", &FactModel::district_scope_phrases, true},
    {"province_scope_cues", &FactModel::province_scope_phrases, true},
    {"negations", &FactModel::negation_phrases, true},
    {"zone_name_suffixes", &FactModel::zone_name_suffix_phrases, true},
    {"national_scope_cues", &FactModel::national_scope_phrases, true},
    {"economic_zone_cues", &FactModel::economic_zone_phrases, true},
    {"zone_authority_cues", &FactModel::zone_authority_phrases, false},
    {"portion_nouns", &FactModel::portion_phrases, true},
};

// The word lists that are plain sets of token keys or names.
struct WordSet {
  const char* field;
  std::set<std::string> FactModel::*set;
};
constexpr WordSet kWordSets[] = {
    {"additive_metrics", &FactModel::additive_metrics},
    {"zone_metrics", &FactModel::zone_metrics},
    {"plan_statuses", &FactModel::plan_statuses},
    {"coordinators", &FactModel::coordinators},
    {"possessive_words", &FactModel::possessive_words},
    {"decided_statuses", &FactModel::decided_statuses},
    {"difference_words", &FactModel::difference_words},
    {"plural_words", &FactModel::plural_words},
    {"attachment_words", &FactModel::attachment_words},
    {"zone_only_metrics", &FactModel::zone_only_metrics},
    {"zone_only_statuses", &FactModel::zone_only_statuses},
    {"zone_stage_statuses", &FactModel::zone_stage_statuses},
    {"target_flow_statuses", &FactModel::target_flow_statuses},
    {"location_words", &FactModel::location_words},
    {"single_entity_units", &FactModel::single_entity_units},
    {"relative_metrics", &FactModel::relative_metrics},
    {"flow_statuses", &FactModel::flow_statuses},
    {"flow_metrics", &FactModel::flow_metrics},
    {"table_year_headers", &FactModel::table_year_headers},
};

}  // namespace

std::shared_ptr<const FactModel> FactModel::load(const std::string& data_dir) {
  const std::string path = data_dir + "/facts.json";
  nlohmann::json doc = read_json_file(path);
  auto model = std::make_shared<FactModel>();
  std::string field;
  try {
    field = "subjects";
    for (const auto& [name, phrases] : doc.at(field).items()) {
      add_all(model->subjects, phrases, static_cast<uint32_t>(model->subject_names.size()));
      model->subject_names.push_back(name);
    }
    field = "ambiguous_subjects";
    add_all(model->subjects, doc.at(field), ambiguous_subject);
    field = "unit_metrics";
    model->unit_metrics = doc.at(field).get<std::map<std::string, std::string>>();
    field = "metric_cues";
    for (const auto& cue : doc.at(field)) {
      model->metric_phrases.add(cue.at("phrase").get<std::string>(), static_cast<uint32_t>(model->metric_cues.size()));
      model->metric_cues.push_back({cue.at("metric").get<std::string>(), string_set(cue.at("units")),
                                    cue.value("negate", false), cue.value("adjacent", false),
                                    cue.value("sentence", false)});
    }
    field = "status_metrics";
    model->status_metrics = string_set(doc.at(field));
    field = "status_cues";
    for (const auto& cue : doc.at(field)) {
      StatusCue c;
      c.status = cue.at("status").get<std::string>();
      c.with_target = cue.value("with_target", std::string());
      c.with_done = cue.value("with_done", std::string());
      c.priority = cue.at("priority").get<int>();
      c.metrics = cue.contains("metrics") ? string_set(cue.at("metrics")) : model->status_metrics;
      model->status_phrases.add(cue.at("phrase").get<std::string>(), static_cast<uint32_t>(model->status_cues.size()));
      model->status_cues.push_back(std::move(c));
    }
    field = "bare_nouns";
    model->bare_nouns = doc.at(field).get<std::map<std::string, std::string>>();
    field = "target_status";
    model->target_status = doc.at(field).get<std::string>();
    field = "project_money_metric";
    model->project_money_metric = doc.at(field).get<std::string>();
    field = "default_statuses";
    model->default_statuses = doc.at(field).get<std::map<std::string, std::string>>();
    field = "future_default_status";
    model->future_default_status = doc.at(field).get<std::string>();
    field = "zone_boards";
    for (const auto& [phrase, subject] : doc.at(field).items()) {
      const std::string name = subject.get<std::string>();
      uint32_t payload = no_subject;
      for (size_t i = 0; i < model->subject_names.size(); ++i)
        if (model->subject_names[i] == name) payload = static_cast<uint32_t>(i);
      if (payload == no_subject && !name.empty()) throw DataError(path + ": zone_boards: unknown subject " + name);
      model->zone_board_phrases.add(phrase, payload);
    }
    field = "qualifiers";
    for (const auto& [phrase, value] : doc.at(field).items()) {
      model->qualifier_phrases.add(phrase, static_cast<uint32_t>(model->qualifier_values.size()));
      model->qualifier_values.push_back(value.get<std::string>());
    }
    for (const PhraseList& list : kPhraseLists) {
      field = list.field;
      add_all((*model).*list.set, doc.at(field));
    }
    for (const WordSet& words : kWordSets) {
      field = words.field;
      (*model).*words.set = string_set(doc.at(field));
    }
  } catch (const nlohmann::json::exception& e) {
    throw DataError(path + ": field \"" + field + "\": " + e.what());
  }
  for (PhraseSet* set :
       {&model->metric_phrases, &model->status_phrases, &model->qualifier_phrases, &model->zone_board_phrases})
    model->figure_cues.add(*set);
  for (const PhraseList& list : kPhraseLists)
    if (list.figure_cue) model->figure_cues.add((*model).*list.set);
  return model;
}

bool FactModel::status_fits(const std::string& status, const std::string& metric) const {
  for (const auto& c : status_cues)
    if (c.status == status && c.metrics.count(metric)) return true;
  return false;
}

}  // namespace solieu
