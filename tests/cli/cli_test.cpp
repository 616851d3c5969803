// End-to-end: the solieu binary run as users and CI run it: exit codes, stderr messages,
// nothing lost on bad inputs, atomic -o, determinism across --jobs, the seed articles' verdicts.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/run.hpp"

using namespace solieu::test;
using nlohmann::json;
namespace fs = std::filesystem;

TEST_CASE("version and help", "[cli]") {
  Run v = run_solieu("--version");
  CHECK(v.code == 0);
  CHECK(v.out.find("solieu 0.1.0") != std::string::npos);
  Run h = run_solieu("--help");
  CHECK(h.code == 0);
  for (const char* word : {"extract", "check", "explain", "rules", "Exit codes"})
    CHECK(h.out.find(word) != std::string::npos);
  Run sub = run_solieu("check --help");
  CHECK(sub.code == 0);
  CHECK(sub.out.find("--fail-on") != std::string::npos);
}

TEST_CASE("usage errors exit 2", "[cli]") {
  CHECK(run_solieu("").code == 2);
  CHECK(run_solieu("extract").code == 2);
  CHECK(run_solieu("extract data/articles --format yaml").code == 2);
  CHECK(run_solieu("frobnicate").code == 2);
  CHECK(run_solieu("check data/articles --fail-on sometimes").code == 2);
}

TEST_CASE("extract writes the fact sheet of the seed articles", "[cli]") {
  Run r = run_solieu("extract data/articles --quiet");
  REQUIRE(r.code == 0);
  json sheet = json::parse(r.out);
  CHECK(sheet["schema"] == "solieu/factsheet-1");
  CHECK(sheet["tool"]["name"] == "solieu");
  REQUIRE(sheet["articles"].size() == 5);
  CHECK(sheet["articles"][0]["id"] == "000_79beec965ee36a26");
  CHECK(sheet["articles"][4]["date"] == "2021-07-22");
  CHECK(sheet["facts"].size() > 40);
  CHECK(sheet["errors"].empty());
  CHECK_FALSE(sheet.contains("findings"));
  // Every quote is the file's own bytes at [start, end).
  for (const auto& f : sheet["facts"]) {
    std::string file =
        slurp(std::string(SOLIEU_SOURCE_DIR) + "/data/articles/" + f["article"].get<std::string>() + ".txt");
    size_t start = f["start"], end = f["end"];
    CHECK(file.substr(start, end - start) == f["text"].get<std::string>());
  }
}

TEST_CASE("output is the same bytes whatever --jobs is", "[cli][determinism]") {
  Run one = run_solieu("extract data/articles --jobs 1");
  Run two = run_solieu("extract data/articles --jobs 2");
  Run eight = run_solieu("check data/articles --jobs 8 --format json");
  Run eight_again = run_solieu("check data/articles --jobs 1 --format json");
  CHECK(one.out == two.out);
  CHECK(eight.out == eight_again.out);
  CHECK_FALSE(one.out.empty());
}

TEST_CASE("a normal run writes nothing to stderr: progress is for terminals only", "[cli][output]") {
  for (const char* args :
       {"extract data/articles", "extract data/articles --format jsonl", "extract data/articles --format text",
        "check data/articles --format json --fail-on never"}) {
    Run r = run_solieu(args);
    INFO(args);
    CHECK(r.code == 0);
    CHECK(r.err.empty());
  }
}

TEST_CASE("streamed output to a file leaves only the file in its folder", "[cli][output]") {
  std::string dir = temp_dir() + "/streamed";
  fs::create_directories(dir);
  for (const char* format : {"json", "jsonl", "text"}) {
    std::string target = dir + "/sheet." + format;
    CHECK(run_solieu(std::string("extract data/articles --quiet --format ") + format + " -o '" + target + "'").code ==
          0);
    CHECK(slurp(target) == run_solieu(std::string("extract data/articles --quiet --format ") + format).out);
  }
  CHECK(run_solieu("check data/articles --quiet --format json --fail-on never -o '" + dir + "/check.json'").code == 0);
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    ++files;
    CHECK(e.path().filename().string().rfind(".", 0) == std::string::npos);  // no temporary file left
  }
  CHECK(files == 4);
}

TEST_CASE("a missing path is reported and the other inputs are still processed", "[cli][errors]") {
  Run r = run_solieu("extract no/such/folder data/articles/004_12683446562c8134.txt");
  CHECK(r.code == 2);
  CHECK(r.err.find("solieu: no/such/folder: ") != std::string::npos);
  json sheet = json::parse(r.out);
  CHECK(sheet["articles"].size() == 1);
  REQUIRE(sheet["errors"].size() == 1);
  CHECK(sheet["errors"][0]["path"] == "no/such/folder");
  CHECK(sheet["facts"].size() > 5);
}

TEST_CASE("standard input is one article called stdin", "[cli]") {
  Run r = run_solieu("extract -", "Minh Châu|22/07/2021 09:03\nTỉnh Bắc Giang hiện có 6 khu công nghiệp.\n");
  REQUIRE(r.code == 0);
  json sheet = json::parse(r.out);
  REQUIRE(sheet["articles"].size() == 1);
  CHECK(sheet["articles"][0]["id"] == "stdin");
  CHECK(sheet["articles"][0]["date"] == "2021-07-22");
  REQUIRE(sheet["facts"].size() == 1);
  CHECK(sheet["facts"][0]["value"] == 6);
  CHECK(sheet["facts"][0]["place"] == "Bắc Giang");
}

TEST_CASE("check finds the seeds' contradictions and exits 1", "[cli][check]") {
  Run r = run_solieu("check data/articles --format json --quiet");
  CHECK(r.code == 1);
  json sheet = json::parse(r.out);
  REQUIRE(sheet.contains("findings"));
  bool target = false, magnitude = false;
  for (const auto& f : sheet["findings"]) {
    if (f["severity"] != "error") continue;
    if (f["rule"] == "target-agrees") target = true;
    if (f["rule"] == "magnitude-readable") magnitude = true;
  }
  CHECK(target);
  CHECK(magnitude);
  CHECK(run_solieu("check data/articles --fail-on never --quiet").code == 0);
}

TEST_CASE("output to a file is atomic and an unwritable target exits 2 leaving nothing", "[cli][output]") {
  std::string dir = temp_dir();
  std::string good = dir + "/sheet.json";
  CHECK(run_solieu("extract data/articles -o '" + good + "'").code == 0);
  CHECK(json::parse(slurp(good))["articles"].size() == 5);
  Run bad = run_solieu("extract data/articles -o /proc/no/such/dir/sheet.json");
  CHECK(bad.code == 2);
  CHECK(bad.err.find("solieu: /proc/no/such/dir/sheet.json") != std::string::npos);
  for (const auto& e : fs::directory_iterator(dir))
    CHECK(e.path().filename().string().find(".tmp.") == std::string::npos);
}

TEST_CASE("a reader that stops early ends the run quietly", "[cli][output]") {
  // `solieu extract ... | head -n 1`: the reader goes away; solieu must not crash or complain.
  std::string dir = temp_dir();
  std::string command = std::string("cd '") + SOLIEU_SOURCE_DIR + "' && bash -c \"'" + SOLIEU_BINARY +
                        "' extract data/articles --format jsonl 2>'" + dir + "/pipe.err' | head -n 1 >'" + dir +
                        "/pipe.out'; echo \\${PIPESTATUS[0]} >'" + dir + "/pipe.code'\"";
  REQUIRE(std::system(command.c_str()) == 0);
  CHECK(slurp(dir + "/pipe.err").empty());
  CHECK(slurp(dir + "/pipe.out").rfind("{\"type\":\"article\"", 0) == 0);
  std::string code = slurp(dir + "/pipe.code");
  CHECK((code == "0\n" || code == "141\n"));  // finished, or stopped by the closed pipe: never a crash
}

TEST_CASE("rules and explain", "[cli][rules]") {
  Run list = run_solieu("rules");
  CHECK(list.code == 0);
  CHECK(list.out.find("target-agrees") != std::string::npos);
  Run e = run_solieu("explain target-agrees");
  CHECK(e.code == 0);
  CHECK(e.out.find("agree") != std::string::npos);
  CHECK(run_solieu("explain no-such-rule").code == 2);
}

TEST_CASE("a malformed rule file stops check with file:line:col", "[cli][rules]") {
  std::string dir = temp_dir() + "/badrules";
  fs::create_directories(dir);
  write_file(dir + "/broken.json", "{\n  \"id\": \"broken\",\n  \"kind\": agree\n}\n");
  Run r = run_solieu("check data/articles --rules '" + dir + "'");
  CHECK(r.code == 2);
  CHECK(r.err.find("broken.json:3:") != std::string::npos);
}

TEST_CASE("unseen articles: one planted contradiction, and no false alarm", "[cli][scenarios]") {
  // tests/scenarios/unseen/README.md says what a careful reader finds in these twelve articles.
  Run r = run_solieu("check tests/scenarios/unseen --glob '*.txt' --format json --quiet");
  CHECK(r.code == 1);
  json sheet = json::parse(r.out);
  CHECK(sheet["articles"].size() == 12);
  std::vector<std::string> errors;
  for (const auto& f : sheet["findings"])
    if (f["severity"] == "error")
      errors.push_back(f["rule"].get<std::string>() + ": " + f["message"].get<std::string>());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("target-agrees") == 0);
  CHECK(errors[0].find("Bắc Ninh") != std::string::npos);
  CHECK(errors[0].find("31 vs 29") != std::string::npos);
}
