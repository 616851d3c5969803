// version(): one constant, equal to the project version CMake knows.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "solieu/report.hpp"

TEST_CASE("version matches CMakeLists.txt project(VERSION)", "[report][version]") {
  CHECK(std::string(solieu::version()) == "0.1.0");
  std::ifstream in(std::string(SOLIEU_SOURCE_DIR) + "/CMakeLists.txt");
  std::stringstream text;
  text << in.rdbuf();
  CHECK(text.str().find(std::string("project(solieu VERSION ") + solieu::version() + " ") != std::string::npos);
}
