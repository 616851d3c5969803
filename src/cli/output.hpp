#pragma once
// output: where a report goes. `-o FILE` is written to a temporary file in the same folder and
// renamed over FILE only when complete, so a failed run never leaves half a file; stdout is
// written as it comes, and a reader that goes away (`| head -1`) ends the run quietly.
// An Output is opened before the articles are read, so that a streaming report writes while
// the run goes on, and an unwritable FILE stops the run before any work is done.
// Tested by tests/cli/cli_test.cpp.
#include <fstream>
#include <memory>
#include <ostream>
#include <string>

namespace solieu::cli {

class Output {
 public:
  // path "" or "-": standard output. Otherwise creates FILE's temporary sibling.
  explicit Output(std::string path);
  // Removes the temporary file unless commit() renamed it: an exception or an early return
  // leaves nothing behind.
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  // Why the output could not be opened ("FILE: cannot write: ..."), or "".
  const std::string& error() const { return error_; }
  std::ostream& stream();
  // Where temporary files of this run belong: FILE's folder, or "" (the system's) for stdout.
  std::string folder() const;
  // Flushes and, for FILE, renames the temporary file over it. Returns an error message, or ""
  // on success (a closed stdout counts as success).
  std::string commit();

 private:
  std::string path_;
  std::string temp_;  // empty for stdout, and once renamed
  std::string error_;
  std::unique_ptr<std::ofstream> file_;
};

// Renders with `write` into FILE atomically, or to stdout when path is empty or "-".
// Returns an error message, or "" on success (a closed stdout counts as success).
template <typename Write>
std::string write_output(const std::string& path, Write write) {
  Output output(path);
  if (!output.error().empty()) return output.error();
  write(output.stream());
  return output.commit();
}

}  // namespace solieu::cli
