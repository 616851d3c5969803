// Tests for list_inputs: sorted recursive walk, globs, errors, symlink loops, duplicates.
#include <unistd.h>
#include <catch2/catch.hpp>

#include <filesystem>

#include "load/temp_dir.hpp"
#include "solieu/load.hpp"

using namespace solieu;

TEST_CASE("folders are walked recursively in byte order, keeping *.txt and *.md", "[walk]") {
  test::TempDir dir;
  dir.write("b.txt", "x");
  dir.write("a.md", "x");
  dir.write("B.txt", "x");
  dir.write("sub/c.txt", "x");
  dir.write("sub/deeper/d.txt", "x");
  dir.write("notes.json", "{}");
  dir.write("image.png", "x");
  dir.write(".hidden/e.txt", "x");
  std::vector<InputError> errors;
  auto files = list_inputs({dir.str()}, {}, errors);
  CHECK(errors.empty());
  CHECK(files == std::vector<std::string>{dir / "B.txt", dir / "a.md", dir / "b.txt", dir / "sub/c.txt",
                                          dir / "sub/deeper/d.txt"});
}

TEST_CASE("globs use * and ? on the file name", "[walk]") {
  test::TempDir dir;
  dir.write("001_a.txt", "x");
  dir.write("002_b.txt", "x");
  dir.write("10_c.txt", "x");
  dir.write("x.text", "x");
  LoadOptions options;
  options.globs = {"00?_*.txt", "*.te*t"};
  std::vector<InputError> errors;
  CHECK(list_inputs({dir.str()}, options, errors) ==
        std::vector<std::string>{dir / "001_a.txt", dir / "002_b.txt", dir / "x.text"});
}

TEST_CASE("files named on the command line are kept whatever their name, in argument order", "[walk]") {
  test::TempDir dir;
  std::string z = dir.write("z.html", "x");
  std::string a = dir.write("a.txt", "x");
  std::vector<InputError> errors;
  CHECK(list_inputs({z, "-", a}, {}, errors) == std::vector<std::string>{z, "-", a});
}

TEST_CASE("missing paths are errors, and the other inputs go on", "[walk]") {
  test::TempDir dir;
  std::string a = dir.write("a.txt", "x");
  std::vector<InputError> errors;
  auto files = list_inputs({dir / "missing", a}, {}, errors);
  CHECK(files == std::vector<std::string>{a});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].path == dir / "missing");
  CHECK(errors[0].message == "No such file or directory");
}

TEST_CASE("unreadable folders are reported", "[walk]") {
  if (::geteuid() == 0) return;  // root reads everything: nothing to test
  test::TempDir dir;
  dir.write("locked/a.txt", "x");
  std::string b = dir.write("b.txt", "x");
  std::filesystem::permissions(dir / "locked", std::filesystem::perms::none);
  std::vector<InputError> errors;
  auto files = list_inputs({dir.str()}, {}, errors);
  std::filesystem::permissions(dir / "locked", std::filesystem::perms::owner_all);
  CHECK(files == std::vector<std::string>{b});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].path == dir / "locked");
  CHECK(errors[0].message == "Permission denied");
}

TEST_CASE("symlink loops are cut and each file is listed once", "[walk]") {
  test::TempDir dir;
  dir.write("a/x.txt", "x");
  std::filesystem::create_directory_symlink("..", dir / "a/up");  // a/up -> dir: a loop
  std::filesystem::create_directory_symlink("a", dir / "link");   // the same folder twice
  std::filesystem::create_symlink("nowhere.txt", dir / "dangling.txt");
  std::vector<InputError> errors;
  auto files = list_inputs({dir.str()}, {}, errors);
  CHECK(errors.empty());
  CHECK(files == std::vector<std::string>{dir / "a/x.txt"});
}

TEST_CASE("the same file given twice is listed once", "[walk]") {
  test::TempDir dir;
  std::string a = dir.write("a.txt", "x");
  std::vector<InputError> errors;
  auto files = list_inputs({a, dir.str(), dir.str() + "/./a.txt"}, {}, errors);
  CHECK(files == std::vector<std::string>{a});
}

TEST_CASE("the seed folder lists its five articles", "[walk][seed]") {
  std::vector<InputError> errors;
  auto files = list_inputs({std::string(SOLIEU_SOURCE_DIR) + "/data/articles"}, {}, errors);
  CHECK(errors.empty());
  REQUIRE(files.size() == 5);
  CHECK(files[0] == std::string(SOLIEU_SOURCE_DIR) + "/data/articles/000_79beec965ee36a26.txt");
}
