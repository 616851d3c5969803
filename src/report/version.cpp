// version: the one place the tool version is written. It must equal project(... VERSION) in
// CMakeLists.txt; tests/report/test_version.cpp compares the two so they cannot drift apart.
#include "solieu/report.hpp"

namespace solieu {

const char* version() { return "0.1.0"; }

}  // namespace solieu
