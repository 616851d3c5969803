// manifest: reads and checks articles.json, keeping the file:line:col of a bad entry.
// Tested by tests/load/test_manifest.cpp.
#include "load/manifest.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "load/json_file.hpp"
#include "solieu/error.hpp"

namespace solieu {

namespace {

std::string folder_path(const std::string& folder, const char* name) {
  return folder.empty() || folder == "." ? std::string(name) : (std::filesystem::path(folder) / name).string();
}

}  // namespace

std::shared_ptr<const Manifest> read_manifest(const std::string& folder) {
  std::string path = folder_path(folder, kManifestName);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return nullptr;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError(fmt::format("{}: cannot open", path));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  nlohmann::json json = parse_json_text(text, path);
  if (!json.is_object()) throw DataError(fmt::format("{}:1:1: expected an object mapping file names to entries", path));
  auto manifest = std::make_shared<Manifest>();
  for (auto& item : json.items()) {
    // Named copies, not structured bindings: lambdas may not capture those before C++20 in clang 14.
    const std::string name = item.key();
    const nlohmann::json& value = item.value();
    // nlohmann keeps no positions: point at the key's first occurrence in the text instead.
    auto where = [&] {
      size_t at = text.find("\"" + name + "\"");
      return json_position(text, path, at == std::string::npos ? 0 : at);
    };
    if (!value.is_object()) throw DataError(fmt::format("{}: entry \"{}\" must be an object", where(), name));
    ManifestEntry entry;
    for (auto& [key, field] : value.items()) {
      if (!field.is_string()) throw DataError(fmt::format("{}: \"{}\".{} must be a string", where(), name, key));
      if (key == "date")
        entry.date = field.get<std::string>();
      else if (key == "title")
        entry.title = field.get<std::string>();
      else if (key == "source")
        entry.source = field.get<std::string>();
      else
        throw DataError(fmt::format("{}: \"{}\" has unknown field \"{}\" (date, title, source)", where(), name, key));
    }
    manifest->entries.emplace(name, std::move(entry));
  }
  return manifest;
}

std::shared_ptr<const Manifest> cached_manifest(const std::string& folder) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Manifest>> cache;
  {
    std::lock_guard lock(mutex);
    if (auto it = cache.find(folder); it != cache.end()) return it->second;
  }
  std::shared_ptr<const Manifest> manifest;
  try {
    manifest = read_manifest(folder);
  } catch (const DataError&) {
    manifest = nullptr;
  }
  std::lock_guard lock(mutex);
  return cache.emplace(folder, manifest).first->second;
}

}  // namespace solieu
