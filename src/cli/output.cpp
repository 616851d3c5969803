// output: see output.hpp.
#include "cli/output.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace solieu::cli {
namespace {

bool is_stdout(const std::string& path) { return path.empty() || path == "-"; }

}  // namespace

Output::Output(std::string path) : path_(std::move(path)) {
  if (is_stdout(path_)) return;
  namespace fs = std::filesystem;
  fs::path target(path_);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // GCC 12 warns falsely (-Wrestrict) on string concatenation here; fmt builds it instead.
  std::string pattern = (dir / fmt::format(".{}.tmp.XXXXXX", target.filename().string())).string();
  int fd = mkstemp(pattern.data());
  if (fd < 0) {
    error_ = fmt::format("{}: cannot write: {}", path_, std::strerror(errno));
    return;
  }
  close(fd);
  temp_ = pattern;
  file_ = std::make_unique<std::ofstream>(temp_, std::ios::binary | std::ios::trunc);
  if (!*file_) error_ = fmt::format("{}: cannot write: {}", path_, std::strerror(errno));
}

Output::~Output() {
  file_.reset();
  if (!temp_.empty()) std::remove(temp_.c_str());
}

std::ostream& Output::stream() { return file_ ? static_cast<std::ostream&>(*file_) : std::cout; }

std::string Output::folder() const {
  if (is_stdout(path_)) return {};
  std::filesystem::path target(path_);
  return target.has_parent_path() ? target.parent_path().string() : ".";
}

std::string Output::commit() {
  if (!error_.empty()) return error_;
  if (!file_) {
    std::cout.flush();
    // EPIPE (SIGPIPE is ignored in main): the reader has what it wanted; stop quietly.
    if (!std::cout && errno != EPIPE) return fmt::format("standard output: {}", std::strerror(errno));
    return {};
  }
  file_->flush();
  if (!*file_) return fmt::format("{}: write failed: {}", path_, std::strerror(errno));
  file_->close();
  if (!*file_) return fmt::format("{}: write failed: {}", path_, std::strerror(errno));
  // mkstemp makes the file 0600; a report is an ordinary file.
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::permissions(temp_,
                  fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read, ec);
  if (std::rename(temp_.c_str(), path_.c_str()) != 0)
    return fmt::format("{}: cannot write: {}", path_, std::strerror(errno));
  temp_.clear();
  return {};
}

}  // namespace solieu::cli
