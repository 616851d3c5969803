#pragma once
// error: the exceptions solieu throws across stages. Every message names the file, and the
// line:col where there is one, so a user can go straight to the fault.
#include <stdexcept>
#include <string>

namespace solieu {

// A data or rule file that cannot be used: "rules/x.json:3:14: unknown field \"kindd\"".
class DataError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace solieu
