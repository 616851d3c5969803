// diagnostics: `check --format text`, findings as a compiler prints errors (STYLE.md, "How a finding
// reads"): the odd fact out first as `path:line:col: severity: message [rule]`, its source line with
// a caret under the figure, a note with source line per other fact, then `= why:`. Info findings
// (differences explained by status, date or plan) are printed compactly, without source lines, so
// the contradictions stand out. Unreadable inputs come first, a summary line last.
// Everything printed comes from the findings: this file decides layout, never verdicts.
// Tested by tests/report/test_diagnostics.cpp.
#include <fmt/format.h>

#include "report/display.hpp"
#include "report/human.hpp"
#include "report/renderers.hpp"

namespace solieu::report {
namespace {

constexpr int kGutter = 5;  // "    4 | "

struct Printer {
  std::ostream& out;
  const Index& index;
  bool color;

  std::string where(const Fact* fact) const {
    if (fact == nullptr) return "solieu";
    const ArticleRecord* a = index.article(fact->article);
    std::string path = a != nullptr ? a->path : fact->article.str();
    return fmt::format("{}:{}:{}", path, fact->at.line, fact->at.column);
  }

  std::string label(Severity severity) const {
    switch (severity) {
      case Severity::error: return styled("error:", Style::bold, Style::red, color);
      case Severity::warning: return styled("warning:", Style::bold, Style::yellow, color);
      case Severity::info: break;
    }
    return styled("info:", Style::bold, Style::cyan, color);
  }

  // The figure's line, cut to a window, and a caret line under the figure.
  void source(const Fact& fact, Style caret_style) const {
    if (fact.line_text.empty()) return;
    Excerpt e = excerpt(fact.line_text, fact.at.column, code_points(fact.text));
    std::string number = std::to_string(fact.at.line);
    out << fmt::format("{:>{}} | ", number, kGutter) << e.text << '\n';
    std::string caret = "^" + std::string(static_cast<size_t>(e.caret_width - 1), '~');
    out << std::string(kGutter, ' ') << " | " << std::string(static_cast<size_t>(e.caret_at), ' ')
        << styled(caret, Style::bold, caret_style, color) << '\n';
  }

  // The rule's own note when it gave one; the article's date is added when the note lacks it.
  std::string note_text(const Finding& finding, size_t i, const Fact* fact) const {
    std::string text = i - 1 < finding.notes.size() ? finding.notes[i - 1] : "";
    if (fact == nullptr) return text.empty() ? "fact " + finding.facts[i] + " is not in this fact sheet" : text;
    if (text.empty()) text = "\"" + fact->text + "\" (" + fact->id + ")";
    const ArticleRecord* a = index.article(fact->article);
    if (a != nullptr && !a->date.empty() && text.find(a->date) == std::string::npos)
      text += " [article of " + a->date + "]";
    return text;
  }

  Style severity_style(Severity severity) const {
    return severity == Severity::error ? Style::red : severity == Severity::warning ? Style::yellow : Style::cyan;
  }

  void finding(const Finding& f) const {
    const Fact* primary = f.facts.empty() ? nullptr : index.fact(f.facts[0]);
    bool full = f.severity != Severity::info;
    out << styled(where(primary) + ":", Style::bold, color) << ' ' << label(f.severity) << ' '
        << styled(f.message, Style::bold, color) << " [" << f.rule << "]\n";
    if (full && primary != nullptr) source(*primary, severity_style(f.severity));
    for (size_t i = 1; i < f.facts.size(); ++i) {
      const Fact* other = index.fact(f.facts[i]);
      std::string note = note_text(f, i, other);
      if (full) {
        out << styled(where(other) + ":", Style::bold, color) << ' ' << styled("note:", Style::bold, Style::cyan, color)
            << ' ' << note << '\n';
        if (other != nullptr) source(*other, Style::cyan);
      } else {
        out << "  " << styled("note:", Style::cyan, color) << ' ' << where(other) << ": " << note << '\n';
      }
    }
    if (!f.explanation.empty()) out << "  = " << styled("why:", Style::bold, color) << ' ' << f.explanation << '\n';
    if (!f.baseline_reason.empty()) out << "  = accepted: " << f.baseline_reason << '\n';
  }
};

}  // namespace

void write_diagnostics(std::ostream& out, const FactSheet& sheet, const ReportOptions& options) {
  Index index(sheet);
  Printer printer{out, index, options.color};
  for (const auto& e : sheet.errors)
    out << styled(e.path + ":", Style::bold, options.color) << ' '
        << styled("error:", Style::bold, Style::red, options.color) << ' ' << e.message << '\n';
  if (!sheet.errors.empty() && !sheet.findings.empty()) out << '\n';

  size_t counts[3] = {0, 0, 0};  // by Severity
  size_t accepted = 0;
  for (size_t i = 0; i < sheet.findings.size(); ++i) {
    const Finding& f = sheet.findings[i];
    if (i > 0) out << '\n';
    printer.finding(f);
    ++counts[static_cast<size_t>(f.severity)];
    if (!f.baseline_reason.empty()) ++accepted;
  }
  if (!sheet.findings.empty() || !sheet.errors.empty()) out << '\n';
  out << fmt::format("{} articles, {} quantities, {} facts; findings: {} errors, {} warnings, {} info",
                     sheet.articles.size(), sheet.quantities.size() + sheet.streamed_quantities, sheet.facts.size(),
                     counts[static_cast<size_t>(Severity::error)], counts[static_cast<size_t>(Severity::warning)],
                     counts[static_cast<size_t>(Severity::info)]);
  if (accepted > 0) out << fmt::format(" ({} accepted by the baseline)", accepted);
  if (!sheet.errors.empty()) out << fmt::format("; {} unreadable inputs", sheet.errors.size());
  out << '\n';
}

}  // namespace solieu::report
