#pragma once
// corpus_file: reads the tab-separated corpus files of tests/corpus/ ("#" comments, "\n" in a
// cell is a line break), shared by every stage's corpus test.
#include <fstream>
#include <string>
#include <vector>

namespace solieu::test {

inline std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

inline std::vector<std::string> split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  size_t at = 0;
  while (true) {
    size_t next = s.find(sep, at);
    out.push_back(s.substr(at, next == std::string::npos ? std::string::npos : next - at));
    if (next == std::string::npos) break;
    at = next + sep.size();
  }
  return out;
}

struct CorpusRow {
  int line = 0;                    // 1-based line in the file
  std::vector<std::string> cells;  // unescaped
};

// Rows of tests/corpus/<name>; an unreadable file gives no rows (the caller asserts a count).
inline std::vector<CorpusRow> read_corpus(const std::string& name) {
  std::ifstream in(std::string(SOLIEU_SOURCE_DIR) + "/tests/corpus/" + name);
  std::vector<CorpusRow> rows;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    CorpusRow row{n, {}};
    for (auto& cell : split(line, "\t")) row.cells.push_back(unescape(cell));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace solieu::test
