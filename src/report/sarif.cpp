// sarif: `check --format sarif`, findings as SARIF 2.1.0 for code-scanning tools (GitHub, IDEs).
// One run: tool.driver lists the rules in force (id, description, level, the rule's worked example
// as help); each finding is a result at its first fact's figure with the other facts as
// relatedLocations, and its id as a partial fingerprint so a tool can follow it across runs.
// Regions count code points ("columnKind": "unicodeCodePoints"), the same columns as the fact
// sheet; endColumn is exclusive, as SARIF says. Unreadable inputs are toolExecutionNotifications.
// Findings a baseline accepted carry an external suppression with its reason.
// Tested by tests/report/test_sarif.cpp.
#include <fmt/format.h>

#include <map>

#include "report/display.hpp"
#include "report/human.hpp"
#include "report/json_writer.hpp"
#include "report/renderers.hpp"

namespace solieu::report {
namespace {

constexpr const char* kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char* kInformationUri = "https://github.com/solieu/solieu";

const char* level_of(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: break;
  }
  return "note";
}

// "target-agrees" -> "TargetAgrees": SARIF's readable rule name.
std::string pascal_name(const std::string& id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '-' || c == '_' || c == '.') {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return out;
}

bool is_absolute(const std::string& path) { return !path.empty() && path[0] == '/'; }

// A path as a URI reference: bytes outside the unreserved set are percent-encoded
// ("bài viết.txt" -> "b%C3%A0i%20vi%E1%BA%BFt.txt"); "/" stays a separator.
std::string uri_of(const std::string& path) {
  std::string out = is_absolute(path) ? "file://" : "";
  for (unsigned char c : path) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                c == '_' || c == '~' || c == '/';
    out += keep ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

Json artifact_location(const std::string& path) {
  Json j = Json::object();
  j["uri"] = uri_of(path);
  if (!is_absolute(path)) j["uriBaseId"] = "%SRCROOT%";
  return j;
}

// End of the figure: line and exclusive code-point column after its last character.
Json region_of(const Fact& fact) {
  uint32_t end_line = fact.at.line;
  uint32_t end_column = fact.at.column + static_cast<uint32_t>(code_points(fact.text));
  // A figure broken over lines (rare: "1.967\nha") ends on a later line.
  if (size_t newline = fact.text.rfind('\n'); newline != std::string::npos) {
    for (char c : fact.text) end_line += c == '\n' ? 1 : 0;
    end_column = static_cast<uint32_t>(code_points(std::string_view(fact.text).substr(newline + 1)) + 1);
  }
  Json region = Json::object();
  region["startLine"] = fact.at.line;
  region["startColumn"] = fact.at.column;
  region["endLine"] = end_line;
  region["endColumn"] = end_column;
  region["byteOffset"] = fact.at.start;  // the fact sheet's start/end
  region["byteLength"] = fact.at.end - fact.at.start;
  region["snippet"] = Json{{"text", fact.text}};
  return region;
}

Json physical_location(const Fact& fact, const Index& index) {
  const ArticleRecord* a = index.article(fact.article);
  Json j = Json::object();
  j["artifactLocation"] = artifact_location(a != nullptr ? a->path : fact.article.str());
  j["region"] = region_of(fact);
  if (!fact.line_text.empty())
    j["contextRegion"] = Json{{"startLine", fact.at.line}, {"snippet", {{"text", fact.line_text}}}};
  return j;
}

struct RuleTable {
  Json rules = Json::array();
  std::map<std::string, size_t> index;

  void add(const RuleSpec& spec) {
    if (index.count(spec.id)) return;
    Json r = Json::object();
    r["id"] = spec.id;
    r["name"] = pascal_name(spec.id);
    r["shortDescription"] = Json{{"text", spec.description}};
    r["fullDescription"] = Json{{"text", spec.description + " (kind: " + spec.kind + ")"}};
    r["defaultConfiguration"] = Json{{"level", level_of(spec.severity)}};
    r["help"] = Json{{"text", spec.example.empty() ? spec.description : spec.example}};
    r["properties"] = Json{{"kind", spec.kind}};
    index[spec.id] = rules.size();
    rules.push_back(std::move(r));
  }

  // A finding from a rule the options did not list still gets a rule entry, so ruleIndex is valid.
  size_t find_or_add(const Finding& f) {
    if (auto it = index.find(f.rule); it != index.end()) return it->second;
    RuleSpec spec;
    spec.id = f.rule;
    spec.description = f.rule;
    spec.severity = f.severity;
    add(spec);
    return index[f.rule];
  }
};

Json result_of(const Finding& f, size_t rule_index, const Index& index) {
  Json r = Json::object();
  r["ruleId"] = f.rule;
  r["ruleIndex"] = rule_index;
  r["level"] = level_of(f.severity);
  std::string text = f.message;
  if (!f.explanation.empty()) text += "\nwhy: " + f.explanation;
  r["message"] = Json{{"text", text}};
  Json locations = Json::array();
  Json related = Json::array();
  for (size_t i = 0; i < f.facts.size(); ++i) {
    const Fact* fact = index.fact(f.facts[i]);
    if (fact == nullptr) continue;
    if (i == 0) {
      locations.push_back(Json{{"physicalLocation", physical_location(*fact, index)}});
      continue;
    }
    Json loc = Json::object();
    loc["id"] = related.size() + 1;
    loc["physicalLocation"] = physical_location(*fact, index);
    std::string note = i - 1 < f.notes.size() ? f.notes[i - 1] : "\"" + fact->text + "\"";
    loc["message"] = Json{{"text", note}};
    related.push_back(std::move(loc));
  }
  r["locations"] = std::move(locations);
  if (!related.empty()) r["relatedLocations"] = std::move(related);
  r["partialFingerprints"] = Json{{"solieuFindingId/v1", f.id}};
  r["properties"] = Json{{"verdict", f.verdict}, {"facts", f.facts}};
  if (!f.baseline_reason.empty())
    r["suppressions"] = Json::array({Json{{"kind", "external"}, {"justification", f.baseline_reason}}});
  return r;
}

}  // namespace

void write_sarif(std::ostream& out, const FactSheet& sheet, const ReportOptions& options) {
  Index index(sheet);
  RuleTable table;
  if (options.rules != nullptr)
    for (const auto& rule : options.rules->rules()) table.add(rule.spec);

  Json results = Json::array();
  for (const auto& f : sheet.findings) {
    size_t rule_index = table.find_or_add(f);
    results.push_back(result_of(f, rule_index, index));
  }

  Json notifications = Json::array();
  for (const auto& e : sheet.errors) {
    Json n = Json::object();
    n["level"] = "error";
    n["message"] = Json{{"text", e.message}};
    n["locations"] = Json::array({Json{{"physicalLocation", {{"artifactLocation", artifact_location(e.path)}}}}});
    notifications.push_back(std::move(n));
  }
  Json invocation = Json::object();
  invocation["executionSuccessful"] = sheet.errors.empty();
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);

  Json driver = Json::object();
  driver["name"] = "solieu";
  driver["version"] = version();
  driver["semanticVersion"] = version();
  driver["informationUri"] = kInformationUri;
  driver["rules"] = std::move(table.rules);

  Json run = Json::object();
  run["tool"] = Json{{"driver", std::move(driver)}};
  run["columnKind"] = "unicodeCodePoints";
  run["originalUriBaseIds"] = Json{{"%SRCROOT%", {{"description", {{"text", "the folder solieu ran in"}}}}}};
  run["invocations"] = Json::array({std::move(invocation)});
  run["results"] = std::move(results);

  Json doc = Json::object();
  doc["$schema"] = kSarifSchema;
  doc["version"] = "2.1.0";
  doc["runs"] = Json::array({std::move(run)});
  out << dump_pretty(doc) << '\n';
}

}  // namespace solieu::report
