#pragma once
// run: runs the solieu binary as a user would, capturing stdout, stderr and the exit code.
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace solieu::test {

struct Run {
  int code = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// One folder per test process, removed when the process ends: test runs leave nothing in /tmp.
class ProcessTempDir {
 public:
  ProcessTempDir() {
    char pattern[] = "/tmp/solieu-test-XXXXXX";
    if (const char* made = mkdtemp(pattern)) path_ = made;
  }
  ~ProcessTempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  ProcessTempDir(const ProcessTempDir&) = delete;
  ProcessTempDir& operator=(const ProcessTempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;  // empty when no folder could be made
};

inline std::string temp_dir() {
  static const ProcessTempDir dir;
  return dir.path().empty() ? std::string("/tmp") : dir.path();
}

// Runs `solieu ARGS` from the source tree; ARGS is shell syntax.
inline Run run_solieu(const std::string& args, const std::string& stdin_text = "") {
  static int counter = 0;
  std::string base = temp_dir() + "/run" + std::to_string(++counter);
  std::string in_path = base + ".in";
  {
    std::ofstream in(in_path, std::ios::binary);
    in << stdin_text;
  }
  std::string command = std::string("cd '") + SOLIEU_SOURCE_DIR + "' && '" + SOLIEU_BINARY + "' " + args + " <'" +
                        in_path + "' >'" + base + ".out' 2>'" + base + ".err'";
  int status = std::system(command.c_str());
  Run r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(base + ".out");
  r.err = slurp(base + ".err");
  return r;
}

inline void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

}  // namespace solieu::test
