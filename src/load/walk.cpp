// walk: list_inputs, the paths on the command line -> the article files, in report order.
// Folders are walked recursively; the files found under one argument are sorted by path (byte
// order) so that output never depends on the file system's directory order. Directories are
// identified by (device, inode), which cuts symlink loops and also a folder reached twice.
// Hidden entries (".git", ".DS_Store") are skipped, as ripgrep does. A file named on the command
// line is taken whatever its name; the globs only filter what a walk finds.
// Tested by tests/load/test_walk.cpp.
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <string>
#include <utility>

#include "load/manifest.hpp"
#include "solieu/error.hpp"
#include "solieu/load.hpp"

namespace solieu {

namespace {

// `*` any run, `?` one byte, everything else literal. Case-sensitive, like a shell.
bool glob_match(std::string_view pattern, std::string_view name) {
  size_t p = 0, n = 0, star = std::string_view::npos, mark = 0;
  while (n < name.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == name[n])) {
      ++p, ++n;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = n;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      n = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool wanted(const std::string& name, const LoadOptions& options) {
  for (const std::string& g : options.globs) {
    if (glob_match(g, name)) return true;
  }
  return false;
}

std::string join(const std::string& dir, const std::string& name) {
  return !dir.empty() && dir.back() == '/' ? dir + name : dir + "/" + name;
}

struct Walker {
  const LoadOptions& options;
  std::vector<InputError>& errors;
  std::set<std::pair<dev_t, ino_t>> seen_dirs;
  std::vector<std::string> files;

  void walk(const std::string& dir, const struct stat& st) {
    if (!seen_dirs.insert({st.st_dev, st.st_ino}).second) return;  // a loop, or a folder seen before
    DIR* d = opendir(dir.c_str());
    if (!d) {
      errors.push_back({dir, std::strerror(errno)});
      return;
    }
    std::vector<std::string> names;
    while (struct dirent* e = readdir(d)) {
      if (e->d_name[0] == '.') continue;  // ".", "..", hidden
      names.emplace_back(e->d_name);
    }
    closedir(d);
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      std::string path = join(dir, name);
      struct stat child;
      if (stat(path.c_str(), &child) != 0) {
        // A dangling symlink is not an article the user asked for; anything else is reported.
        struct stat link;
        if (lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) continue;
        errors.push_back({path, std::strerror(errno)});
        continue;
      }
      if (S_ISDIR(child.st_mode)) {
        walk(path, child);
      } else if (S_ISREG(child.st_mode) && wanted(name, options)) {
        files.push_back(path);
      }
    }
  }
};

std::string folder_of(const std::string& path) {
  std::string parent = std::filesystem::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
}

}  // namespace

std::vector<std::string> list_inputs(const std::vector<std::string>& paths, const LoadOptions& options,
                                     std::vector<InputError>& errors) {
  std::vector<std::string> out;
  std::set<std::string> seen;  // by canonical path, so "a.txt" and "./a.txt" load once
  Walker walker{options, errors, {}, {}};
  auto add = [&](const std::string& path) {
    std::error_code ec;
    std::string key = path == "-" ? path : std::filesystem::weakly_canonical(path, ec).string();
    if (ec) key = path;
    if (seen.insert(key).second) out.push_back(path);
  };
  for (const std::string& path : paths) {
    if (path == "-") {
      add(path);
      continue;
    }
    struct stat st;
    if (stat(path.c_str(), &st) != 0) {
      errors.push_back({path, std::strerror(errno)});
      continue;
    }
    if (!S_ISDIR(st.st_mode)) {
      add(path);
      continue;
    }
    walker.files.clear();
    walker.walk(path, st);
    std::sort(walker.files.begin(), walker.files.end());
    for (const std::string& f : walker.files) add(f);
  }
  // A malformed manifest is reported once, for itself; the articles beside it still load.
  std::set<std::string> folders;
  for (const std::string& path : out) {
    if (path != "-") folders.insert(folder_of(path));
  }
  for (const std::string& folder : folders) {
    try {
      read_manifest(folder);
    } catch (const DataError& e) {
      std::string manifest = folder == "." ? kManifestName : join(folder, kManifestName);
      std::string message = e.what();
      // DataError says "path:line:col: what"; the path is already InputError::path.
      if (message.compare(0, manifest.size() + 1, manifest + ":") == 0) message = message.substr(manifest.size() + 1);
      errors.push_back({manifest, message});
    }
  }
  return out;
}

}  // namespace solieu
