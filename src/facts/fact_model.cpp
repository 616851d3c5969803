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
      model->metric_cues.push_back(
          {cue.at("metric").get<std::string>(), string_set(cue.at("units")), cue.value("negate", false),
           cue.value("adjacent", false), cue.value("sentence", false)});
    }
    field = "additive_metrics";
    model->additive_metrics = string_set(doc.at(field));
    field = "zone_metrics";
    model->zone_metrics = string_set(doc.at(field));
    field = "status_metrics";
    model->status_metrics = string_set(doc.at(field));
    field = "status_cues";
    for (const auto& cue : doc.at(field)) {
      StatusCue c;
      c.status = cue.at("status").get<std::string>();
      c.with_target = cue.value("with_target", std::string());
      c.priority = cue.at("priority").get<int>();
      c.metrics = cue.contains("metrics") ? string_set(cue.at("metrics")) : model->status_metrics;
      model->status_phrases.add(cue.at("phrase").get<std::string>(), static_cast<uint32_t>(model->status_cues.size()));
      model->status_cues.push_back(std::move(c));
    }
    field = "plan_statuses";
    model->plan_statuses = string_set(doc.at(field));
    field = "coordinators";
    model->coordinators = string_set(doc.at(field));
    field = "part_cues";
    add_all(model->part_phrases, doc.at(field));
    field = "whole_cues";
    add_all(model->whole_phrases, doc.at(field));
    field = "list_cues";
    add_all(model->list_phrases, doc.at(field));
    field = "list_stop";
    add_all(model->list_stops, doc.at(field));
    field = "province_words";
    add_all(model->province_words, doc.at(field));
    field = "bare_nouns";
    model->bare_nouns = doc.at(field).get<std::map<std::string, std::string>>();
    field = "entity_cues";
    add_all(model->entity_phrases, doc.at(field));
    field = "plural_words";
    model->plural_words = string_set(doc.at(field));
    field = "zone_only_metrics";
    model->zone_only_metrics = string_set(doc.at(field));
    field = "zone_only_statuses";
    model->zone_only_statuses = string_set(doc.at(field));
    field = "vision_cues";
    add_all(model->vision_phrases, doc.at(field));
    field = "target_cues";
    add_all(model->target_phrases, doc.at(field));
    field = "intro_cues";
    add_all(model->intro_phrases, doc.at(field));
    field = "national_openers";
    add_all(model->national_opener_phrases, doc.at(field));
    field = "zone_agent_cues";
    add_all(model->zone_agent_phrases, doc.at(field));
    field = "target_flow_statuses";
    model->target_flow_statuses = string_set(doc.at(field));
    field = "target_status";
    model->target_status = doc.at(field).get<std::string>();
    field = "retraction_cues";
    add_all(model->retraction_phrases, doc.at(field));
    field = "province_scope_cues";
    add_all(model->province_scope_phrases, doc.at(field));
    field = "negations";
    add_all(model->negation_phrases, doc.at(field));
    field = "national_scope_cues";
    add_all(model->national_scope_phrases, doc.at(field));
    field = "economic_zone_cues";
    add_all(model->economic_zone_phrases, doc.at(field));
    field = "location_words";
    model->location_words = string_set(doc.at(field));
    field = "portion_nouns";
    add_all(model->portion_phrases, doc.at(field));
    field = "single_entity_units";
    model->single_entity_units = string_set(doc.at(field));
    field = "project_money_metric";
    model->project_money_metric = doc.at(field).get<std::string>();
    field = "relative_metrics";
    model->relative_metrics = string_set(doc.at(field));
    field = "default_statuses";
    model->default_statuses = doc.at(field).get<std::map<std::string, std::string>>();
    field = "future_default_status";
    model->future_default_status = doc.at(field).get<std::string>();
    field = "qualifiers";
    for (const auto& [phrase, value] : doc.at(field).items()) {
      model->qualifier_phrases.add(phrase, static_cast<uint32_t>(model->qualifier_values.size()));
      model->qualifier_values.push_back(value.get<std::string>());
    }
  } catch (const nlohmann::json::exception& e) {
    throw DataError(path + ": field \"" + field + "\": " + e.what());
  }
  for (PhraseSet* set : {&model->metric_phrases, &model->status_phrases, &model->negation_phrases,
                         &model->national_scope_phrases, &model->economic_zone_phrases, &model->portion_phrases,
                         &model->part_phrases, &model->whole_phrases, &model->qualifier_phrases,
                         &model->entity_phrases, &model->retraction_phrases, &model->province_scope_phrases,
                         &model->vision_phrases, &model->target_phrases,
                         &model->zone_agent_phrases, &model->national_opener_phrases,
                         &model->intro_phrases})
    model->figure_cues.add(*set);
  return model;
}

bool FactModel::status_fits(const std::string& status, const std::string& metric) const {
  for (const auto& c : status_cues)
    if (c.status == status && c.metrics.count(metric)) return true;
  return false;
}

}  // namespace solieu
