#pragma once
// bench_util: what every benchmark program shares: a wall clock, peak RSS, reading a folder of
// articles into memory, and printing one "name  seconds  MB/s" line. Header-only because each
// bench/*.cpp is its own executable. Benchmarks print and never assert.
// Used by bench/stage_bench.cpp, bench/icu_words.cpp, bench/gen_facts.cpp; not tested (measures only).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace solieu::bench {

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

// Peak resident set of this process so far, in MB (Linux reports ru_maxrss in KiB).
inline double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

// *.txt and *.md under `root`, sorted, as solieu's own walk keeps them; a file stands for itself.
inline std::vector<std::string> article_paths(const std::string& root) {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  if (fs::is_regular_file(root)) return {root};
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    auto ext = entry.path().extension();
    if (ext == ".txt" || ext == ".md") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void print_row(const char* name, double seconds, uint64_t bytes) {
  double mb = bytes / 1e6;
  std::printf("%-22s %9.3f s %10.1f MB/s\n", name, seconds, seconds > 0 ? mb / seconds : 0.0);
}

}  // namespace solieu::bench
