// stage_bench: in-process timing of solieu's stages over a folder, one core.
// Takes DIR (or a file) and the data folder; for every article, one after the other, times
// load (read + decode), normalize, tokenize, the number and date grammars over every sentence,
// and the whole extract (which redoes normalize and tokenize: it is what the CLI runs). Prints
// wall and CPU seconds and MB/s of source bytes per stage, the counts it produced, and peak RSS.
// Each article is dropped before the next, so RSS is the resources plus one article, not the corpus.
// Usage: stage_bench DIR [--data DATA_DIR]. Measures only; not tested.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "bench_util.hpp"
#include "solieu/error.hpp"
#include "solieu/fact.hpp"
#include "solieu/load.hpp"

using namespace solieu;
using namespace solieu::bench;

namespace {

struct Totals {
  Timing list, load, normalize, tokenize, numbers, dates, extract, load_extract;
  uint64_t bytes = 0, articles = 0, errors = 0, tokens = 0, sentences = 0;
  uint64_t number_hits = 0, date_hits = 0, quantities = 0, facts = 0;
};

void run_article(const std::string& path, const LoadOptions& options, const Resources& resources, Totals& t) {
  Stopwatch load;
  LoadResult loaded = load_article(path, options);
  t.load.add(load);
  if (!loaded.article) {
    ++t.errors;
    return;
  }
  Article& article = *loaded.article;
  t.bytes += article.source.size();
  ++t.articles;

  Stopwatch norm;
  NormalizedText normalized = normalize(article.source, article.body_start);
  t.normalize.add(norm);

  Stopwatch tok;
  TokenizedText tokens = tokenize(normalized, resources.terms);
  t.tokenize.add(tok);
  t.tokens += tokens.tokens.size();
  t.sentences += tokens.sentences.size();

  Stopwatch num;
  for (const auto& s : tokens.sentences)
    t.number_hits += resources.numbers->read(tokens, normalized, s.first_token, s.end_token).size();
  t.numbers.add(num);

  Stopwatch dat;
  for (const auto& s : tokens.sentences)
    t.date_hits += resources.dates->read(tokens, normalized, s.first_token, s.end_token, article.date).size();
  t.dates.add(dat);

  Stopwatch ext;
  Extraction extraction = extract(article, resources);
  t.extract.add(ext);
  t.quantities += extraction.quantities.size();
  t.facts += extraction.facts.size();
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  std::string data_dir = SOLIEU_DATA_DIR;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--data") == 0 && i + 1 < argc) {
      data_dir = argv[++i];
    } else if (argv[i][0] == '-') {
      std::fprintf(stderr, "usage: stage_bench DIR [--data DATA_DIR]\n");
      return 2;
    } else {
      dir = argv[i];
    }
  }
  if (dir.empty()) {
    std::fprintf(stderr, "usage: stage_bench DIR [--data DATA_DIR]\n");
    return 2;
  }

  Stopwatch res;
  Resources resources;
  try {
    resources = Resources::load(data_dir);
  } catch (const DataError& e) {
    std::fprintf(stderr, "stage_bench: %s\n", e.what());
    return 2;
  }
  double resources_seconds = res.seconds();
  double rss_resources = peak_rss_mb();

  Totals t;
  LoadOptions options;
  std::vector<InputError> list_errors;
  Stopwatch list;
  std::vector<std::string> inputs = list_inputs({dir}, options, list_errors);
  t.list.add(list);

  Stopwatch all;
  for (const auto& path : inputs) run_article(path, options, resources, t);
  double wall = all.seconds();

  std::printf("stage_bench: %llu articles (%llu unreadable), %.1f MB, one core\n",
              static_cast<unsigned long long>(t.articles),
              static_cast<unsigned long long>(t.errors + list_errors.size()), t.bytes / 1e6);
  std::printf("resources (data/) loaded in %.3f s\n", resources_seconds);
  t.load_extract = {t.load.wall + t.extract.wall, t.load.cpu + t.extract.cpu};
  print_header();
  print_row("list_inputs", t.list, t.bytes);
  print_row("load (read+decode)", t.load, t.bytes);
  print_row("normalize", t.normalize, t.bytes);
  print_row("tokenize", t.tokenize, t.bytes);
  print_row("numbers (per sent.)", t.numbers, t.bytes);
  print_row("dates (per sent.)", t.dates, t.bytes);
  print_row("extract (whole)", t.extract, t.bytes);
  print_row("load + extract", t.load_extract, t.bytes);
  std::printf("%llu tokens, %llu sentences, %llu numbers, %llu dates, %llu quantities, %llu facts\n",
              static_cast<unsigned long long>(t.tokens), static_cast<unsigned long long>(t.sentences),
              static_cast<unsigned long long>(t.number_hits), static_cast<unsigned long long>(t.date_hits),
              static_cast<unsigned long long>(t.quantities), static_cast<unsigned long long>(t.facts));
  std::printf("wall %.3f s (every stage above, extract's own normalize/tokenize included)\n", wall);
  std::printf("peak RSS %.1f MB (%.1f MB after loading resources)\n", peak_rss_mb(), rss_resources);
  return 0;
}
