// icu_words: the baseline for the tokenizer: ICU's word BreakIterator alone over a folder of
// articles, one core. Takes DIR (or a file); reads each file, points one iterator at its UTF-8
// bytes through UText (no conversion to UTF-16), counts boundaries and words (segments whose
// rule status is not UBRK_WORD_NONE), and prints wall and CPU seconds, MB/s and peak RSS. Whatever
// solieu's tokenizer does beyond this (terms, number shapes, sentences) costs the difference.
// Usage: icu_words DIR [--locale vi]. Measures only; not tested.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include "bench_util.hpp"

using namespace solieu::bench;

int main(int argc, char** argv) {
  std::string dir;
  std::string locale = "vi";
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--locale") == 0 && i + 1 < argc) {
      locale = argv[++i];
    } else if (argv[i][0] == '-') {
      std::fprintf(stderr, "usage: icu_words DIR [--locale vi]\n");
      return 2;
    } else {
      dir = argv[i];
    }
  }
  if (dir.empty()) {
    std::fprintf(stderr, "usage: icu_words DIR [--locale vi]\n");
    return 2;
  }

  UErrorCode status = U_ZERO_ERROR;
  // One iterator for the whole run, as a tokenizer would keep one per thread: creating it
  // loads the rules and dictionaries, which is not what we measure.
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale(locale.c_str()), status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "icu_words: createWordInstance: %s\n", u_errorName(status));
    return 2;
  }

  std::vector<std::string> paths = article_paths(dir);
  uint64_t bytes = 0, boundaries = 0, word_count = 0;
  Timing read_time, break_time;
  UText* text = nullptr;
  Stopwatch total;
  for (const auto& path : paths) {
    Stopwatch read;
    std::string source = read_bytes(path);
    read_time.add(read);
    bytes += source.size();

    Stopwatch pass;
    status = U_ZERO_ERROR;
    text = utext_openUTF8(text, source.data(), static_cast<int64_t>(source.size()), &status);
    if (U_FAILURE(status)) {
      std::fprintf(stderr, "icu_words: %s: %s\n", path.c_str(), u_errorName(status));
      continue;
    }
    words->setText(text, status);
    for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next()) {
      ++boundaries;
      if (words->getRuleStatus() != UBRK_WORD_NONE) ++word_count;
    }
    break_time.add(pass);
  }
  Timing all;
  all.add(total);
  utext_close(text);

  std::printf("icu_words: %zu files, %.1f MB, %llu boundaries, %llu words (locale %s)\n", paths.size(), bytes / 1e6,
              static_cast<unsigned long long>(boundaries), static_cast<unsigned long long>(word_count), locale.c_str());
  print_header();
  print_row("read", read_time, bytes);
  print_row("icu word breaks", break_time, bytes);
  print_row("total", all, bytes);
  std::printf("peak RSS %.1f MB\n", peak_rss_mb());
  return 0;
}
