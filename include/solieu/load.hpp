#pragma once
// load: paths -> articles. Walks folders in sorted order, reads files, decodes them to UTF-8,
// refuses what is not text, and reads the optional front matter and sidecar manifest.
// A bad input becomes an InputError; the other inputs go on (nothing is lost).
// Tested by tests/load/.
#include <optional>
#include <string>
#include <vector>

#include "solieu/text.hpp"

namespace solieu {

struct InputError {
  std::string path;
  std::string message;  // "invalid UTF-8 at byte 1234", "binary file (NUL byte at 17)", ...
};

struct LoadOptions {
  std::vector<std::string> globs = {"*.txt", "*.md"};  // file names a folder walk keeps
  std::string encoding;                                // forced input encoding (ICU converter name); empty = detect
};

// Expands files and folders (recursively, sorted by path, symlink loops cut) into the list of
// article paths, in the order they are reported. "-" stays "-" (standard input).
// Paths that do not exist or cannot be listed add an InputError and are skipped.
std::vector<std::string> list_inputs(const std::vector<std::string>& paths, const LoadOptions& options,
                                     std::vector<InputError>& errors);

struct LoadResult {
  std::optional<Article> article;     // set on success
  std::optional<InputError> error;    // set on failure
  std::vector<std::string> warnings;  // e.g. "converted from windows-1258"; go to stderr
};

// Reads and decodes one path ("-" = standard input).
LoadResult load_article(const std::string& path, const LoadOptions& options);

// Decodes bytes already in memory (what load_article does after reading). `path` names the input.
LoadResult decode_article(std::string path, std::string bytes, const LoadOptions& options);

}  // namespace solieu
