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
    int priority = 0;
    std::set<std::string> metrics;  // empty = the status metrics (count, area_ha)
  };
  struct MetricCue {
    std::string metric;  // empty: the cue says the figure is no metric of ours ("bằng 80% kế hoạch")
    std::set<std::string> units;
    bool negate = false;
  };

  static constexpr uint32_t ambiguous_subject = UINT32_MAX;

  PhraseSet subjects;  // payload: index into subject_names, or ambiguous_subject
  std::vector<std::string> subject_names;
  PhraseSet metric_phrases;  // payload: index into metric_cues
  std::vector<MetricCue> metric_cues;
  PhraseSet status_phrases;  // payload: index into status_cues
  std::vector<StatusCue> status_cues;
  PhraseSet part_phrases, whole_phrases, list_phrases, list_stops, province_words;
  PhraseSet qualifier_phrases;  // payload: index into qualifier_values
  std::vector<std::string> qualifier_values;
  std::map<std::string, std::string> unit_metrics;
  std::set<std::string> additive_metrics, zone_metrics, status_metrics, plan_statuses;
  std::set<std::string> coordinators;  // token keys that end what describes the figure before them
};

}  // namespace solieu
