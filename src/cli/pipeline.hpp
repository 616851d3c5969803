#pragma once
// pipeline: paths -> articles' records, quantities and facts, in input order. Lists the inputs,
// loads and extracts them on N threads within a bounded window of articles, and hands finished
// ones to a sink in input order, so the output is the same bytes whatever N is and memory holds
// one window (the sink decides what it keeps). Bad inputs become errors on stderr and in the
// result; the others go on. Tested by tests/cli/.
#include <functional>
#include <string>
#include <vector>

#include "solieu/fact.hpp"
#include "solieu/sheet.hpp"

namespace solieu::cli {

struct PipelineOptions {
  std::vector<std::string> paths;
  LoadOptions load;
  unsigned jobs = 0;      // 0 = hardware concurrency
  bool progress = false;  // live progress line on stderr
};

// What one readable article yields.
struct ArticleResult {
  ArticleRecord record;
  Extraction extraction;
};
// Gets each batch, articles in input order; may move from it.
using BatchSink = std::function<void(std::vector<ArticleResult>& batch)>;

// Runs load + extract over every input, handing batches to `sink`. Writes "solieu: PATH: message"
// lines to stderr for errors and warnings as they happen. Returns the inputs that could not be
// read (listing errors first, then unreadable files in input order).
std::vector<InputError> run_pipeline(const PipelineOptions& options, const Resources& resources, const BatchSink& sink);

// The whole run held in one FactSheet: for small runs and tests.
FactSheet run_pipeline(const PipelineOptions& options, const Resources& resources);

// Reads again the source lines of the facts that findings show (extraction keeps none, so that
// memory does not grow with the corpus).
void fill_finding_lines(FactSheet& sheet, const LoadOptions& options);

}  // namespace solieu::cli
