#pragma once
// bench_util: what every benchmark program shares: a wall clock, peak RSS, reading a folder of
// articles into memory, and printing one "name  wall  MB/s  cpu  MB/s" line. Header-only because each
// bench/*.cpp is its own executable. Benchmarks print and never assert.
// Used by bench/stage_bench.cpp, bench/icu_words.cpp, bench/gen_facts.cpp; not tested (measures only).
#include <sys/resource.h>
#include <time.h>

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

// Wall time and this thread's CPU time: on a shared machine the wall clock also counts other
// people's builds, the CPU clock only our own work, so both are printed.
class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()), cpu_start_(thread_cpu()) {}
  double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }
  double cpu_seconds() const { return thread_cpu() - cpu_start_; }

  static double thread_cpu() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
  }

 private:
  std::chrono::steady_clock::time_point start_;
  double cpu_start_;
};

// A stage's accumulated wall and CPU seconds.
struct Timing {
  double wall = 0, cpu = 0;
  void add(const Stopwatch& w) { wall += w.seconds(), cpu += w.cpu_seconds(); }
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

inline void print_header() { std::printf("%-22s %9s %10s %9s %10s\n", "stage", "wall s", "MB/s", "cpu s", "MB/s cpu"); }

inline void print_row(const char* name, const Timing& t, uint64_t bytes) {
  double mb = bytes / 1e6;
  std::printf("%-22s %9.3f %10.1f %9.3f %10.1f\n", name, t.wall, t.wall > 0 ? mb / t.wall : 0.0, t.cpu,
              t.cpu > 0 ? mb / t.cpu : 0.0);
}

}  // namespace solieu::bench
