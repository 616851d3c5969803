#pragma once
// sheet: everything one run produced, in input order: what extract and check write.
#include <string>
#include <vector>

#include "solieu/fact.hpp"
#include "solieu/finding.hpp"

namespace solieu {

struct ArticleRecord {
  std::string id;
  std::string path;
  std::string date;  // empty = null
  DateSource date_source = DateSource::none;
  uint64_t bytes = 0;
  std::string encoding;
  std::string title;
  std::string url;
  std::vector<std::pair<std::string, std::string>> meta;
};

struct FactSheet {
  std::vector<ArticleRecord> articles;
  std::vector<QuantityRecord> quantities;
  std::vector<Fact> facts;
  std::vector<Finding> findings;
  std::vector<InputError> errors;
  bool checked = false;  // findings were computed (check), so they are written even when empty
  // Quantities a streaming run already wrote (or did not need) and so did not keep: the totals
  // that reports print count them with `quantities`.
  uint64_t streamed_quantities = 0;
};

}  // namespace solieu
