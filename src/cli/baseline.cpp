// baseline: see baseline.hpp.
#include "cli/baseline.hpp"

#include <map>

#include "load/json_file.hpp"

namespace solieu::cli {

void apply_baseline(const std::string& path, std::vector<Finding>& findings) {
  nlohmann::json doc = read_json_file(path);
  std::map<std::string, std::string> accepted;
  try {
    if (doc.at("schema").get<std::string>() != "solieu/baseline-1")
      throw DataError(path + ": \"schema\" must be \"solieu/baseline-1\"");
    for (const auto& entry : doc.at("findings")) {
      std::string reason = entry.value("reason", std::string());
      if (reason.empty()) reason = "accepted in " + path;
      accepted[entry.at("id").get<std::string>()] = reason;
    }
  } catch (const nlohmann::json::exception& e) {
    throw DataError(path + ": " + e.what());
  }
  for (auto& f : findings)
    if (auto it = accepted.find(f.id); it != accepted.end()) f.baseline_reason = it->second;
}

std::string baseline_json(const std::vector<Finding>& findings) {
  nlohmann::ordered_json doc;
  doc["schema"] = "solieu/baseline-1";
  doc["findings"] = nlohmann::ordered_json::array();
  for (const auto& f : findings) {
    if (f.severity == Severity::info) continue;
    doc["findings"].push_back(
        {{"id", f.id},
         {"rule", f.rule},
         {"message", f.message},
         {"reason", f.baseline_reason.empty() ? "TODO: say why this is accepted" : f.baseline_reason}});
  }
  return doc.dump(2) + "\n";
}

}  // namespace solieu::cli
