// spool: see spool.hpp.
#include "report/spool.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace solieu::report {

Spool::Spool(std::string dir, size_t limit) : dir_(std::move(dir)), limit_(limit) {
  if (dir_.empty()) {
    const char* tmp = std::getenv("TMPDIR");
    dir_ = tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
  }
}

Spool::~Spool() {
  if (file_ != nullptr) std::fclose(file_);
}

void Spool::spill() {
  if (buffer_.empty()) return;
  if (file_ == nullptr) {
    std::string pattern = dir_ + "/.solieu-spool-XXXXXX";
    int fd = mkstemp(pattern.data());
    if (fd < 0)
      throw std::runtime_error(fmt::format("{}: cannot create a temporary file: {}", dir_, std::strerror(errno)));
    unlink(pattern.c_str());  // the open descriptor keeps the bytes; the name is never seen again
    file_ = fdopen(fd, "w+b");
    if (file_ == nullptr) {
      close(fd);
      throw std::runtime_error(fmt::format("{}: cannot open a temporary file: {}", dir_, std::strerror(errno)));
    }
  }
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
    throw std::runtime_error(fmt::format("{}: cannot write a temporary file: {}", dir_, std::strerror(errno)));
  spilled_ += buffer_.size();
  buffer_.clear();
}

void Spool::copy_to(std::ostream& out) {
  if (file_ != nullptr) {
    if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0)
      throw std::runtime_error(fmt::format("{}: cannot read a temporary file: {}", dir_, std::strerror(errno)));
    std::vector<char> chunk(size_t{1} << 20);
    uint64_t left = spilled_;
    while (left > 0 && out) {
      size_t want = static_cast<size_t>(std::min<uint64_t>(left, chunk.size()));
      size_t got = std::fread(chunk.data(), 1, want, file_);
      if (got == 0)
        throw std::runtime_error(fmt::format("{}: cannot read a temporary file: {}", dir_, std::strerror(errno)));
      out.write(chunk.data(), static_cast<std::streamsize>(got));
      left -= got;
    }
    // Appending after a copy goes on at the end of the file.
    std::fseek(file_, 0, SEEK_END);
  }
  if (out) out.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
}

}  // namespace solieu::report
