// interval: a quantity's written figure -> the interval of values it stands for.
// Rules compare intervals, never doubles: "1.460 ha" agrees with 1460,3 but not with 1.967.
// Tested by tests/numbers/interval_test.cpp.
#include <algorithm>
#include <cmath>

#include "solieu/quantity.hpp"

namespace solieu {

const char* to_string(Approx approx) {
  switch (approx) {
    case Approx::none: return "";
    case Approx::about: return "about";
    case Approx::over: return "over";
    case Approx::under: return "under";
    case Approx::estimate: return "estimate";
  }
  return "";
}

namespace {

// Bounds are decimal numbers people read ("75,6" -> [75.55, 75.65]); binary doubles make
// 75.64999999999999 of them. Rounding to a few digits past the written ones gives back the
// decimal the interval means without moving it by anything a rule could notice.
double tidy(double x, int decimals) {
  double scale = std::pow(10.0, std::clamp(decimals + 3, 0, 12));
  double r = std::round(x * scale) / scale;
  return std::isfinite(r) ? r : x;
}

}  // namespace

void set_interval(Quantity& q) {
  if (q.exact) {
    q.low = q.high = q.value;
    return;
  }
  // Half a unit of the last written digit, in the units the magnitude words gave it.
  double half = 0.5 * std::pow(10.0, -q.decimals) * std::fabs(q.scale);
  // Rounding must never leave the value outside its own interval.
  q.low = std::min(tidy(q.value - half, q.decimals), q.value);
  q.high = std::max(tidy(q.value + half, q.decimals), q.value);
}

void set_interval(Quantity& q, ApproxWidth width) {
  set_interval(q);
  if (q.approx == Approx::none) return;
  double a = q.value * width.low, b = q.value * width.high;  // a negative value swaps the ends
  q.low = std::min(tidy(std::min({q.low, a, b}), q.decimals), q.value);
  q.high = std::max(tidy(std::max({q.high, a, b}), q.decimals), q.value);
}

}  // namespace solieu
