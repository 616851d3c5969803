#pragma once
// output: where a report goes. `-o FILE` is written to a temporary file in the same folder and
// renamed over FILE only when complete, so a failed run never leaves half a file; stdout is
// written as it comes, and a reader that goes away (`| head -1`) ends the run quietly.
#include <ostream>
#include <string>

namespace solieu::cli {

// Renders with `write` into FILE atomically, or to stdout when path is empty or "-".
// Returns an error message, or "" on success (a closed stdout counts as success).
template <typename Write>
std::string write_output(const std::string& path, Write write);

// Implementation detail of write_output, compiled once.
std::string write_output_impl(const std::string& path, void (*write)(std::ostream&, const void*), const void* state);

template <typename Write>
std::string write_output(const std::string& path, Write write) {
  return write_output_impl(
      path, [](std::ostream& out, const void* state) { (*static_cast<const Write*>(state))(out); }, &write);
}

}  // namespace solieu::cli
