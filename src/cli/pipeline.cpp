// pipeline: see pipeline.hpp. Workers pull article indexes from an atomic counter and fill a
// ring of slots; each frees its article's text once extracted; the main thread hands finished
// articles on in input order while the workers go on, so writing overlaps extraction.
#include "cli/pipeline.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace solieu::cli {
namespace {

struct Slot {
  LoadResult loaded;
  ArticleResult result;
};

void process(const std::string& path, const PipelineOptions& options, const Resources& resources, Slot& slot) {
  slot.loaded = load_article(path, options.load);
  if (!slot.loaded.article) return;
  Article& article = *slot.loaded.article;
  slot.result.extraction = extract(article, resources);
  if (path == "-") {  // standard input cannot be read again when a report wants its lines
    std::vector<Fact*> all;
    for (auto& f : slot.result.extraction.facts) all.push_back(&f);
    fill_line_texts(article, all);
  }
  ArticleRecord& record = slot.result.record;
  record.id = article.id;
  record.path = article.path;
  record.date = article.date;
  record.date_source = article.date_source;
  record.bytes = article.source.size();
  record.encoding = article.encoding;
  record.title = article.title;
  record.url = article.url;
  record.meta = article.meta;
  slot.loaded.article.reset();  // the text is no longer needed: facts carry their quotes
}

}  // namespace

void fill_finding_lines(FactSheet& sheet, const LoadOptions& options) {
  std::unordered_set<std::string> wanted;
  for (const auto& finding : sheet.findings) wanted.insert(finding.facts.begin(), finding.facts.end());
  std::unordered_map<std::string, std::vector<Fact*>> by_article;
  for (auto& f : sheet.facts)
    if (f.line_text.empty() && wanted.count(f.id)) by_article[f.article].push_back(&f);
  for (const auto& a : sheet.articles) {
    auto it = by_article.find(a.id);
    if (it == by_article.end() || a.path == "-") continue;
    LoadResult again = load_article(a.path, options);
    // A file changed or vanished since it was read: the report shows no source line, nothing worse.
    if (again.article && again.article->source.size() == a.bytes) fill_line_texts(*again.article, it->second);
  }
}

std::vector<InputError> run_pipeline(const PipelineOptions& options, const Resources& resources,
                                     const BatchSink& sink) {
  std::vector<InputError> errors;
  std::vector<std::string> inputs = list_inputs(options.paths, options.load, errors);
  for (const auto& e : errors) fmt::print(stderr, "solieu: {}: {}\n", e.path, e.message);

  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min<unsigned>(jobs, std::max<size_t>(1, inputs.size()));
  const size_t n = inputs.size();
  // A ring of slots bounds memory: a worker may run at most `window` articles ahead of the one
  // the sink takes next, so a slow article holds the others up only that far.
  const size_t window = std::max<size_t>(64, size_t{jobs} * 16);
  std::vector<Slot> slots(std::min(window, std::max<size_t>(n, 1)));
  const size_t ring = slots.size();
  std::vector<uint8_t> ready(ring, 0);
  std::mutex mutex;
  std::condition_variable slot_ready, space_free;
  size_t consumed = 0;
  std::atomic<size_t> next{0};

  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) {
      {
        std::unique_lock lock(mutex);
        space_free.wait(lock, [&] { return i < consumed + ring; });
      }
      process(inputs[i], options, resources, slots[i % ring]);
      {
        std::lock_guard lock(mutex);
        ready[i % ring] = 1;
      }
      slot_ready.notify_one();
    }
  };
  // One job works on this thread, article by article; more run beside the thread that writes,
  // which takes each article as soon as it and all before it are done.
  std::vector<std::thread> threads;
  if (jobs > 1)
    for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(work);

  const auto started = std::chrono::steady_clock::now();
  auto last_progress = started;
  uint64_t bytes_done = 0;
  std::vector<ArticleResult> results;
  for (size_t c = 0; c < n;) {
    size_t end = c;
    if (jobs == 1) {
      process(inputs[c], options, resources, slots[c % ring]);
      end = c + 1;
    } else {
      std::unique_lock lock(mutex);
      slot_ready.wait(lock, [&] { return ready[c % ring] != 0; });
      while (end < n && end < c + ring && ready[end % ring]) ++end;
    }
    results.clear();
    for (size_t k = c; k < end; ++k) {
      Slot& slot = slots[k % ring];
      for (const auto& w : slot.loaded.warnings) {
        std::string path = slot.loaded.error ? slot.loaded.error->path : slot.result.record.path;
        fmt::print(stderr, "solieu: {}: warning: {}\n", path, w);
      }
      if (slot.loaded.error) {
        fmt::print(stderr, "solieu: {}: {}\n", slot.loaded.error->path, slot.loaded.error->message);
        errors.push_back(std::move(*slot.loaded.error));
      } else {
        bytes_done += slot.result.record.bytes;
        results.push_back(std::move(slot.result));
      }
      slot = Slot{};
    }
    if (jobs > 1) {
      {
        std::lock_guard lock(mutex);
        for (size_t k = c; k < end; ++k) ready[k % ring] = 0;
        consumed = end;
      }
      space_free.notify_all();
    }
    if (!results.empty()) sink(results);
    c = end;
    if (options.progress) {
      const auto now = std::chrono::steady_clock::now();
      if (c == n || now - last_progress > std::chrono::milliseconds(200)) {
        last_progress = now;
        double seconds = std::chrono::duration<double>(now - started).count();
        fmt::print(stderr, "\r\x1b[K{} / {} articles, {:.1f} MB, {:.0f} MB/s", c, n, bytes_done / 1e6,
                   seconds > 0 ? bytes_done / 1e6 / seconds : 0.0);
        if (c == n) fmt::print(stderr, "\n");
      }
    }
  }
  for (auto& t : threads) t.join();
  return errors;
}

FactSheet run_pipeline(const PipelineOptions& options, const Resources& resources) {
  FactSheet sheet;
  sheet.errors = run_pipeline(options, resources, [&](std::vector<ArticleResult>& batch) {
    for (auto& r : batch) {
      sheet.articles.push_back(std::move(r.record));
      for (auto& q : r.extraction.quantities) sheet.quantities.push_back(std::move(q));
      for (auto& f : r.extraction.facts) sheet.facts.push_back(std::move(f));
    }
  });
  return sheet;
}

}  // namespace solieu::cli
