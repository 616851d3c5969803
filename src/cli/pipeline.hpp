#pragma once
// pipeline: paths -> fact sheet. Lists the inputs, loads and extracts them on N threads in
// bounded batches (memory grows with the facts, not with the corpus), and merges the results
// in input order so the output is the same bytes whatever N is. Bad inputs become errors on
// stderr and in the sheet; the others go on. Tested by tests/cli/.
#include <string>
#include <vector>

#include "solieu/fact.hpp"
#include "solieu/sheet.hpp"

namespace solieu::cli {

struct PipelineOptions {
  std::vector<std::string> paths;
  LoadOptions load;
  unsigned jobs = 0;  // 0 = hardware concurrency
  bool progress = false;  // live progress line on stderr
};

// Runs load + extract over every input. Writes "solieu: PATH: message" lines to stderr for
// errors and warnings as they happen.
FactSheet run_pipeline(const PipelineOptions& options, const Resources& resources);

// Reads again the source lines of the facts that findings show (extraction keeps none, so that
// memory does not grow with the corpus).
void fill_finding_lines(FactSheet& sheet, const LoadOptions& options);

}  // namespace solieu::cli
