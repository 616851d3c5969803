// legacy: ICU conversion, the TCVN3 table, and the scorer that chooses between decodings.
// Tested by tests/load/test_decode.cpp.
#include "load/legacy.hpp"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

#include "load/vietnamese.hpp"

namespace solieu {

namespace {

std::string to_nfc_utf8(const icu::UnicodeString& u) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString n = nfc_normalizer().normalize(u, status);
  std::string out;
  (U_SUCCESS(status) ? n : u).toUTF8String(out);
  return out;
}

// TCVN3 bytes 0x80..0xFF. The letters are the VN3 repertoire (lower case with all tones, plus
// the seven upper-case base letters); 0x80..0x9F keep windows-1252 punctuation, because ABC
// files were typed on Windows keyboards whose smart quotes and dashes land there.
constexpr std::array<char16_t, 128> make_tcvn3_high() {
  std::array<char16_t, 128> t{};
  for (auto& c : t) c = 0xFFFD;
  auto set = [&t](int byte, char16_t cp) { t[static_cast<size_t>(byte - 0x80)] = cp; };
  set(0x85, 0x2026);
  set(0x91, 0x2018);
  set(0x92, 0x2019);
  set(0x93, 0x201C);
  set(0x94, 0x201D);
  set(0x95, 0x2022);
  set(0x96, 0x2013);
  set(0x97, 0x2014);
  set(0xA0, 0x00A0);
  set(0xA1, 0x0102);
  set(0xA2, 0x00C2);
  set(0xA3, 0x00CA);
  set(0xA4, 0x00D4);
  set(0xA5, 0x01A0);
  set(0xA6, 0x01AF);
  set(0xA7, 0x0110);
  set(0xA8, 0x0103);
  set(0xA9, 0x00E2);
  set(0xAA, 0x00EA);
  set(0xAB, 0x00F4);
  set(0xAC, 0x01A1);
  set(0xAD, 0x01B0);
  set(0xAE, 0x0111);
  // a: à ả ã á ạ
  set(0xB5, 0x00E0);
  set(0xB6, 0x1EA3);
  set(0xB7, 0x00E3);
  set(0xB8, 0x00E1);
  set(0xB9, 0x1EA1);
  // ă: ằ ẳ ẵ ắ ặ
  set(0xBB, 0x1EB1);
  set(0xBC, 0x1EB3);
  set(0xBD, 0x1EB5);
  set(0xBE, 0x1EAF);
  set(0xC6, 0x1EB7);
  // â: ầ ẩ ẫ ấ ậ
  set(0xC7, 0x1EA7);
  set(0xC8, 0x1EA9);
  set(0xC9, 0x1EAB);
  set(0xCA, 0x1EA5);
  set(0xCB, 0x1EAD);
  // e: è ẻ ẽ é ẹ
  set(0xCC, 0x00E8);
  set(0xCE, 0x1EBB);
  set(0xCF, 0x1EBD);
  set(0xD0, 0x00E9);
  set(0xD1, 0x1EB9);
  // ê: ề ể ễ ế ệ
  set(0xD2, 0x1EC1);
  set(0xD3, 0x1EC3);
  set(0xD4, 0x1EC5);
  set(0xD5, 0x1EBF);
  set(0xD6, 0x1EC7);
  // i: ì ỉ ĩ í ị
  set(0xD7, 0x00EC);
  set(0xD8, 0x1EC9);
  set(0xDC, 0x0129);
  set(0xDD, 0x00ED);
  set(0xDE, 0x1ECB);
  // o: ò ỏ õ ó ọ
  set(0xDF, 0x00F2);
  set(0xE1, 0x1ECF);
  set(0xE2, 0x00F5);
  set(0xE3, 0x00F3);
  set(0xE4, 0x1ECD);
  // ô: ồ ổ ỗ ố ộ
  set(0xE5, 0x1ED3);
  set(0xE6, 0x1ED5);
  set(0xE7, 0x1ED7);
  set(0xE8, 0x1ED1);
  set(0xE9, 0x1ED9);
  // ơ: ờ ở ỡ ớ ợ
  set(0xEA, 0x1EDD);
  set(0xEB, 0x1EDF);
  set(0xEC, 0x1EE1);
  set(0xED, 0x1EDB);
  set(0xEE, 0x1EE3);
  // u: ù ủ ũ ú ụ
  set(0xEF, 0x00F9);
  set(0xF1, 0x1EE7);
  set(0xF2, 0x0169);
  set(0xF3, 0x00FA);
  set(0xF4, 0x1EE5);
  // ư: ừ ử ữ ứ ự
  set(0xF5, 0x1EEB);
  set(0xF6, 0x1EED);
  set(0xF7, 0x1EEF);
  set(0xF8, 0x1EE9);
  set(0xF9, 0x1EF1);
  // y: ỳ ỷ ỹ ý ỵ
  set(0xFA, 0x1EF3);
  set(0xFB, 0x1EF7);
  set(0xFC, 0x1EF9);
  set(0xFD, 0x00FD);
  set(0xFE, 0x1EF5);
  return t;
}

constexpr std::array<char16_t, 128> kTcvn3High = make_tcvn3_high();

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

bool is_ignorable_space(UChar32 c) { return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF; }

}  // namespace

std::optional<std::string> convert_with_icu(std::string_view bytes, const std::string& encoding, std::string& error) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status) || !conv) {
    error = "unknown encoding '" + encoding + "'";
    return std::nullopt;
  }
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  icu::UnicodeString out;
  const char* src = bytes.data();
  const char* limit = bytes.data() + bytes.size();
  UChar buffer[4096];
  while (true) {
    UChar* target = buffer;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, buffer + 4096, &src, limit, nullptr, true, &status);
    out.append(buffer, static_cast<int32_t>(target - buffer));
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) {
      // src has moved past the bytes that failed; ICU keeps them as "invalid chars".
      char bad[32];
      int8_t bad_len = sizeof bad;
      UErrorCode s2 = U_ZERO_ERROR;
      ucnv_getInvalidChars(conv.get(), bad, &bad_len, &s2);
      size_t at = static_cast<size_t>(src - bytes.data()) - static_cast<size_t>(U_SUCCESS(s2) ? bad_len : 0);
      error = "cannot decode as " + encoding + " at byte " + std::to_string(at);
      return std::nullopt;
    }
    break;
  }
  return to_nfc_utf8(out);
}

std::string decode_tcvn3(std::string_view bytes) {
  icu::UnicodeString out;
  for (unsigned char c : bytes) {
    out.append(c < 0x80 ? static_cast<char16_t>(c) : kTcvn3High[c - 0x80]);
  }
  return to_nfc_utf8(out);
}

namespace {

// VNI-Windows, read through windows-1252. Single bytes that are letters of their own.
char16_t vni_single(char16_t c) {
  switch (c) {
    case u'ô': return u'ơ';
    case u'Ô': return u'Ơ';
    case u'ö': return u'ư';
    case u'Ö': return u'Ư';
    case u'ñ': return u'đ';
    case u'Ñ': return u'Đ';
    case u'æ': return u'ỉ';
    case u'Æ': return u'Ỉ';
    case u'ó': return u'ĩ';
    case u'Ó': return u'Ĩ';
    case u'ò': return u'ị';
    case u'Ò': return u'Ị';
    case u'î': return u'ỵ';
    case u'Î': return u'Ỵ';
    default: return c;
  }
}

// Mark letters that follow a vowel: the combining marks they stand for, and the bases they
// may follow ("v" any vowel, "aeo" circumflex, "a" breve).
struct VniMark {
  char16_t lower;
  const char16_t* marks;
  const char* bases;
};
constexpr VniMark kVniMarks[] = {
    {u'ù', u"\u0301", "v"},         {u'ø', u"\u0300", "v"},         {u'û', u"\u0309", "v"},
    {u'õ', u"\u0303", "v"},         {u'ï', u"\u0323", "v"},         {u'â', u"\u0302", "aeo"},
    {u'á', u"\u0302\u0301", "aeo"}, {u'à', u"\u0302\u0300", "aeo"}, {u'å', u"\u0302\u0309", "aeo"},
    {u'ã', u"\u0302\u0303", "aeo"}, {u'ä', u"\u0302\u0323", "aeo"}, {u'ê', u"\u0306", "a"},
    {u'é', u"\u0306\u0301", "a"},   {u'è', u"\u0306\u0300", "a"},   {u'ú', u"\u0306\u0309", "a"},
    {u'ü', u"\u0306\u0303", "a"},   {u'ë', u"\u0306\u0323", "a"},
};

const VniMark* vni_mark(char16_t c, char16_t base) {
  char16_t lower = static_cast<char16_t>(u_tolower(c));
  char16_t b = static_cast<char16_t>(u_tolower(base));
  bool vowel = b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' || b == 'y' || b == u'ơ' || b == u'ư';
  if (!vowel) return nullptr;
  for (const VniMark& m : kVniMarks) {
    if (m.lower != lower) continue;
    if (m.bases[0] == 'v') return &m;
    for (const char* p = m.bases; *p; ++p) {
      if (b == static_cast<char16_t>(*p)) return &m;
    }
    return nullptr;
  }
  return nullptr;
}

}  // namespace

std::string decode_vni(std::string_view bytes) {
  std::string error;
  auto latin = convert_with_icu(bytes, "windows-1252", error);
  if (!latin) return std::string(bytes.size(), '?');
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(*latin);
  icu::UnicodeString out;
  for (int32_t i = 0; i < in.length(); ++i) {
    char16_t base = vni_single(in.charAt(i));
    out.append(base);
    // A vowel takes at most one mark letter: VNI has combined ones (á = circumflex + acute).
    if (i + 1 < in.length()) {
      if (const VniMark* m = vni_mark(in.charAt(i + 1), base)) {
        out.append(icu::UnicodeString(m->marks));
        ++i;
      }
    }
  }
  return to_nfc_utf8(out);
}

VietnameseScore score_vietnamese(std::string_view utf8) {
  VietnameseScore score;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  int32_t i = 0;
  const int32_t n = u.length();
  while (i < n) {
    while (i < n && is_ignorable_space(u.char32At(i))) i = u.moveIndex32(i, 1);
    int32_t start = i;
    bool non_ascii = false;
    while (i < n && !is_ignorable_space(u.char32At(i))) {
      if (u.charAt(i) >= 0x80) non_ascii = true;
      i = u.moveIndex32(i, 1);
    }
    if (i == start || !non_ascii) continue;
    icu::UnicodeString word = u.tempSubStringBetween(start, i);
    // Punctuation around a word ("(Bắc", "Giang),", curly quotes) says nothing about its encoding.
    while (word.length() > 0 && u_ispunct(word.charAt(0))) word.remove(0, 1);
    while (word.length() > 0 && u_ispunct(word.charAt(word.length() - 1))) word.truncate(word.length() - 1);
    ++score.words;
    if (is_vietnamese_word(word)) ++score.valid;
  }
  return score;
}

std::optional<LegacyDecoding> detect_legacy(std::string_view bytes) {
  std::vector<LegacyDecoding> candidates;
  std::string error;
  if (auto text = convert_with_icu(bytes, "windows-1258", error)) candidates.push_back({"windows-1258", *text});
  candidates.push_back({"TCVN3", decode_tcvn3(bytes)});
  candidates.push_back({"VNI-Windows", decode_vni(bytes)});
  int best = -1;
  double best_ratio = 0, second_ratio = 0;
  for (size_t k = 0; k < candidates.size(); ++k) {
    VietnameseScore s = score_vietnamese(candidates[k].text);
    double r = s.ratio();
    if (r > best_ratio) {
      second_ratio = best_ratio;
      best_ratio = r;
      best = static_cast<int>(k);
    } else if (r > second_ratio) {
      second_ratio = r;
    }
  }
  // Real Vietnamese scores above 0.9 in its own encoding and far lower in the wrong one; a
  // file that only reaches 0.75, or ties, is not evidence enough to rewrite its text.
  if (best < 0 || best_ratio < 0.75 || best_ratio - second_ratio < 0.15) return std::nullopt;
  return std::move(candidates[static_cast<size_t>(best)]);
}

}  // namespace solieu
