#pragma once
// phrase_index: the one matcher every stage uses for multi-piece data phrases ("khu công nghiệp",
// "đến năm", "nghìn tỷ đồng"). Takes phrases, turns them into pieces exactly as the tokenizer
// would (so "Hoà"/"Hòa", a merged term or loose syllables all meet), and answers walks over the
// piece hashes TokenizedText carries. A trie over 64-bit piece hashes: matching is integer
// compares in one flat table, no strings, no allocation.
// Tested by tests/tokenize/phrase_index_test.cpp and, through every grammar, the corpus tests.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace solieu {

class PhraseIndex {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr uint32_t kRoot = 0;

  // Adds a phrase written naturally; it is normalized and tokenized (no terms) into pieces.
  // A later duplicate keeps the first payload. Returns the number of pieces (0: nothing added).
  size_t add(std::string_view phrase, uint32_t payload);
  // Adds a phrase already cut into piece hashes.
  void add_pieces(const std::vector<uint64_t>& pieces, uint32_t payload);

  bool empty() const { return used_ == 0; }
  // The most pieces any phrase has.
  uint32_t max_pieces() const { return max_pieces_; }

  // The child of `node` along `piece`, or kNone. Most pieces start no phrase: from the root a
  // bit filter answers before the table is probed.
  uint32_t next(uint32_t node, uint64_t piece) const {
    if (node == kRoot && !(first_filter_[(piece >> 58)] & (uint64_t{1} << ((piece >> 52) & 63)))) return kNone;
    return lookup(node, piece);
  }
  // Whether some phrase starts with this piece.
  bool may_start(uint64_t piece) const { return next(kRoot, piece) != kNone; }
  // Whether a phrase ends at `node`, and its payload (any value, UINT32_MAX included).
  bool ends(uint32_t node) const { return ends_[node] != 0; }
  uint32_t payload(uint32_t node) const { return payloads_[node]; }

  struct Match {
    uint32_t length = 0;  // pieces; 0: no match
    uint32_t payload = 0;
  };
  // The longest phrase starting at pieces[at] and ending at or before `end`.
  Match longest(const uint64_t* pieces, size_t at, size_t end) const {
    Match best;
    uint32_t node = kRoot;
    for (size_t k = at; k < end; ++k) {
      node = next(node, pieces[k]);
      if (node == kNone) break;
      if (ends_[node]) best = {static_cast<uint32_t>(k - at + 1), payloads_[node]};
    }
    return best;
  }

 private:
  struct Slot {
    uint64_t piece = 0;
    uint32_t parent = kNone;  // kNone: empty slot
    uint32_t child = 0;
  };
  uint32_t lookup(uint32_t node, uint64_t piece) const;
  void place(const Slot& slot);  // into the first free slot of its probe sequence
  void grow();
  static uint64_t mix(uint32_t node, uint64_t piece) {
    uint64_t h = piece ^ (uint64_t{node} * 0x9E3779B97F4A7C15ull);
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 32);
  }

  std::vector<Slot> slots_ = std::vector<Slot>(64);
  size_t used_ = 0;
  std::vector<uint32_t> payloads_ = {0};     // per node; node 0 is the root
  std::vector<uint8_t> ends_ = {0};          // per node: a phrase ends here
  std::array<uint64_t, 64> first_filter_{};  // 4096 bits over the top bits of first pieces
  uint32_t max_pieces_ = 0;
};

// The hash a piece is matched by. FNV-1a: pieces are syllables of a few bytes.
inline uint64_t piece_hash(std::string_view piece) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : piece) h = (h ^ c) * 1099511628211ull;
  // FNV's high bits mix poorly for short inputs; the filter reads them, so finish with a mixer.
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 33);
}

// Calls f(piece) for each piece of a key, in order: the key cut at spaces (a merged term's
// syllables), empty runs skipped. The one definition of a piece every stage relies on.
template <class F>
void for_each_piece(std::string_view key, F&& f) {
  for (size_t at = 0; at <= key.size();) {
    size_t space = key.find(' ', at);
    if (space == std::string_view::npos) space = key.size();
    if (space > at) f(key.substr(at, space - at));
    at = space + 1;
  }
}

// The pieces of a phrase as article text would yield them: normalized, tokenized without terms,
// each token's key cut at spaces.
std::vector<std::string> phrase_pieces(std::string_view phrase);
// The same, hashed: the tokenizer's own pieces of the phrase.
std::vector<uint64_t> phrase_hashes(std::string_view phrase);

}  // namespace solieu
