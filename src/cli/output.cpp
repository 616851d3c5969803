// output: see output.hpp.
#include "cli/output.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace solieu::cli {

std::string write_output_impl(const std::string& path, void (*write)(std::ostream&, const void*), const void* state) {
  if (path.empty() || path == "-") {
    write(std::cout, state);
    std::cout.flush();
    // EPIPE (SIGPIPE is ignored in main): the reader has what it wanted; stop quietly.
    if (!std::cout && errno != EPIPE) return fmt::format("standard output: {}", std::strerror(errno));
    return {};
  }
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // GCC 12 warns falsely (-Wrestrict) on string concatenation here; fmt builds it instead.
  std::string pattern = (dir / fmt::format(".{}.tmp.XXXXXX", target.filename().string())).string();
  int fd = mkstemp(pattern.data());
  if (fd < 0) return fmt::format("{}: cannot write: {}", path, std::strerror(errno));
  close(fd);
  {
    std::ofstream out(pattern, std::ios::binary | std::ios::trunc);
    write(out, state);
    out.flush();
    if (!out) {
      std::remove(pattern.c_str());
      return fmt::format("{}: write failed: {}", path, std::strerror(errno));
    }
  }
  // mkstemp makes the file 0600; a report is an ordinary file.
  std::error_code ec;
  fs::permissions(pattern, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read,
                  ec);
  if (std::rename(pattern.c_str(), path.c_str()) != 0) {
    std::string reason = std::strerror(errno);
    std::remove(pattern.c_str());
    return fmt::format("{}: cannot write: {}", path, reason);
  }
  return {};
}

}  // namespace solieu::cli
