#pragma once
// manifest: `articles.json`, a sidecar in an article folder that dates and titles articles whose
// files carry no front matter: {"a.txt": {"date": "2022-08-23", "title": "...", "source": "..."}}.
// Takes a folder; gives the entry for a file name. Documented in docs/manifest.md.
// Tested by tests/load/test_manifest.cpp.
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace solieu {

inline constexpr const char* kManifestName = "articles.json";

struct ManifestEntry {
  std::string date;  // as written; checked by the loader like a front-matter date
  std::string title;
  std::string source;
};

struct Manifest {
  std::map<std::string, ManifestEntry> entries;  // by file name relative to the folder
};

// Reads `folder/articles.json`. Returns nullptr when there is none; throws DataError
// ("path:line:col: what") when it is malformed.
std::shared_ptr<const Manifest> read_manifest(const std::string& folder);

// The same, cached per folder and safe to call from several threads; a malformed manifest
// yields nullptr here (list_inputs reports it once, as an InputError for the manifest).
std::shared_ptr<const Manifest> cached_manifest(const std::string& folder);

}  // namespace solieu
