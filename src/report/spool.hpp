#pragma once
// spool: append-only bytes that stay in memory while small and move to a temporary file as they
// grow. The JSON sheet lists every article before any quantity and every quantity before any fact,
// while a run produces them article by article: rendered quantities and facts wait in spools, so a
// large run costs disk, not memory. The file is unlinked as soon as it is created, so nothing is
// left behind on any exit, a crash included.
// Tested by tests/report/test_sheet_stream.cpp.
#include <cstdint>
#include <cstdio>
#include <ostream>
#include <string>

namespace solieu::report {

class Spool {
 public:
  // dir: where the temporary file goes; "" = $TMPDIR, else /tmp. limit: bytes kept in memory.
  explicit Spool(std::string dir = {}, size_t limit = size_t{1} << 20);
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  // Append to this, then call spill_if_full().
  std::string& buffer() { return buffer_; }
  // Throws std::runtime_error when the temporary file cannot be created or written.
  void spill_if_full() {
    if (buffer_.size() >= limit_) spill();
  }
  bool empty() const { return spilled_ == 0 && buffer_.empty(); }
  uint64_t size() const { return spilled_ + buffer_.size(); }

  // Writes everything appended so far to `out`, in order; stops early when `out` fails (a closed
  // pipe). Throws std::runtime_error when the temporary file cannot be read back.
  void copy_to(std::ostream& out);

 private:
  void spill();

  std::string dir_;
  size_t limit_;
  std::string buffer_;
  std::FILE* file_ = nullptr;
  uint64_t spilled_ = 0;
};

}  // namespace solieu::report
