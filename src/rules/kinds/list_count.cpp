// list_count: a count followed by its list ("6 KCN ... bao gồm: A, B, C, D, E, F") names as
// many as it counts. Names are compared by canonical key, so "KCN Hòa Phú" and "KCN Hoà Phú"
// are one. Only exact counts are checked: "hơn 5 KCN, gồm ..." may list a few of them.
// Tested by tests/rules/list_count/cases.json.
#include <cmath>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "rules/fact_math.hpp"
#include "rules/kind_table.hpp"
#include "rules/wording.hpp"
#include "solieu/text.hpp"

namespace solieu {

namespace {

std::string_view trimmed(std::string_view s) {
  const size_t a = s.find_first_not_of(" \t\n\r.,;:");
  const size_t b = s.find_last_not_of(" \t\n\r.,;:");
  return a == std::string_view::npos ? std::string_view() : s.substr(a, b - a + 1);
}

class ListCount : public RuleCheck {
 public:
  std::vector<Finding> check(const RuleSpec& spec, const CheckContext& c) const override {
    std::vector<Finding> out;
    // The same zone names come back in article after article: each name is keyed once, and each
    // distinct key gets a number. A fact's names are told apart by the serial of the last fact
    // that met each number, so no set is built and no name is copied unless the fact makes a
    // finding (a million facts list a few hundred thousand names).
    std::unordered_map<std::string, uint32_t> number_of_name, number_of_key;
    std::vector<uint32_t> last_met;  // by key number: the serial of the last fact that listed it
    uint32_t serial = 0;
    std::string name_buffer;
    std::vector<std::string_view> kept;
    for (const Fact* f : select_facts(spec.select, c.facts)) {
      if (f->listed.empty() || f->approx != Approx::none || f->malformed || f->value != std::floor(f->value)) continue;
      ++serial;
      kept.clear();
      for (const auto& name : f->listed) {
        const std::string_view t = trimmed(name);
        if (t.empty()) continue;
        name_buffer.assign(t);
        auto it = number_of_name.find(name_buffer);
        if (it == number_of_name.end()) {
          const auto key =
              number_of_key.try_emplace(canonical_key(t), static_cast<uint32_t>(number_of_key.size())).first;
          it = number_of_name.emplace(name_buffer, key->second).first;
          if (last_met.size() <= key->second) last_met.resize(key->second + 1, 0);
        }
        if (last_met[it->second] == serial) continue;
        last_met[it->second] = serial;
        kept.push_back(t);
      }
      if (static_cast<double>(kept.size()) == f->value) continue;
      const std::vector<std::string> names(kept.begin(), kept.end());
      Args args = fact_args(c.messages, *f);
      args["count"] = std::to_string(names.size());
      args["names"] = join(names, ", ");
      std::string why = say(c.messages, "list_count.why",
                            {{"value", args["value"]}, {"count", args["count"]}, {"names", args["names"]}});
      out.push_back(make_finding(spec, c, "mismatch", spec.severity, {f}, std::move(args), std::move(why)));
    }
    return out;
  }
};

}  // namespace

std::shared_ptr<const RuleCheck> make_list_count(RuleJson&) { return std::make_shared<ListCount>(); }

}  // namespace solieu
