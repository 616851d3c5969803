// Bad inputs through the whole binary: each is reported once on stderr ("solieu: PATH: ...")
// and once in `errors`, the run exits 2, and the good articles beside it keep their facts.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/run.hpp"

using namespace solieu::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kGood = "Tỉnh Bắc Ninh hiện có 16 khu công nghiệp với tổng diện tích 6.847 ha.\n";

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("bad inputs are reported once each and the good article keeps its facts", "[cli][errors]") {
  std::string dir = temp_dir() + "/bad";
  fs::create_directories(dir + "/deep/a/b/c/d/e/f/g");
  write_file(dir + "/0_good.txt", kGood);
  write_file(dir + "/1_invalid.txt", "Tỉnh có 6 KCN\xC3\x28 và thêm.\n");
  write_file(dir + "/2_binary.txt", std::string("PK\x03\x04\x00\x00binary", 12));
  write_file(dir + "/3_empty.txt", "");
  write_file(dir + "/4_blank.txt", " \n\t\n");
  write_file(dir + "/deep/a/b/c/d/e/f/g/5_deep.txt", kGood);
  fs::create_directory_symlink("..", dir + "/deep/a/loop");  // a symlink loop must not hang the walk
  Run r = run_solieu("extract '" + dir + "' --quiet");
  CHECK(r.code == 2);
  json sheet = json::parse(r.out);
  CHECK(sheet["articles"].size() == 2);  // the good one and the deep one
  CHECK(sheet["facts"].size() == 4);
  REQUIRE(sheet["errors"].size() == 4);
  CHECK(sheet["errors"][0]["message"].get<std::string>().find("invalid UTF-8 at byte 16") == 0);
  CHECK(sheet["errors"][1]["message"].get<std::string>().find("binary") != std::string::npos);
  CHECK(sheet["errors"][2]["message"].get<std::string>().find("empty") != std::string::npos);
  CHECK(sheet["errors"][3]["message"].get<std::string>().find("whitespace") != std::string::npos);
  for (const auto& e : sheet["errors"]) {
    std::string line = "solieu: " + e["path"].get<std::string>() + ": ";
    CHECK(count(r.err, line) == 1);
  }
}

TEST_CASE("converted encodings give the same facts as UTF-8", "[cli][errors]") {
  std::string dir = temp_dir() + "/encodings";
  fs::create_directories(dir);
  // UTF-16LE with BOM.
  std::string utf16 = "\xFF\xFE";
  for (unsigned char c : std::string("Tinh co 6 KCN.\n")) utf16 += std::string{static_cast<char>(c), '\0'};
  write_file(dir + "/utf16.txt", utf16);
  // NFD: the same article, letters and tone marks decomposed.
  write_file(dir + "/nfd.txt",
             "Ti\xCC\x89nh Ba\xCC\x86\xCC\x81"
             "c Ninh hie\xCC\xA3\xCC\x82n co\xCC\x81 16 khu co\xCC\x82ng nghie\xCC\xA3\xCC\x82p vo\xCC\x9B\xCC\x81i "
             "to\xCC\x82\xCC\x89ng die\xCC\xA3\xCC\x82n ti\xCC\x81"
             "ch 6.847 ha.\n");
  write_file(dir + "/nfc.txt", kGood);
  Run r = run_solieu("extract '" + dir + "' --quiet");
  CHECK(r.code == 0);
  json sheet = json::parse(r.out);
  REQUIRE(sheet["articles"].size() == 3);
  std::map<std::string, std::vector<double>> values;
  for (const auto& f : sheet["facts"]) values[f["article"].get<std::string>()].push_back(f["value"].get<double>());
  CHECK(values["nfd"] == values["nfc"]);
  CHECK(values["nfc"] == std::vector<double>{16, 6847});
  CHECK(values["utf16"] == std::vector<double>{6});
  CHECK(r.err.find("UTF-16") != std::string::npos);  // a converted file is said to be converted
}

TEST_CASE("an unreadable file is reported and the rest still processed", "[cli][errors]") {
  if (geteuid() == 0) {
    WARN("running as root: permission bits do not stop reads, skipped");
    return;
  }
  std::string dir = temp_dir() + "/perm";
  fs::create_directories(dir);
  write_file(dir + "/a.txt", kGood);
  write_file(dir + "/b.txt", kGood);
  chmod((dir + "/b.txt").c_str(), 0);
  Run r = run_solieu("extract '" + dir + "' --quiet");
  CHECK(r.code == 2);
  CHECK(r.err.find("b.txt: ") != std::string::npos);
  CHECK(json::parse(r.out)["articles"].size() == 1);
}

TEST_CASE("two thousand small files in shuffled creation order give one sorted, stable sheet", "[cli][scale]") {
  std::string dir = temp_dir() + "/many";
  fs::create_directories(dir);
  for (int i = 1999; i >= 0; --i) write_file(dir + "/" + std::to_string(i * 7919 % 2000) + ".txt", kGood);
  Run one = run_solieu("extract '" + dir + "' --jobs 1 --quiet");
  Run four = run_solieu("extract '" + dir + "' --jobs 4 --quiet");
  CHECK(one.code == 0);
  CHECK(one.out == four.out);
  json sheet = json::parse(one.out);
  REQUIRE(sheet["articles"].size() == 2000);
  CHECK(sheet["articles"][0]["id"] == "0");
  CHECK(sheet["articles"][1]["id"] == "1");
  CHECK(sheet["articles"][2]["id"] == "10");  // byte order, as documented
  CHECK(sheet["facts"].size() == 4000);
}

TEST_CASE("a long single-line article is read whole", "[cli][scale]") {
  std::string dir = temp_dir() + "/long";
  fs::create_directories(dir);
  std::string line;
  for (int i = 0; i < 20000; ++i) line += "Tỉnh có " + std::to_string(i % 90 + 1) + " khu công nghiệp, ";
  write_file(dir + "/long.txt", line + "hết.\n");
  Run r = run_solieu("extract '" + dir + "' --quiet");
  CHECK(r.code == 0);
  json sheet = json::parse(r.out);
  CHECK(sheet["quantities"].size() == 20000);
  CHECK(sheet["facts"].size() == 20000);
}
