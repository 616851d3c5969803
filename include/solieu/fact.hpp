#pragma once
// fact: a quantity bound to place, subject, metric, status and time, with its source position.
// The fact sheet is the product's output and the rule engine's only input: rules read facts,
// never text. Field meanings and the vocabulary are ../docs/SPEC.md's.
// Tested by tests/corpus/facts.tsv and the golden fact sheet of data/articles.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "solieu/dates.hpp"
#include "solieu/load.hpp"
#include "solieu/quantity.hpp"
#include "solieu/symbol.hpp"

namespace solieu {

enum class TimeSource : uint8_t { none, text, article_date, inferred };
const char* to_string(TimeSource source);
const char* to_string(DateSource source);

// Where a figure stands in its article: 1-based line, code-point column, source bytes.
struct Location {
  uint32_t line = 1;
  uint32_t column = 1;
  uint32_t start = 0;  // bytes of Article::source
  uint32_t end = 0;
};

// A quantity as the fact sheet lists it.
struct QuantityRecord {
  std::string article;  // article id
  Quantity quantity;    // spans in it are normalized-text bytes; `at` is the source position
  std::string text;     // the source bytes [at.start, at.end)
  Location at;
};

// The fields that repeat across a run are Symbols (symbol.hpp): `check` holds every fact of the
// run for the rules, and a string a field made a fact ~620 bytes instead of ~300.
struct Fact {
  std::string id;    // "<article>#<n>", n counting the article's facts from 1
  Symbol article;    // article id
  Symbol place;      // canonical province name with diacritics; empty when none is known
  Symbol subject;    // KCN, CCN, province
  Symbol zone;       // a named zone ("Quang Châu") or empty
  Symbol metric;     // count, area_ha, occupancy_pct, capital, projects, jobs, ...
  Symbol status;     // established, operational, planned_target, ... or empty
  Symbol qualifier;  // what narrows the figure within its group: "FDI", "DDI", "" (extension)
  double value = 0;
  Symbol unit;
  double low = 0;  // interval
  double high = 0;
  double whole = 0;  // for a ratio "35/55": 55; else 0
  Symbol problem;
  Symbol as_of;        // ISO date, prefix, period label or target year; empty = null
  Symbol period_from;  // when the time is a period, its start; empty otherwise
  Approx approx = Approx::none;
  bool malformed = false;
  TimeSource time_source = TimeSource::none;
  std::string text;      // source bytes of the figure
  std::string sentence;  // the sentence it stands in, as written (source bytes)
  Location at;
  Symbol part_of;                   // id of the fact this one is a part of ("Trong đó, có 7 KCN..."), or empty
  std::vector<std::string> listed;  // names enumerated after it ("bao gồm: KCN A, KCN B"), as written
  // The source line it stands on, for diagnostics; not serialized, and left empty by extract()
  // (a paragraph per fact would make memory grow with the corpus): fill_line_texts() sets it
  // for the facts a report shows (interned: few facts get one, and a string would cost every fact).
  Symbol line_text;
};

// What one article yields.
struct Extraction {
  std::vector<QuantityRecord> quantities;
  std::vector<Fact> facts;
};

class FactModel;  // cue lexicons from data/facts.json and data/places.json

// Every resource the extractors need, read once from the data folder.
struct Resources {
  TermLexicon terms;
  std::shared_ptr<const NumberGrammar> numbers;
  std::shared_ptr<const DateGrammar> dates;
  std::shared_ptr<const FactModel> facts;
  // Throws DataError naming the file (and line:col for JSON errors).
  static Resources load(const std::string& data_dir);
};

// Sets line_text of these facts, all of `article`, from its source.
void fill_line_texts(const Article& article, std::vector<Fact*>& facts);

// One article -> its quantities and facts. Also completes article.date from a dateline when
// the front matter gave none (hence non-const).
Extraction extract(Article& article, const Resources& resources);

}  // namespace solieu
