// article_date and infer_article_date on bylines, datelines and the seed articles.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "dates/harness.hpp"

using namespace solieu;
using namespace solieu::test;

namespace {

struct Dated {
  std::optional<std::string> text, inferred;
};

Dated dates_of(const std::string& article) {
  NormalizedText n = normalize(article);
  TokenizedText t = tokenize(n, all_terms());
  return {grammar().article_date(t, n), grammar().infer_article_date(t, n)};
}

std::string seed(const std::string& name) {
  std::ifstream in(std::string(SOLIEU_SOURCE_DIR) + "/data/articles/" + name);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("bylines give the full date", "[dates][article_date]") {
  CHECK(dates_of("Bắc Giang: Phấn đấu đến năm 2030 có 29 khu công nghiệp\n\nMinh Châu|22/07/2021 09:03\n\n"
                 "Moitruong.net.vn – Bắc Giang phấn đấu đến năm 2030 trở thành tỉnh công nghiệp.")
            .text == "2021-07-22");
  CHECK(dates_of("Khánh thành nhà máy mới\nThứ Hai, 22/07/2021\nSáng nay, nhà máy đi vào hoạt động.").text ==
        "2021-07-22");
  CHECK(dates_of("Khánh thành nhà máy mới\n22-07-2021 lúc 9h03\nSáng nay, nhà máy đi vào hoạt động.").text ==
        "2021-07-22");
  CHECK(dates_of("Thu hút FDI tăng mạnh\nCập nhật: 10:30 ngày 05/01/2024\nTỉnh thu hút 2 tỷ USD.").text ==
        "2024-01-05");
  CHECK(dates_of("Đầu tư công nghiệp\nNguyễn Văn An - 03.11.2022\nNội dung bài.").text == "2022-11-03");
  CHECK(dates_of("Đầu tư công nghiệp\nNgày 15 tháng 7 năm 2021\nNội dung bài.").text == "2021-07-15");
}

TEST_CASE("English bylines give the full date", "[dates][article_date]") {
  CHECK(dates_of("Vĩnh Phúc: FDI inflow tăng mạnh\n\nĐăng bởi Thu Trang | Jun 18, 2024\n\nCác KCN thu hút 27 dự án.")
            .text == "2024-06-18");
  CHECK(dates_of("Thu hút FDI tăng mạnh\nJune 18, 2024\nTỉnh thu hút 2 tỷ USD.").text == "2024-06-18");
  CHECK(dates_of("Thu hút FDI tăng mạnh\n18 June 2024\nTỉnh thu hút 2 tỷ USD.").text == "2024-06-18");
  CHECK(dates_of("Thu hút FDI tăng mạnh\nPosted on Sep. 3, 2023 at 9:30\nTỉnh thu hút 2 tỷ USD.").text == "2023-09-03");
  CHECK(dates_of("Thu hút FDI tăng mạnh\nUpdated: 18/06/2024 09:30\nTỉnh thu hút 2 tỷ USD.").text == "2024-06-18");
  // "may" is a Vietnamese word: a month name only capitalized; no day that does not exist.
  CHECK_FALSE(dates_of("Thu hút FDI tăng mạnh\nCông ty may 18, 2024\nTỉnh thu hút 2 tỷ USD.").text);
  CHECK_FALSE(dates_of("Thu hút FDI tăng mạnh\nJun 31, 2024\nTỉnh thu hút 2 tỷ USD.").text);
  // A month and year with no day is no byline date.
  CHECK_FALSE(dates_of("Thu hút FDI tăng mạnh\nJune 2024\nTỉnh thu hút 2 tỷ USD.").text);
}

TEST_CASE("datelines take their year from the text only", "[dates][article_date]") {
  CHECK(dates_of("(ĐT) - Chiều 22/8, đoàn công tác làm việc tại tỉnh.\nTính từ đầu năm 2023 đến ngày 20/8 các KCN "
                 "thu hút 43 dự án. Giá trị lũy kế từ đầu năm đến hết tháng 8/2023 đạt 258 nghìn tỷ đồng.")
            .text == "2023-08-22");
  CHECK(dates_of("HÀ NỘI - Ngày 10/10, hội nghị xúc tiến đầu tư diễn ra.\nTrong tháng 9/2022, tỉnh thu hút 5 dự "
                 "án; đến năm 2030 có 20 KCN.")
            .text == "2022-10-10");
  // No year stated: never a guess.
  CHECK_FALSE(dates_of("(ĐT) - Chiều 22/8, đoàn công tác làm việc tại tỉnh.\nHiện tỉnh có 9 KCN.").text);
  // Only a plan's year: not the article's.
  CHECK_FALSE(dates_of("Sáng 22/8, hội nghị diễn ra.\nĐến năm 2030, tỉnh có 29 KCN.").text);
  // A plan's year ("nhiệm vụ năm 2024", "phấn đấu năm 2024") is no candidate: the year-end review is of 2023.
  CHECK(dates_of("Chiều 27/12, Ban Quản lý tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.\n"
                 "Năm 2023, các KCN thu hút 36 dự án. Kế hoạch năm 2024 thu hút 40 dự án.")
            .text == "2023-12-27");
  // The dateline's own sentence states its event's year; a task list's later year does not move it.
  CHECK(dates_of("Chiều 27/12, Ban Quản lý tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm "
                 "2024.\nNăm 2023, các KCN thu hút 36 dự án.\nThứ hai, hoàn thành thủ tục thành lập 3 KCN mới "
                 "trong năm 2024.")
            .text == "2023-12-27");
  // The latest year would put the dateline before a fact the article reports: refuse.
  CHECK_FALSE(dates_of("Sáng 5/3, hội nghị diễn ra.\nTháng 8/2023 tỉnh thu hút 5 dự án, năm 2022 là 4 dự án.").text);
}

TEST_CASE("dates in the body are not bylines", "[dates][article_date]") {
  // A full date opening a long lead paragraph is the date of an event, not of the article.
  CHECK_FALSE(dates_of("Ngày 15/7/2021, Ban Chấp hành Đảng bộ tỉnh Bắc Giang ban hành Nghị quyết số 147-NQ/TU về "
                       "phát triển công nghiệp tỉnh Bắc Giang giai đoạn 2021-2023 với nhiều mục tiêu quan trọng.")
                  .text);
  // Too far from the top.
  std::string body;
  for (int i = 0; i < 6; ++i) body += "Tỉnh tập trung phát triển hạ tầng các khu công nghiệp trên địa bàn.\n";
  CHECK_FALSE(dates_of(body + "Minh Châu|22/07/2021 09:03\n").text);
  // "10/10 huyện" is a count, even on a short line.
  CHECK_FALSE(dates_of("Nông thôn mới\n10/10 huyện đạt chuẩn\n").text);
}

TEST_CASE("inferred dates: latest past full date, else latest past year", "[dates][article_date]") {
  CHECK(dates_of("Nghị quyết số 105-NQ/TU ngày 28/4/2021 về môi trường đầu tư. Quyết định số 219/QĐ-TTg ngày "
                 "17/02/2022 phê duyệt quy hoạch. Đến ngày 31/12/2025 phải hoàn thành kế hoạch.")
            .inferred == "2022-02-17");
  CHECK(dates_of("Năm 2021, tỉnh đã thu hút 80 dự án. Năm 2019 tỉnh đã có 4 KCN. Đến năm 2030 có 29 KCN.").inferred ==
        "2021");
  CHECK_FALSE(dates_of("Đến năm 2030, tỉnh có 29 KCN. Giai đoạn 2021-2030 tăng 19%/năm.").inferred);
}

TEST_CASE("seed articles", "[dates][article_date]") {
  CHECK(dates_of(seed("004_12683446562c8134.txt")).text == "2021-07-22");
  CHECK(dates_of(seed("002_ee0f98f5484a5f99.txt")).text == "2023-08-22");
  CHECK_FALSE(dates_of(seed("000_79beec965ee36a26.txt")).text);
  CHECK_FALSE(dates_of(seed("001_3c2afc087e3e96fb.txt")).text);
  CHECK_FALSE(dates_of(seed("003_ee2dd747b677cf08.txt")).text);
  CHECK(dates_of(seed("003_ee2dd747b677cf08.txt")).inferred == "2022-02-17");
}
