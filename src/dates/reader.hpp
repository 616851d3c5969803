#pragma once
// reader: one sentence's tokens -> time expressions, by the grammar in reader.cpp.
// Takes tokens [first, end) and the article date (maybe unknown); gives TimeExprs in text
// order, never overlapping. Year-less dates are completed from the article date only.
// Tested by tests/corpus/dates.tsv and dates.negative.tsv (tests/dates/corpus_test.cpp).
#include <optional>
#include <vector>

#include "dates/calendar.hpp"
#include "dates/date_data.hpp"
#include "solieu/dates.hpp"

namespace solieu::dates {

std::vector<TimeExpr> read_times(const DateData& data, const TokenizedText& tokens, const NormalizedText& text,
                                 uint32_t first, uint32_t end, const std::optional<CalDate>& article);

}  // namespace solieu::dates
