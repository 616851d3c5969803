// check --format sarif (src/report/sarif.cpp): SARIF 2.1.0 structure, levels, locations in
// code points, related locations, fingerprints, rules from the rule set, input errors.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report/sheet_fixture.hpp"
#include "solieu/report.hpp"

using namespace solieu;
using nlohmann::json;

namespace {

RuleSet sample_rules() {
  RuleSet rules;
  Rule agree;
  agree.spec.id = "status-agrees";
  agree.spec.kind = "agree";
  agree.spec.description = "Facts with the same place, subject, metric, status and time agree.";
  agree.spec.example = "\"9 KCN\" (2023) vs \"10 KCN\" (2023) is an error.";
  agree.spec.severity = Severity::error;
  rules.add(agree);
  Rule range;
  range.spec.id = "percent-range";
  range.spec.kind = "range";
  range.spec.description = "A percentage lies in [0, 100].";
  range.spec.severity = Severity::warning;
  rules.add(range);
  return rules;
}

json render(const FactSheet& sheet, const RuleSet* rules) {
  ReportOptions options;
  options.rules = rules;
  std::ostringstream out;
  write_report(out, sheet, Format::sarif, options);
  REQUIRE(out.str().back() == '\n');
  return json::parse(out.str());
}

}  // namespace

TEST_CASE("sarif: log, run and driver carry the required fields", "[report][sarif]") {
  RuleSet rules = sample_rules();
  json log = render(test::sample_sheet(true), &rules);
  CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(log["version"] == "2.1.0");
  REQUIRE(log["runs"].size() == 1);
  const json& run = log["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  const json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "solieu");
  CHECK(driver["version"] == "0.1.0");
  CHECK(driver["informationUri"].get<std::string>().rfind("https://", 0) == 0);
  // The rules in force first, in their order; a rule seen only in findings is appended.
  REQUIRE(driver["rules"].size() == 3);
  const json& rule = driver["rules"][0];
  CHECK(rule["id"] == "status-agrees");
  CHECK(rule["name"] == "StatusAgrees");
  CHECK(rule["shortDescription"]["text"] == "Facts with the same place, subject, metric, status and time agree.");
  CHECK(rule["fullDescription"]["text"].get<std::string>().find("(kind: agree)") != std::string::npos);
  CHECK(rule["defaultConfiguration"]["level"] == "error");
  CHECK(rule["help"]["text"] == "\"9 KCN\" (2023) vs \"10 KCN\" (2023) is an error.");
  CHECK(driver["rules"][1]["defaultConfiguration"]["level"] == "warning");
  CHECK(driver["rules"][2]["id"] == "values-explained");
}

TEST_CASE("sarif: results with levels, code-point regions, related locations and fingerprints", "[report][sarif]") {
  RuleSet rules = sample_rules();
  json log = render(test::sample_sheet(true), &rules);
  const json& results = log["runs"][0]["results"];
  REQUIRE(results.size() == 2);
  const json& error = results[0];
  CHECK(error["ruleId"] == "status-agrees");
  CHECK(error["ruleIndex"] == 0);
  CHECK(error["level"] == "error");
  CHECK(error["message"]["text"].get<std::string>().rfind("number of industrial zones disagrees: 9 vs 29\nwhy: ", 0) ==
        0);
  REQUIRE(error["locations"].size() == 1);
  const json& where = error["locations"][0]["physicalLocation"];
  CHECK(where["artifactLocation"]["uri"] == "data/articles/002_bac_giang.txt");
  CHECK(where["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  const json& region = where["region"];
  CHECK(region["startLine"] == 5);
  CHECK(region["startColumn"] == 14);
  CHECK(region["endLine"] == 5);
  CHECK(region["endColumn"] == 19);  // exclusive: "9 KCN" is 5 code points
  CHECK(region["snippet"]["text"] == "9 KCN");
  CHECK(region["byteLength"] == 5);
  REQUIRE(error["relatedLocations"].size() == 1);
  const json& related = error["relatedLocations"][0];
  CHECK(related["id"] == 1);
  CHECK(related["physicalLocation"]["artifactLocation"]["uri"] == "data/articles/004_plan.txt");
  CHECK(related["physicalLocation"]["region"]["startColumn"] == 33);
  CHECK(related["message"]["text"] == "004_plan (by 2030) says 29 planned target: \"29 KCN\"");
  CHECK(error["partialFingerprints"]["solieuFindingId/v1"] == "f-0001");
  CHECK(results[1]["level"] == "note");  // info
  CHECK(results[1]["ruleIndex"] == 2);
}

TEST_CASE("sarif: input errors become tool execution notifications", "[report][sarif]") {
  json log = render(test::sample_sheet(true), nullptr);
  const json& invocation = log["runs"][0]["invocations"][0];
  CHECK(invocation["executionSuccessful"] == false);
  REQUIRE(invocation["toolExecutionNotifications"].size() == 1);
  const json& n = invocation["toolExecutionNotifications"][0];
  CHECK(n["level"] == "error");
  CHECK(n["message"]["text"] == "invalid UTF-8 at byte 1234");
  CHECK(n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "data/articles/bad%01%22.txt");
  // Without a rule set, every rule seen in a finding still gets an entry.
  CHECK(log["runs"][0]["tool"]["driver"]["rules"].size() == 2);
}

TEST_CASE("sarif: paths become URIs, text is escaped, baselined findings are suppressed", "[report][sarif]") {
  FactSheet sheet = test::sample_sheet(true);
  sheet.articles[1].path = "/srv/bài viết/004.txt";
  sheet.facts[3].text = "29 \"KCN\"\\\t";
  sheet.findings[0].baseline_reason = "accepted";
  std::ostringstream out;
  write_report(out, sheet, Format::sarif, ReportOptions{});
  std::string text = out.str();
  CHECK(text.find(R"("text": "29 \"KCN\"\\\t")") != std::string::npos);
  json log = json::parse(text);
  const json& result = log["runs"][0]["results"][0];
  const json& artifact = result["relatedLocations"][0]["physicalLocation"]["artifactLocation"];
  CHECK(artifact["uri"] == "file:///srv/b%C3%A0i%20vi%E1%BA%BFt/004.txt");
  CHECK_FALSE(artifact.contains("uriBaseId"));
  CHECK(result["suppressions"][0]["kind"] == "external");
  CHECK(result["suppressions"][0]["justification"] == "accepted");
}
