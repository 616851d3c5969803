// jsonl: the fact sheet as JSON Lines, one record per line, each opening with "type"
// (article, quantity, fact, finding, error, in that order) and otherwise the very object the JSON
// format nests, so `grep '"type":"fact"'` and `jq -c` pipelines see the same fields.
// Findings appear only after check, as in JSON. Written by SheetStream, as json.cpp.
// Tested by tests/report/test_jsonl.cpp.
#include "report/renderers.hpp"

namespace solieu::report {

void write_jsonl(std::ostream& out, const FactSheet& sheet) { write_sheet(out, sheet, Format::jsonl); }

}  // namespace solieu::report
