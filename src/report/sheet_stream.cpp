// sheet_stream: SheetStream (report.hpp), the json, jsonl and fact-table renderers fed record by
// record. write_json and write_jsonl (json.cpp, jsonl.cpp) are this stream fed from a FactSheet,
// so the streamed and the in-memory sheet are the same bytes by construction.
// JSON layout: the records of the top-level arrays open at depth 2 ("    {"), each after "\n" and
// the ones after the first after ",\n"; an empty array is "[]" on the key's line.
// Tested by tests/report/test_sheet_stream.cpp and the golden files.
#include <map>
#include <stdexcept>

#include "report/human.hpp"
#include "report/json_writer.hpp"
#include "report/record_json.hpp"
#include "report/spool.hpp"
#include "report/text_table.hpp"
#include "solieu/report.hpp"

namespace solieu {
namespace {

using report::Spool;

constexpr size_t kFlushAt = size_t{1} << 20;  // bytes gathered before a write to the output

// One top-level array of the JSON document, or one record type of JSON Lines.
struct Section {
  explicit Section(const std::string& dir) : spool(dir) {}
  Spool spool;
  uint64_t count = 0;
};

}  // namespace

struct SheetStream::Impl {
  Impl(std::ostream& out_, Format format_, const ReportOptions& options_, const std::string& dir)
      : out(out_), format(format_), options(options_), articles(dir), quantities(dir), facts(dir) {}

  std::ostream& out;
  Format format;
  ReportOptions options;
  Section articles, quantities, facts;

  // text: the table of the article being read, written when the next one starts.
  bool table_open = false;
  bool printed_any = false;
  std::string article_id;
  std::vector<report::TableRow> rows;
  std::map<std::string, std::vector<report::TableRow>> orphans;  // facts of no article given

  // Appends one record to a section, laid out for the format.
  template <typename Record, typename Append>
  void render(Section& section, const Record& record, const char* type, Append append) {
    std::string& buffer = section.spool.buffer();
    if (format == Format::json) {
      buffer += section.count == 0 ? "\n    " : ",\n    ";
      append(buffer, record, report::pretty_at(2));
    } else {
      append(buffer, record, report::json_line(type));
      buffer += '\n';
    }
    ++section.count;
    section.spool.spill_if_full();
  }

  void close_table() {
    if (!table_open) return;
    if (rows.size() == 1)
      out << "  (no facts)\n";
    else
      report::print_table(out, rows, options.color);
    table_open = false;
  }

  void flush(std::string& buffer) {
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
  }

  // "  \"name\": [" + the section's records + "\n  ]" (or "]" when empty).
  void json_array(std::string& buffer, const char* name, Section& section, bool last) {
    buffer += "  \"";
    buffer += name;
    buffer += "\": [";
    flush(buffer);
    section.spool.copy_to(out);
    buffer += section.count == 0 ? "]" : "\n  ]";
    buffer += last ? "\n" : ",\n";
  }

  template <typename Record, typename Append>
  void json_array(std::string& buffer, const char* name, const std::vector<Record>& records, Append append, bool last) {
    buffer += "  \"";
    buffer += name;
    buffer += "\": [";
    for (size_t i = 0; i < records.size(); ++i) {
      buffer += i == 0 ? "\n    " : ",\n    ";
      append(buffer, records[i], report::pretty_at(2));
      if (buffer.size() >= kFlushAt) flush(buffer);
    }
    buffer += records.empty() ? "]" : "\n  ]";
    buffer += last ? "\n" : ",\n";
  }

  void finish_json(const std::vector<InputError>& errors, const std::vector<Finding>* findings) {
    std::string buffer = "{\n  \"schema\": \"";
    buffer += report::kSchemaId;
    buffer += "\",\n  \"tool\": {\n    \"name\": \"solieu\",\n    \"version\": ";
    report::append_quoted(buffer, version());
    buffer += "\n  },\n";
    json_array(buffer, "articles", articles, false);
    json_array(buffer, "quantities", quantities, false);
    json_array(buffer, "facts", facts, false);
    if (findings != nullptr) json_array(buffer, "findings", *findings, report::append_finding, false);
    json_array(buffer, "errors", errors, report::append_error, true);
    buffer += "}\n";
    flush(buffer);
  }

  void finish_jsonl(const std::vector<InputError>& errors, const std::vector<Finding>* findings) {
    articles.spool.copy_to(out);
    quantities.spool.copy_to(out);
    facts.spool.copy_to(out);
    std::string buffer;
    if (findings != nullptr)
      for (const auto& f : *findings) {
        report::append_finding(buffer, f, report::json_line("finding"));
        buffer += '\n';
        if (buffer.size() >= kFlushAt) flush(buffer);
      }
    for (const auto& e : errors) {
      report::append_error(buffer, e, report::json_line("error"));
      buffer += '\n';
    }
    flush(buffer);
  }

  void finish_text(const std::vector<InputError>& errors) {
    close_table();
    for (const auto& [id, facts_of] : orphans) {
      if (printed_any) out << '\n';
      printed_any = true;
      out << report::styled(id, report::Style::bold, options.color) << '\n';
      std::vector<report::TableRow> table = {report::table_titles()};
      table.insert(table.end(), facts_of.begin(), facts_of.end());
      report::print_table(out, table, options.color);
    }
    report::print_table_footer(out, {articles.count, quantities.count, facts.count}, errors, options.color);
  }
};

SheetStream::SheetStream(std::ostream& out, Format format, const ReportOptions& options, std::string spool_dir)
    : impl_(std::make_unique<Impl>(out, format, options, spool_dir)) {
  if (format == Format::sarif) throw std::logic_error("SheetStream: SARIF is written from a whole FactSheet");
}

SheetStream::~SheetStream() = default;

void SheetStream::add(const ArticleRecord& article) {
  Impl& s = *impl_;
  if (s.format != Format::text) {
    s.render(s.articles, article, "article", report::append_article);
    return;
  }
  s.close_table();
  if (s.printed_any) s.out << '\n';
  s.printed_any = true;
  report::print_table_header(s.out, article, s.options.color);
  s.table_open = true;
  s.article_id = article.id;
  s.rows.assign(1, report::table_titles());
  ++s.articles.count;
}

void SheetStream::add(const QuantityRecord& quantity) {
  Impl& s = *impl_;
  if (s.format != Format::text) {
    s.render(s.quantities, quantity, "quantity", report::append_quantity);
    return;
  }
  ++s.quantities.count;
}

void SheetStream::add(const Fact& fact) {
  Impl& s = *impl_;
  if (s.format != Format::text) {
    s.render(s.facts, fact, "fact", report::append_fact);
    return;
  }
  ++s.facts.count;
  if (s.table_open && fact.article == s.article_id)
    s.rows.push_back(report::table_row(fact, s.options.lang));
  else
    s.orphans[fact.article].push_back(report::table_row(fact, s.options.lang));
}

void SheetStream::finish(const std::vector<InputError>& errors, const std::vector<Finding>* findings) {
  Impl& s = *impl_;
  switch (s.format) {
    case Format::json: s.finish_json(errors, findings); break;
    case Format::jsonl: s.finish_jsonl(errors, findings); break;
    case Format::text: s.finish_text(errors); break;
    case Format::sarif: break;
  }
}

}  // namespace solieu
