// decode: bytes -> Article. Decides what the bytes are (UTF-8, UTF-16, a legacy Vietnamese
// encoding, double-encoded UTF-8, or not text at all), then reads front matter and the manifest.
// Order matters: a UTF-16 BOM before the NUL test (UTF-16 is full of NULs), the NUL test before
// UTF-8 validation (a binary file is "binary", not "invalid UTF-8 at byte 3"), and legacy
// encodings (windows-1258, TCVN3, VNI-Windows) only when UTF-8 fails, since they accept any
// byte string. BOM-less UTF-16 is guessed from alternating NULs, and kept only if it decodes
// cleanly to text without control characters.
// Tested by tests/load/test_decode.cpp, test_front_matter.cpp, test_manifest.cpp.
#include <fmt/format.h>
#include <unicode/uchar.h>
#include <utf8.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <limits>

#include "load/front_matter.hpp"
#include "load/legacy.hpp"
#include "load/manifest.hpp"
#include "load/mojibake.hpp"
#include "load/utf8_check.hpp"
#include "solieu/load.hpp"

namespace solieu {

namespace {

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string article_id(const std::string& path) {
  if (path == "-") return "stdin";
  return std::filesystem::path(path).stem().string();
}

LoadResult fail(std::string path, std::string message) {
  LoadResult r;
  r.error = InputError{std::move(path), std::move(message)};
  return r;
}

// UTF-16 without a BOM: ASCII and Vietnamese letters (U+00xx, U+01xx, U+1Exx) leave the high
// byte of most units zero and the low byte almost never. We call it UTF-16 when at least a
// quarter of the high bytes in the first 4 KiB are NUL and no low byte is.
std::optional<std::string> sniff_utf16(std::string_view bytes) {
  if (bytes.size() < 4 || bytes.size() % 2 != 0) return std::nullopt;
  size_t n = std::min<size_t>(bytes.size(), 4096);
  size_t even_nul = 0, odd_nul = 0;
  for (size_t i = 0; i < n; ++i) {
    if (bytes[i] == '\0') ++(i % 2 ? odd_nul : even_nul);
  }
  size_t units = n / 2;
  if (even_nul == 0 && odd_nul * 4 >= units) return std::string("UTF-16LE");
  if (odd_nul == 0 && even_nul * 4 >= units) return std::string("UTF-16BE");
  return std::nullopt;
}

// C0 controls other than whitespace: text has none, binary formats plenty. Keeps the BOM-less
// UTF-16 guess from taking a binary file whose NULs happen to alternate.
bool has_controls(std::string_view text) {
  for (unsigned char c : text) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return true;
  }
  return false;
}

bool blank(std::string_view text) {
  auto it = text.begin();
  while (it != text.end()) {
    char32_t c = utf8::unchecked::next(it);
    // Zero-width characters and the BOM are as empty as spaces to a reader.
    if (!(u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0xFEFF || c == 0x200B || c == 0x200C || c == 0x200D ||
          c == 0x2060 || c == 0x00AD))
      return false;
  }
  return true;
}

void apply_front_matter(Article& a, std::vector<std::string>& warnings) {
  uint32_t from = a.source.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  auto fm = read_front_matter(a.source, from);
  if (!fm) return;
  a.body_start = fm->body_start;
  for (auto& [key, value] : fm->entries) {
    std::string k = lower_ascii(key);
    if (k == "title") {
      a.title = value;
    } else if (k == "source") {
      a.url = value;
    } else if (k == "date") {
      if (auto iso = parse_article_date(value)) {
        a.date = *iso;
        a.date_source = DateSource::front_matter;
      } else {
        warnings.push_back(
            fmt::format("front matter date \"{}\" is not a date (YYYY, YYYY-MM, YYYY-MM-DD or "
                        "DD/MM/YYYY); ignored",
                        value));
      }
    } else {
      a.meta.emplace_back(key, value);
    }
  }
}

// Turns the raw bytes into UTF-8 source and says what they were. Returns an error message on
// failure.
std::optional<std::string> decode_bytes(std::string bytes, const LoadOptions& options, Article& a,
                                        std::vector<std::string>& warnings) {
  auto converted = [&](std::string text, const std::string& encoding) {
    a.source = std::move(text);
    a.encoding = encoding;
    warnings.push_back(fmt::format("decoded as {}; offsets refer to the converted text", encoding));
  };
  const std::string want = lower_ascii(options.encoding);
  // Forced UTF-8 is the detection path without its legacy fallback (BOM and mojibake still apply).
  const bool utf8_only = want == "utf-8" || want == "utf8";
  if (!want.empty() && !utf8_only) {
    if (want == "tcvn3" || want == "abc" || want == "tcvn") {
      converted(decode_tcvn3(bytes), "TCVN3");
    } else {
      std::string error;
      auto text = convert_with_icu(bytes, options.encoding, error);
      if (!text) return error;
      converted(std::move(*text), options.encoding);
    }
    if (size_t bad = first_invalid_utf8(a.source); bad != kValidUtf8)
      return fmt::format("invalid UTF-8 at byte {}", bad);
    if (size_t nul = a.source.find('\0'); nul != std::string::npos)
      return fmt::format("binary file (NUL byte at {})", nul);
    return std::nullopt;
  }

  // UTF-16: by BOM, or by its NUL pattern.
  std::string utf16;
  size_t skip = 0;
  if (utf8_only) {
    // told otherwise: no UTF-16 either
  } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
             static_cast<unsigned char>(bytes[1]) == 0xFE) {
    utf16 = "UTF-16LE", skip = 2;
  } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
             static_cast<unsigned char>(bytes[1]) == 0xFF) {
    utf16 = "UTF-16BE", skip = 2;
  } else if (auto sniffed = sniff_utf16(bytes)) {
    utf16 = *sniffed;
  }
  if (!utf16.empty()) {
    std::string error;
    auto text = convert_with_icu(std::string_view(bytes).substr(skip), utf16, error);
    if (text && text->find('\0') == std::string::npos && (skip || !has_controls(*text))) {
      converted(std::move(*text), utf16);
      return std::nullopt;
    }
    if (skip) return text ? std::string("binary file (NUL character in UTF-16 text)") : error;
    // A sniffed guess that does not decode cleanly was wrong: go on as if never made.
  }

  if (size_t nul = bytes.find('\0'); nul != std::string::npos) return fmt::format("binary file (NUL byte at {})", nul);

  size_t bad = first_invalid_utf8(bytes);
  if (bad == kValidUtf8) {
    a.encoding = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? "UTF-8 BOM" : "UTF-8";
    MojibakeRepair fix = repair_mojibake(bytes);
    if (fix.applied) {
      a.source = std::move(fix.text);
      a.encoding += " (mojibake repaired)";
      warnings.push_back(
          fmt::format("repaired double-encoded UTF-8 (mojibake) in {} places; offsets refer to the "
                      "repaired text",
                      fix.repaired));
      if (fix.suspicious > 0)
        warnings.push_back(fmt::format("{} more places look double-encoded but could not be repaired", fix.suspicious));
    } else {
      a.source = std::move(bytes);
      if (fix.suspicious >= 3)
        warnings.push_back(
            fmt::format("text looks double-encoded (mojibake, e.g. \"Ã\", \"áº\") in {} places but "
                        "could not be repaired",
                        fix.suspicious));
    }
    return std::nullopt;
  }
  if (auto legacy = utf8_only ? std::nullopt : detect_legacy(bytes)) {
    converted(std::move(legacy->text), legacy->encoding);
    return std::nullopt;
  }
  if (utf8_only) return fmt::format("invalid UTF-8 at byte {}", bad);
  return fmt::format(
      "invalid UTF-8 at byte {} (if this is a legacy Vietnamese encoding, try --encoding "
      "windows-1258 or --encoding tcvn3)",
      bad);
}

}  // namespace

LoadResult decode_article(std::string path, std::string bytes, const LoadOptions& options) {
  if (bytes.empty()) return fail(std::move(path), "empty file");
  if (bytes.size() >= std::numeric_limits<uint32_t>::max() / 4)
    return fail(std::move(path), "file too large (offsets are 32-bit)");
  LoadResult r;
  Article a;
  a.id = article_id(path);
  a.path = path;
  if (auto error = decode_bytes(std::move(bytes), options, a, r.warnings)) return fail(std::move(path), *error);
  if (a.source.size() >= std::numeric_limits<uint32_t>::max() / 4)
    return fail(std::move(path), "file too large (offsets are 32-bit)");
  if (blank(a.source)) return fail(std::move(path), "no text (only whitespace)");
  apply_front_matter(a, r.warnings);
  if (blank(std::string_view(a.source).substr(a.body_start)))
    return fail(std::move(path), "no text (only front matter)");
  r.article = std::move(a);
  return r;
}

namespace {

std::optional<std::string> read_all(std::istream& in) {
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return std::nullopt;
  return bytes;
}

// A whole file in one allocation and a read() or two: a stream iterator costs a call per byte.
// errno tells why when it fails (a directory gives EISDIR from read()).
std::optional<std::string> read_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::string bytes;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) bytes.reserve(static_cast<size_t>(st.st_size));
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int saved = errno;
      ::close(fd);
      errno = saved;
      return std::nullopt;
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return bytes;
}

// Fills what front matter left empty from the folder's articles.json: front matter wins.
void apply_manifest(const std::string& path, LoadResult& r) {
  std::filesystem::path p(path);
  auto manifest = cached_manifest(p.parent_path().string());
  if (!manifest) return;
  auto it = manifest->entries.find(p.filename().string());
  if (it == manifest->entries.end()) return;
  Article& a = *r.article;
  const ManifestEntry& e = it->second;
  if (a.title.empty()) a.title = e.title;
  if (a.url.empty()) a.url = e.source;
  if (a.date_source == DateSource::none && !e.date.empty()) {
    if (auto iso = parse_article_date(e.date)) {
      a.date = *iso;
      // The manifest is metadata the user supplied beside the article, as trustworthy as
      // front matter: no separate DateSource.
      a.date_source = DateSource::front_matter;
    } else {
      r.warnings.push_back(fmt::format("{} date \"{}\" is not a date; ignored", kManifestName, e.date));
    }
  }
}

}  // namespace

LoadResult load_article(const std::string& path, const LoadOptions& options) {
  if (path == "-") {
    auto bytes = read_all(std::cin);
    if (!bytes) return fail(path, "cannot read standard input");
    return decode_article(path, std::move(*bytes), options);
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return fail(path, std::strerror(EISDIR));
  errno = 0;
  auto bytes = read_file(path);
  if (!bytes) return fail(path, std::strerror(errno ? errno : EIO));
  LoadResult r = decode_article(path, std::move(*bytes), options);
  if (r.article) apply_manifest(path, r);
  return r;
}

}  // namespace solieu
