// gen_facts: the rule engine at scale. Generates N synthetic facts in memory (default 1,000,000),
// as a corpus of ~100,000 articles would give: 63 provinces with a skew (a few provinces get most
// of the news), KCN/CCN/province subjects, every metric, statuses, dates written as days,
// months, years, quarters and plan years, "Trong đó" parts with part_of, FDI/DDI splits, lists
// of zone names, ratios, and a share of figures that disagree with the rest of their group.
// Then times RuleSet::load(rules dir) and RuleSet::run over them, printing seconds, findings by
// verdict and peak RSS. The project's goal is under 2 s for 1M facts; this prints, never asserts.
// The last line, "rules: N facts, X s, Y facts/s" (load + run), is the one bench/run.sh quotes.
// --dump FILE writes every finding (id, rule, verdict, facts, message, explanation, notes), so
// two builds of the engine can be shown to say the same thing.
// --perturb P sets the share of figures that differ from the rest of their group (default 0.06); with
// 0 the run shows what the engine and rules cost on the facts alone, with few findings to make.
// --jobs N runs the rules on N threads, as `check --jobs N` does (default 1: the figure per core;
// the whole run prints its wall and CPU seconds either way).
// Usage: gen_facts [--facts N] [--rules DIR] [--data DIR] [--seed S] [--perturb P] [--jobs N] [--per-rule]
//   [--dump FILE].
// Measures only; not tested.
#include <fmt/format.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "bench_util.hpp"
#include "load/json_file.hpp"
#include "solieu/error.hpp"
#include "solieu/rule.hpp"

using namespace solieu;
using namespace solieu::bench;

namespace {

struct Options {
  size_t facts = 1'000'000;
  std::string rules = SOLIEU_RULES_DIR;
  std::string data = SOLIEU_DATA_DIR;
  uint64_t seed = 1;
  bool per_rule = false;  // also time each rule alone
  double perturb = 0.06;  // share of figures that differ from the truth of their key
  unsigned jobs = 1;      // threads for RuleSet::run
  std::string dump;       // when set, every finding is written there, to compare two builds' findings
};

std::vector<std::string> province_names(const std::string& data_dir) {
  std::vector<std::string> names;
  try {
    // Held in a variable: a range-for over a member of a temporary reads freed memory.
    const auto places = read_json_file(data_dir + "/places.json");
    for (const auto& p : places.at("provinces")) names.push_back(p.at("name"));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "gen_facts: %s; using a few built-in names\n", e.what());
  }
  if (names.empty()) names = {"Bắc Giang", "Bắc Ninh", "Bắc Kạn", "Hải Dương", "Bình Dương", "Đồng Nai", "Long An"};
  return names;
}

// Writes a figure the Vietnamese way for `text`: 1967 -> "1.967", 75.6 -> "75,6".
std::string vn_number(double v, int decimals) {
  std::string s = fmt::format("{:.{}f}", v, decimals);
  std::string whole = s.substr(0, s.find('.'));
  std::string frac = decimals > 0 ? "," + s.substr(s.find('.') + 1) : "";
  std::string out;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += '.';
    out += whole[i];
  }
  return out + frac;
}

class Generator {
 public:
  Generator(const Options& options, std::vector<std::string> places)
      : rng_(options.seed), places_(std::move(places)), perturb_(options.perturb) {}

  std::vector<Fact> run(size_t n) {
    std::vector<Fact> facts;
    facts.reserve(n + 32);
    while (facts.size() < n) article(facts);
    facts.resize(n);  // a part_of may now point past the end: the engine must cope, as with a dropped fact
    return facts;
  }

  size_t articles() const { return articles_; }
  size_t perturbed() const { return perturbed_; }

 private:
  std::mt19937_64 rng_;
  std::vector<std::string> places_;
  double perturb_;
  size_t articles_ = 0, perturbed_ = 0;

  // Per-article state the facts of one article share.
  std::string article_id_, place_, date_;
  int year_ = 2023, month_ = 1, place_index_ = 0, article_place_ = 0, next_fact_ = 0;

  double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }
  int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool chance(double p) { return uniform(0, 1) < p; }

  // The figure the world "really" has for a key: the same key gives the same figure in every
  // article, so most groups agree and only perturbed facts make them differ.
  double truth(const std::string& key, double lo, double hi, int decimals) {
    uint64_t h = std::hash<std::string>{}(key) ^ (static_cast<uint64_t>(place_index_) << 32);
    double v = lo + (hi - lo) * ((h % 1000003) / 1000003.0);
    double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
  }

  void article(std::vector<Fact>& facts) {
    ++articles_;
    // Skewed: the square of a uniform puts the first provinces in far more articles.
    double u = uniform(0, 1);
    article_place_ = std::min<int>(static_cast<int>(places_.size()) - 1, static_cast<int>(u * u * places_.size()));
    place_index_ = article_place_;
    place_ = places_[place_index_];
    year_ = pick(2019, 2025);
    month_ = pick(1, 12);
    date_ = fmt::format("{}-{:02d}-{:02d}", year_, month_, pick(1, 28));
    article_id_ = fmt::format("{:06d}_{:016x}", articles_, rng_());
    next_fact_ = 0;

    for (const char* subject : {"KCN", "CCN"}) {
      if (!chance(0.7)) continue;
      block_place();
      Fact& established = count(facts, subject, "established", year_offset(subject == std::string("KCN") ? 4 : 30, 1));
      double total = established.value;
      std::string parent = established.id;
      if (chance(0.15)) list_names(facts.back());
      if (chance(0.6)) {
        // "Trong đó, có 5 KCN đã đi vào hoạt động": a part of the established figure.
        // The share in operation is the province's own, not drawn anew by every article: a fresh
        // draw made the operational stock fall at random between any two articles.
        Fact& op = count(facts, subject, "operational",
                         std::floor(total * truth(std::string(subject) + "op", 50, 100, 0) / 100));
        op.part_of = parent;
        if (chance(0.3)) op.whole = total;  // written as a ratio "35/55"
      }
      if (chance(0.5)) measure(facts, subject, "area_ha", "established", "ha", total * truth(subject, 80, 300, 0), 0);
      if (chance(0.5))
        measure(facts, subject, "occupancy_pct", "", "%", truth(std::string(subject) + "occ", 40, 95, 1), 1);
      if (chance(0.35)) plan(facts, subject, total);
    }
    if (chance(0.4)) block_place(), projects(facts);
    const std::pair<const char*, const char*> money[] = {{"capital", "USD"},        {"production_value", "VND"},
                                                         {"export_value", "USD"},   {"investment", "USD"},
                                                         {"budget_revenue", "VND"}, {"trade_value", "USD"}};
    for (auto [metric, unit] : money)
      if (chance(0.25))
        block_place(), measure(facts, "province", metric, "", unit,
                               truth(metric, 1, 900, 1) * (unit == std::string("VND") ? 1e12 : 1e8), 1);
    if (chance(0.3)) block_place(), measure(facts, "province", "growth_pct", "", "%", truth("growth", 2, 25, 2), 2);
    if (chance(0.3))
      block_place(), measure(facts, "KCN", "jobs", "", "person", std::round(truth("jobs", 5, 400, 0)) * 1000, 0);
    if (chance(0.3))
      block_place(), measure(facts, "KCN", "enterprises", "", "enterprise", truth("ent", 40, 2500, 0), 0);
    if (chance(0.002)) {  // "15,1 tỷ triệu USD": stacked magnitude words
      Fact& f = measure(facts, "province", "export_value", "", "USD", 15.1e15, 1);
      f.malformed = true;
      f.problem = "stacked magnitude words (tỷ triệu)";
    }
  }

  // A block of figures is about the article's province, or now and then (3%) another one, whose
  // figures it then quotes: truth() answers for the province the figures are about. (Giving a
  // single fact another province's name while keeping the article's figure made every group of
  // a rarely covered province hold figures of a busy one, and its stocks fall at random.)
  void block_place() {
    place_index_ = chance(0.97) ? article_place_ : pick(0, static_cast<int>(places_.size()) - 1);
    place_ = places_[place_index_];
  }

  // The established count grows over the years; earlier articles see fewer zones.
  double year_offset(double base, double per_year) {
    return base + per_year * (year_ - 2019) + truth("base", 0, 25, 0);
  }

  Fact& add(std::vector<Fact>& facts, const std::string& subject, const std::string& metric, const std::string& status,
            const std::string& unit, double value, int decimals) {
    if (chance(perturb_)) {  // a differing figure: a typo, an old number, another source's count
      ++perturbed_;
      value = decimals == 0 ? std::max(0.0, value + pick(-5, 5)) : value * uniform(0.8, 1.25);
    }
    Fact f;
    f.id = fmt::format("{}#{}", article_id_, ++next_fact_);
    f.article = article_id_;
    f.place = place_;
    f.subject = subject;
    f.metric = metric;
    f.status = status;
    f.unit = unit;
    f.value = value;
    double r = uniform(0, 1);
    f.approx = r < 0.8    ? Approx::none
               : r < 0.88 ? Approx::over
               : r < 0.94 ? Approx::about
               : r < 0.97 ? Approx::under
                          : Approx::estimate;
    set_interval(f, decimals);
    time(f);
    f.text = vn_number(value, decimals) + (unit == "zone" ? " " + subject : " " + unit);
    f.sentence = fmt::format("Hiện tỉnh {} có {} với tổng số liệu được báo cáo.", f.place, f.text);
    uint32_t start = static_cast<uint32_t>(pick(0, 6000));
    f.at = {static_cast<uint32_t>(start / 120 + 1), static_cast<uint32_t>(start % 120 + 1), start,
            static_cast<uint32_t>(start + f.text.size())};
    f.line_text = f.sentence;
    facts.push_back(std::move(f));
    return facts.back();
  }

  Fact& count(std::vector<Fact>& facts, const char* subject, const char* status, double value) {
    return add(facts, subject, "count", status, "zone", std::max(0.0, std::round(value)), 0);
  }

  Fact& measure(std::vector<Fact>& facts, const std::string& subject, const char* metric, const char* status,
                const char* unit, double value, int decimals) {
    Fact& f = add(facts, subject, metric, status, unit, value, decimals);
    if (f.unit == "%" && chance(0.002)) f.value = f.low = f.high = 104.5;  // out of range
    return f;
  }

  void list_names(Fact& count) {
    int n = static_cast<int>(count.value) + (chance(0.1) ? pick(-1, 1) : 0);
    for (int i = 0; i < n; ++i) count.listed.push_back(fmt::format("{} {} số {}", count.subject, place_, i + 1));
  }

  // "6 existing + 23 new = 29 by 2030", usually adding up.
  void plan(std::vector<Fact>& facts, const char* subject, double existing) {
    int target_year = chance(0.8) ? 2030 : 2025;
    double added = truth(std::string(subject) + "new", 3, 30, 0);
    double target = existing + added + (chance(0.1) ? pick(-4, 4) : 0);
    Fact& n = count(facts, subject, "new_planned", added);
    n.as_of = std::to_string(target_year);
    n.time_source = TimeSource::text;
    Fact& t = count(facts, subject, "planned_target", target);
    t.as_of = std::to_string(target_year);
    t.time_source = TimeSource::text;
  }

  // "248 dự án thứ cấp. Trong đó, có 149 dự án DDI ..., 99 dự án FDI": parts that sum.
  void projects(std::vector<Fact>& facts) {
    double ddi = truth("ddi", 10, 300, 0), fdi = truth("fdi", 5, 200, 0);
    double total = ddi + fdi + (chance(0.08) ? pick(1, 9) : 0);
    const char* subject = chance(0.5) ? "KCN" : "CCN";
    std::string parent = add(facts, subject, "projects", "", "project", total, 0).id;
    std::string time = facts.back().as_of;
    for (auto [qualifier, value] : {std::pair{"DDI", ddi}, std::pair{"FDI", fdi}}) {
      Fact& part = add(facts, subject, "projects", "", "project", value, 0);
      part.qualifier = qualifier;
      part.part_of = parent;
      part.as_of = time;
    }
  }

  void set_interval(Fact& f, int decimals) {
    const double half = 0.5 * std::pow(10.0, -decimals);
    const double inf = std::numeric_limits<double>::infinity();
    switch (f.approx) {
      case Approx::none: f.low = f.value - half, f.high = f.value + half; break;
      case Approx::over: f.low = f.value, f.high = inf; break;
      case Approx::under: f.low = 0, f.high = f.value; break;
      case Approx::about:
      case Approx::estimate: f.low = f.value * 0.95 - half, f.high = f.value * 1.05 + half; break;
    }
  }

  // Dates as articles give them: the article's own date most often, else what the sentence says.
  void time(Fact& f) {
    double r = uniform(0, 1);
    if (r < 0.5) {
      f.as_of = date_, f.time_source = TimeSource::article_date;
    } else if (r < 0.7) {
      f.as_of = std::to_string(year_), f.time_source = TimeSource::text;
    } else if (r < 0.82) {
      f.as_of = fmt::format("{}-{:02d}", year_, month_), f.time_source = TimeSource::text;
    } else if (r < 0.9) {
      f.as_of = fmt::format("{}-Q{}", year_, pick(1, 4)), f.time_source = TimeSource::text;
    } else if (r < 0.95) {
      f.as_of = fmt::format("{}-H{}", year_, pick(1, 2)), f.time_source = TimeSource::text;
      f.period_from = std::to_string(year_);
    } else {
      f.time_source = TimeSource::none;
    }
  }
};

Messages load_messages(const std::string& data_dir) {
  try {
    return Messages::load(data_dir, "en");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "gen_facts: %s; explanations will show template keys\n", e.what());
    return Messages();
  }
}

// One finding per block, every field on its own line, for diff.
bool dump_findings(const std::string& path, const std::vector<Finding>& findings) {
  std::FILE* out = std::fopen(path.c_str(), "w");
  if (!out) return false;
  for (const Finding& f : findings) {
    std::fprintf(out, "%s %s %s %s\n", f.id.c_str(), f.rule.c_str(), to_string(f.severity), f.verdict.c_str());
    for (const std::string& id : f.facts) std::fprintf(out, " fact %s\n", id.c_str());
    std::fprintf(out, " message %s\n why %s\n", f.message.c_str(), f.explanation.c_str());
    for (const std::string& n : f.notes) std::fprintf(out, " note %s\n", n.c_str());
  }
  return std::fclose(out) == 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    auto value = [&](const char* name) -> const char* {
      if (std::strcmp(argv[i], name) != 0 || i + 1 >= argc) return nullptr;
      return argv[++i];
    };
    if (const char* v = value("--facts"))
      options.facts = std::stoull(v);
    else if (const char* v = value("--rules"))
      options.rules = v;
    else if (const char* v = value("--data"))
      options.data = v;
    else if (const char* v = value("--seed"))
      options.seed = std::stoull(v);
    else if (const char* v = value("--dump"))
      options.dump = v;
    else if (const char* v = value("--perturb"))
      options.perturb = std::stod(v);
    else if (const char* v = value("--jobs"))
      options.jobs = static_cast<unsigned>(std::stoul(v));
    else if (std::strcmp(argv[i], "--per-rule") == 0)
      options.per_rule = true;
    else {
      std::fprintf(
          stderr,
          "usage: gen_facts [--facts N] [--rules DIR] [--data DIR] [--seed S] [--perturb P] [--jobs N] [--per-rule] "
          "[--dump FILE]\n");
      return 2;
    }
  }

  Stopwatch gen;
  Generator generator(options, province_names(options.data));
  std::vector<Fact> facts = generator.run(options.facts);
  double gen_seconds = gen.seconds();
  std::set<std::string> groups, differing;
  {
    std::map<std::string, double> first;
    for (const Fact& f : facts) {
      // Roughly the agree rule's key: a group whose values differ needs a finding or an explanation.
      std::string key = f.place + '|' + f.subject + '|' + f.metric + '|' + f.status + '|' + f.qualifier + '|' + f.as_of;
      auto [it, fresh] = first.emplace(key, f.value);
      groups.insert(key);
      if (!fresh && it->second != f.value) differing.insert(key);
    }
  }
  double rss_facts = peak_rss_mb();
  std::printf(
      "gen_facts: %zu facts from %zu synthetic articles (%zu perturbed), %zu groups "
      "(place/subject/metric/status/qualifier/time), %zu with differing values; generated in %.2f s, peak RSS %.0f "
      "MB\n",
      facts.size(), generator.articles(), generator.perturbed(), groups.size(), differing.size(), gen_seconds,
      rss_facts);
  std::fflush(stdout);  // run.sh may stop a slow engine with timeout: what was measured is shown

  Messages messages = load_messages(options.data);
  Stopwatch load;
  RuleSet rules;
  try {
    rules = RuleSet::load(options.rules);
  } catch (const DataError& e) {
    std::fprintf(stderr, "gen_facts: %s\n", e.what());
    return 2;
  }
  double load_seconds = load.seconds(), load_cpu = load.cpu_seconds();

  if (options.per_rule) {
    // Each rule alone over the same facts; the empty set measures what run() does around the
    // rules (copying and ordering the facts), which every row below includes.
    RuleSet none;
    Stopwatch base;
    none.run(facts, messages);
    std::printf("per rule (each includes the engine's own %.3f s):\n", base.seconds());
    for (const Rule& rule : rules.rules()) {
      RuleSet one;
      one.add(rule);
      Stopwatch t;
      size_t n = one.run(facts, messages).size();
      std::printf("  %-24s %-12s %8.3f s  %8.3f s cpu  %zu findings\n", rule.spec.id.c_str(), rule.spec.kind.c_str(),
                  t.seconds(), t.cpu_seconds(), n);
      std::fflush(stdout);
    }
  }

  Stopwatch run;
  std::vector<Finding> findings = rules.run(facts, messages, options.jobs);
  double run_seconds = run.seconds(), run_cpu = run.cpu_seconds();

  std::map<std::string, size_t> by_verdict;
  for (const Finding& f : findings) ++by_verdict[std::string(to_string(f.severity)) + " " + f.verdict];
  std::printf("RuleSet::load  %8.3f s  (%zu rules from %s)\n", load_seconds, rules.rules().size(),
              options.rules.c_str());
  std::printf("RuleSet::run   %8.3f s  (%zu findings, %u thread%s)\n", run_seconds, findings.size(), options.jobs,
              options.jobs == 1 ? "" : "s");
  std::printf("load + run     %8.3f s  (%.3f s cpu; goal: under 2 s for 1,000,000 facts)\n", load_seconds + run_seconds,
              load_cpu + run_cpu);
  for (const auto& [key, n] : by_verdict) std::printf("  %-28s %zu\n", key.c_str(), n);
  std::printf("peak RSS %.0f MB (%.0f MB with the facts alone)\n", peak_rss_mb(), rss_facts);
  if (!options.dump.empty() && !dump_findings(options.dump, findings)) {
    std::fprintf(stderr, "gen_facts: cannot write %s\n", options.dump.c_str());
    return 2;
  }
  const double total = load_seconds + run_seconds;
  std::printf("rules: %zu facts, %.3f s, %.0f facts/s\n", facts.size(), total,
              total > 0 ? static_cast<double>(facts.size()) / total : 0.0);
  return 0;
}
