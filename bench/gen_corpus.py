#!/usr/bin/env python3
"""gen_corpus: writes a folder of synthetic Vietnamese news articles for the benchmarks.

Takes --out DIR, --mb SIZE (total megabytes, 10^6 bytes), --files N, --seed S; gives N files of
about SIZE/N bytes each, in subfolders of 1000 ("000/", "001/", ...), shaped like the seed
articles in data/articles/: a headline, a dateline ("Minh Châu|22/07/2021 09:03"), a front-matter
block or a place-and-time opening ("BẮC GIANG – Chiều 22/8, ..."), paragraphs of statistics about
industrial zones (KCN) and clusters (CCN) with counts, hectares, occupancy, capital, projects,
jobs and plans to 2030, and filler paragraphs assembled from phrase banks so that no two
articles read alike. Provinces come from data/places.json.

Every file is drawn from its own random stream seeded by (seed, index): the same arguments give
the same bytes. File sizes vary (0.6x to 1.4x the mean) while the total stays near --mb. Stdlib only.
Used by bench/run.sh; the statistics are plausible, not true.
"""
import argparse
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PLACES = os.path.join(HERE, "..", "data", "places.json")

# Syllables of Vietnamese place names, combined in pairs to name zones ("KCN Phúc Sơn").
ZONE_SYLLABLES = (
    "Yên Phú Hòa Tân An Minh Đức Quang Châu Song Khê Vân Trung Thạch Lộc Phúc Sơn Hưng Long "
    "Thành Bình Xuân Đông Nam Bắc Hồng Thịnh Lâm Hà Ngọc Thái Việt Mỹ Đại Kim Gia Lương Tiên "
    "Đình Trám Nội Hoàng Lý Đào Hương Dĩnh Thượng Lan Thiện Quế Võ Tiền Phong Đồng Văn Hải "
    "Nghĩa Lạc Cẩm Điền Khánh Vĩnh Trường Hiệp Tràng Duệ Nhơn Hội Liên Chiểu Sóng Thần"
).split()

AUTHORS = [
    "Minh Châu", "Thế Đại", "Hoàng Anh", "Thu Hà", "Ngọc Lan", "Văn Phúc", "Đức Thắng", "Thanh Hương",
    "Quốc Tuấn", "Bảo Ngọc", "Hải Yến", "Trần Dũng", "Lê Minh", "Phạm Hùng", "Mai Phương", "Anh Tú",
]
OFFICIAL_NAMES = [
    "Lê Ánh Dương", "Phan Thế Tuấn", "Đinh Quang Tuyên", "Nguyễn Văn Gấu", "Trần Quốc Nam",
    "Vũ Đại Thắng", "Hồ Văn Niên", "Nguyễn Hữu Hoài", "Lê Văn Lương", "Đặng Xuân Phong",
    "Bùi Văn Quang", "Phạm Anh Tuấn", "Trịnh Văn Chiến", "Nguyễn Thành Công", "Đỗ Thị Minh Hoa",
]
TITLES = [
    "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy", "Trưởng ban Ban Quản lý các KCN tỉnh",
    "Giám đốc Sở Công Thương", "Giám đốc Sở Kế hoạch và Đầu tư", "Phó Bí thư Tỉnh ủy",
]
# Kinds of official documents and how their numbers are written ("105-NQ/TU", "219/QĐ-TTg").
DOCUMENTS = [("Nghị quyết", "{n}-NQ/TU"), ("Quyết định", "{n}/QĐ-TTg"), ("Quyết định", "{n}/QĐ-UBND"),
             ("Kế hoạch", "{n}/KH-UBND"), ("Chỉ thị", "{n}-CT/TU"), ("Công văn", "{n}/UBND-KTN")]
PERIOD_DAYTIME = ["Sáng", "Chiều", "Tối", "Trưa"]
ROMAN = ["I", "II", "III", "IV"]
SITES = ["Moitruong.net.vn", "Baodautu.vn", "Congthuong.vn", "Nhandan.vn", "Baochinhphu.vn", "Vietnamplus.vn"]

# Filler: actor + action + object + purpose, each from a bank, so sentences rarely repeat.
ACTORS = [
    "UBND tỉnh", "Sở Công Thương", "Ban Quản lý các khu công nghiệp tỉnh", "Sở Kế hoạch và Đầu tư",
    "Sở Tài nguyên và Môi trường", "Sở Xây dựng", "các địa phương", "UBND các huyện, thành phố",
    "Trung tâm Xúc tiến đầu tư", "các sở, ngành liên quan", "Tỉnh ủy", "Hội đồng nhân dân tỉnh",
    "Công an tỉnh", "Cục Thuế tỉnh", "các chủ đầu tư hạ tầng", "Hiệp hội Doanh nghiệp tỉnh",
]
ACTIONS = [
    "tập trung chỉ đạo", "đẩy mạnh", "tăng cường", "rà soát, đánh giá", "chủ động phối hợp trong",
    "ưu tiên nguồn lực cho", "quyết liệt triển khai", "kiểm tra, đôn đốc", "hướng dẫn, hỗ trợ",
    "nâng cao hiệu quả", "tháo gỡ khó khăn trong", "đổi mới phương thức", "tiếp tục thực hiện",
    "xây dựng kế hoạch", "đề xuất cơ chế cho", "chấn chỉnh kịp thời",
]
OBJECTS = [
    "công tác giải phóng mặt bằng", "cải cách thủ tục hành chính", "xúc tiến đầu tư tại chỗ",
    "đầu tư xây dựng hạ tầng kỹ thuật", "xử lý nước thải tập trung", "phòng cháy, chữa cháy",
    "đào tạo nguồn nhân lực", "phát triển nhà ở cho công nhân", "hạ tầng giao thông kết nối",
    "quản lý nhà nước về đất đai", "bảo vệ môi trường", "hỗ trợ doanh nghiệp nhỏ và vừa",
    "chuyển đổi số", "thu hút các dự án công nghệ cao", "cung ứng điện, nước", "an ninh trật tự",
    "thanh tra, kiểm tra việc sử dụng đất", "công tác bồi thường, tái định cư",
]
PURPOSES = [
    "nhằm cải thiện môi trường đầu tư, kinh doanh", "để đón dòng vốn đầu tư nước ngoài",
    "góp phần thúc đẩy tăng trưởng kinh tế", "bảo đảm tiến độ các dự án trọng điểm",
    "tạo quỹ đất sạch thu hút nhà đầu tư", "nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
    "hướng tới phát triển bền vững", "phục vụ người lao động trong các khu, cụm công nghiệp",
    "đáp ứng yêu cầu phát triển của địa phương", "tạo động lực cho giai đoạn tiếp theo",
    "giảm áp lực cho các khu vực tập trung công nghiệp", "theo đúng quy định của pháp luật",
]
OPENERS = [
    "Bên cạnh đó,", "Đồng thời,", "Ngoài ra,", "Trong thời gian tới,", "Thời gian qua,",
    "Theo lãnh đạo tỉnh,", "Cùng với đó,", "Đặc biệt,", "Tuy nhiên,", "Để thực hiện mục tiêu trên,", "",
]
REMARKS = [
    "Đây là điều kiện rất thuận lợi để triển khai các mục tiêu phát triển kinh tế - xã hội của tỉnh.",
    "Kết quả này cho thấy sức hấp dẫn của môi trường đầu tư trên địa bàn.",
    "Tuy nhiên, công tác bồi thường, giải phóng mặt bằng ở một số dự án còn chậm.",
    "Nhiều doanh nghiệp cho biết thủ tục hành chính đã được rút ngắn đáng kể.",
    "Tình hình dịch Covid-19 diễn biến phức tạp đã ảnh hưởng không nhỏ đến sản xuất.",
    "Lãnh đạo tỉnh đánh giá cao sự phối hợp của các sở, ngành và địa phương.",
    "Việc thiếu nhà ở cho công nhân vẫn là một điểm nghẽn cần sớm tháo gỡ.",
    "Nhiều nhà đầu tư lớn đến từ Hàn Quốc, Nhật Bản, Trung Quốc đã tìm hiểu cơ hội đầu tư.",
]
CAPTIONS = [
    "Quang cảnh hội nghị. |", "Toàn cảnh một khu công nghiệp trên địa bàn tỉnh. |",
    "Lãnh đạo tỉnh phát biểu tại buổi làm việc. |", "Công nhân làm việc tại một doanh nghiệp FDI. |",
    "Đại diện doanh nghiệp trao đổi tại hội nghị. |",
]
HEADLINES = [
    "{P}: Phấn đấu đến năm {T} có {KT} khu công nghiệp",
    "{P} thu hút hơn {CAPB} tỷ USD vốn đầu tư trong {M} tháng",
    "{P} yêu cầu tăng cường công tác quản lý, phát triển cụm công nghiệp",
    "{P} đẩy nhanh tiến độ xây dựng hạ tầng khu, cụm công nghiệp",
    "Tỷ lệ lấp đầy các KCN {P} đạt {OCC}%",
    "Đoàn công tác tỉnh {Q} học tập kinh nghiệm phát triển công nghiệp tại {P}",
    "{P}: Công nghiệp tiếp tục là động lực tăng trưởng",
]
TAGS = ["khu công nghiệp", "cụm công nghiệp", "thu hút đầu tư", "FDI", "công nghiệp", "quy hoạch", "hạ tầng"]


def fmt_int(n):
    """1967 -> '1.967' (Vietnamese thousands separator)."""
    return f"{int(n):,}".replace(",", ".")


def fmt_dec(x, decimals):
    """311986.8 with 1 decimal -> '311.986,8'; decimals 0 gives fmt_int."""
    if decimals == 0:
        return fmt_int(round(x))
    whole, frac = f"{x:.{decimals}f}".split(".")
    return f"{fmt_int(int(whole))},{frac}"


class Article:
    """One article's facts, drawn once so that its paragraphs agree with each other."""

    def __init__(self, rng, provinces, index):
        self.rng = rng
        self.index = index
        self.place = rng.choice(provinces)
        self.other = rng.choice([p for p in provinces if p != self.place])
        self.year = rng.randint(2019, 2025)
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)
        self.target = rng.choice([2025, 2030, 2030, 2030, 2035])
        self.kcn = rng.randint(2, 40)
        self.kcn_op = rng.randint(1, self.kcn)
        self.kcn_new = rng.randint(1, 30)
        self.kcn_target = self.kcn + self.kcn_new if rng.random() < 0.8 else self.kcn + rng.randint(0, 40)
        self.kcn_area = self.kcn * rng.uniform(80, 450)
        self.ccn = rng.randint(5, 80)
        self.ccn_op = rng.randint(1, self.ccn)
        self.ccn_area = self.ccn * rng.uniform(20, 75)
        self.zones = self.zone_names(min(self.kcn, rng.randint(3, 9)))

    def zone_names(self, n):
        names = []
        while len(names) < n:
            name = " ".join(self.rng.sample(ZONE_SYLLABLES, 2))
            if name not in names:
                names.append(name)
        return names

    # Small helpers drawing one varied piece of wording each.
    def approx(self, p=0.4):
        if self.rng.random() >= p:
            return ""
        return self.rng.choice(["khoảng ", "hơn ", "gần ", "trên ", "xấp xỉ ", "ước "])

    def pct(self, lo, hi, decimals=None):
        d = self.rng.choice([0, 1, 1, 2]) if decimals is None else decimals
        return fmt_dec(self.rng.uniform(lo, hi), d)

    def ha(self, x):
        d = self.rng.choice([0, 0, 0, 1, 2])
        unit = self.rng.choice([" ha", " ha", " ha", "ha", " héc-ta", " hecta"])
        return fmt_dec(x, d) + unit

    def kcn_word(self, first=False):
        if first:
            return self.rng.choice(["khu công nghiệp (KCN)", "khu công nghiệp", "KCN"])
        return self.rng.choice(["KCN", "KCN", "khu công nghiệp"])

    def ccn_word(self, first=False):
        if first:
            return self.rng.choice(["cụm công nghiệp (CCN)", "cụm công nghiệp", "CCN"])
        return self.rng.choice(["CCN", "CCN", "cụm công nghiệp"])

    def tinh(self):
        return self.rng.choice(["Tỉnh ", "Tỉnh ", "", "Toàn tỉnh "]) + self.place

    def money_vnd(self, lo, hi):
        """A VND amount in one of the written magnitudes: '32.765 tỷ đồng', '31,1 nghìn tỷ đồng'."""
        billions = self.rng.uniform(lo, hi)
        form = self.rng.random()
        if form < 0.5 or billions < 1000:
            return fmt_dec(billions, self.rng.choice([0, 0, 1])) + " tỷ đồng"
        if form < 0.85:
            return fmt_dec(billions / 1000, self.rng.choice([1, 2])) + " nghìn tỷ đồng"
        return fmt_dec(billions / 1000, 1) + " ngàn tỷ đồng"

    def money_usd(self, lo, hi):
        """A USD amount in millions given as 'triệu USD' or 'tỷ USD'."""
        millions = self.rng.uniform(lo, hi)
        if millions >= 1000 and self.rng.random() < 0.7:
            return fmt_dec(millions / 1000, self.rng.choice([1, 2])) + " tỷ USD"
        return fmt_dec(millions, self.rng.choice([0, 1])) + " triệu USD"

    def period(self):
        r = self.rng.random()
        y = self.year
        if r < 0.2:
            return f"{self.rng.randint(2, 11)} tháng đầu năm {y}"
        if r < 0.35:
            return f"quý {self.rng.choice(ROMAN)}/{y}"
        if r < 0.5:
            return f"từ đầu năm {y} đến ngày {self.day}/{self.month}"
        if r < 0.65:
            return f"năm {y - 1}"
        if r < 0.8:
            return f"lũy kế đến hết tháng {self.month}/{y}"
        return "6 tháng qua"

    def statistic(self):
        """One statistic paragraph, picked from the shapes seen in news about KCN/CCN."""
        rng = self.rng
        P, K, C = self.place, self.kcn_word, self.ccn_word
        pick = rng.randrange(22)
        if pick == 0:
            return (f"{self.tinh()} hiện có {self.kcn} {K(True)} với tổng diện tích {self.approx()}"
                    f"{self.ha(self.kcn_area)}, tỷ lệ lấp đầy đạt {self.approx(0.3)}{self.pct(30, 98)}%.")
        if pick == 1:
            zones = ", ".join(f"KCN {z}" for z in self.zones)
            return (f"{self.tinh()} hiện có {len(self.zones)} {K(True)} với tổng diện tích "
                    f"{self.ha(len(self.zones) * rng.uniform(100, 300))} bao gồm: {zones}.")
        if pick == 2:
            return (f"Hiện có {self.kcn_op} {K()} đã đi vào hoạt động với tổng diện tích quy hoạch "
                    f"{self.ha(self.kcn_area * self.kcn_op / self.kcn)}. Còn lại {self.kcn - self.kcn_op} {K()} "
                    f"đang {rng.choice(['giải phóng mặt bằng', 'xây dựng hạ tầng', 'hoàn thiện thủ tục đầu tư'])}.")
        if pick == 3:
            lead = rng.choice(["Theo quy hoạch tỉnh đã được phê duyệt", "Theo Quy hoạch tỉnh",
                               "Theo định hướng phát triển", "Theo Nghị quyết của Tỉnh ủy"])
            return (f"{lead}, {rng.choice(['từ nay ', ''])}đến năm {self.target}, {P} có {self.kcn_target} {K()}"
                    f"{rng.choice(['', f' với tổng diện tích {self.approx()}{self.ha(self.kcn_target * rng.uniform(150, 350))}'])}.")
        if pick == 4:
            return (f"Tỉnh định hướng thành lập mới {self.kcn_new} khu công nghiệp; mở rộng {rng.randint(1, 8)} "
                    f"khu công nghiệp; sáp nhập {rng.randint(1, 9)} cụm công nghiệp vào khu công nghiệp; nâng tổng "
                    f"số khu công nghiệp trên địa bàn tỉnh vào năm {self.target} là {self.kcn_target} khu công "
                    f"nghiệp, với tổng diện tích {self.ha(self.kcn_target * rng.uniform(150, 350))}.")
        if pick == 5:
            fdi, ddi = rng.randint(3, 90), rng.randint(1, 60)
            return (f"{self.period().capitalize()}, các {K()} tỉnh {P} thu hút {fdi} dự án đầu tư trực tiếp "
                    f"nước ngoài (FDI) và {ddi} dự án đầu tư trong nước (DDI), điều chỉnh tăng vốn cho "
                    f"{rng.randint(1, 40)} dự án, tổng vốn đăng ký đạt {self.approx(0.6)}"
                    f"{self.money_usd(50, 3000)}{rng.choice(['', ' (quy đổi)'])}.")
        if pick == 6:
            return (f"{P} hiện có {self.ccn} {C(True)} ở các địa phương trong tỉnh, tổng diện tích "
                    f"{self.ha(self.ccn_area)}; trong đó có {self.ccn_op}/{self.ccn} {C()} đã được đầu tư xây dựng "
                    f"hạ tầng kỹ thuật và đi vào hoạt động với diện tích {self.ha(self.ccn_area * self.ccn_op / self.ccn)}.")
        if pick == 7:
            return (f"Các {C()} đã thu hút được {rng.randint(20, 400)} dự án đầu tư, với số vốn đăng ký "
                    f"{self.approx(0.7)}{self.money_vnd(500, 60000)}, tạo việc làm cho {self.approx(0.7)}"
                    f"{fmt_int(rng.randint(20, 900) * 100)} lao động.")
        if pick == 8:
            return (f"Giá trị sản xuất công nghiệp {self.period()} ước đạt {self.money_vnd(1000, 900000)}, bằng "
                    f"{self.pct(30, 110)}% kế hoạch năm, tăng {self.pct(2, 35)}% so với cùng kỳ năm trước.")
        if pick == 9:
            return (f"Toàn tỉnh hiện có {fmt_int(rng.randint(40, 2500))} doanh nghiệp đang hoạt động sản xuất kinh "
                    f"doanh tại các {K()}; tỷ lệ lấp đầy các {K()} đạt {self.approx(0.5)}{self.pct(40, 95, 0)}%.")
        if pick == 10:
            return (f"Kim ngạch xuất khẩu {self.period()} ước đạt {self.money_usd(200, 40000)}, tăng "
                    f"{self.pct(1, 40)}%; kim ngạch xuất nhập khẩu {self.approx()}{self.money_usd(500, 60000)}.")
        if pick == 11:
            return (f"Thu ngân sách nhà nước {self.period()} đạt {self.approx(0.5)}{self.money_vnd(800, 60000)}, "
                    f"bằng {self.pct(40, 130)}% dự toán.")
        if pick == 12:
            return (f"Đến nay, toàn tỉnh có {fmt_int(rng.randint(30, 2500))} dự án FDI còn hiệu lực, tổng vốn đầu tư "
                    f"{self.approx(0.7)}{self.money_usd(300, 30000)}.")
        if pick == 13:
            return (f"Tốc độ tăng trưởng GRDP năm {self.year - 1} của {P} đạt {self.pct(3, 20, 1)}%, đứng thứ "
                    f"{rng.randint(1, 63)}/63 tỉnh, thành phố. Quy mô kinh tế đạt {self.approx()}"
                    f"{self.money_vnd(20000, 500000)}.")
        if pick == 14:
            return (f"Đến nay, tỉnh đã có {rng.randint(1, 20)} {K()} được Thủ tướng Chính phủ chấp thuận chủ trương "
                    f"đầu tư với tổng diện tích đất {self.approx(0.6)}{self.ha(rng.uniform(300, 5000))}; đang thực "
                    f"hiện các thủ tục trình Thủ tướng Chính phủ chấp thuận chủ trương đầu tư {rng.randint(1, 15)} "
                    f"{K()}; đã phê duyệt quy hoạch xây dựng {rng.randint(1, 20)} {K()} ưu tiên thực hiện giai "
                    f"đoạn {self.year}-{self.year + 3}.")
        if pick == 15:
            return (f"Từ đầu năm đến nay trên địa bàn tỉnh có {rng.randint(1, 6)} {C()} được thành lập mới, nâng "
                    f"tổng số {C()} được thành lập đến nay là {self.ccn} {C()} với tổng diện tích "
                    f"{self.ha(self.ccn_area)}.")
        if pick == 16:
            return (f"Tỉnh sẽ thành lập mới {rng.randint(2, 40)} cụm công nghiệp và mở rộng {rng.randint(1, 9)} cụm "
                    f"công nghiệp; đưa ra khỏi quy hoạch {rng.randint(1, 12)} cụm công nghiệp; nâng tổng số cụm "
                    f"công nghiệp trên địa bàn tỉnh vào năm {self.target} là {self.ccn + rng.randint(0, 30)} cụm "
                    f"công nghiệp, với tổng diện tích {self.ha(self.ccn_area * rng.uniform(1.1, 2))}.")
        if pick == 17:
            return (f"Trong đó, có {rng.randint(1, self.kcn)} {K()} đã xây dựng cơ bản hoàn thành kết cấu hạ tầng "
                    f"kỹ thuật; diện tích đất công nghiệp có thể cho thuê là {self.ha(self.kcn_area * rng.uniform(0.4, 0.7))}.")
        if pick == 18:
            return (f"Trong số {rng.randint(5, 30)} {K()} ưu tiên thành lập giai đoạn {self.year}-{self.year + 4} có "
                    f"{rng.randint(1, 5)} {K()} đã được UBND tỉnh phê duyệt quy hoạch xây dựng.")
        if pick == 19:
            ddi, fdi = rng.randint(10, 300), rng.randint(5, 200)
            return (f"Các {C()} thu hút được {ddi + fdi} dự án thứ cấp. Trong đó, có {ddi} dự án DDI, tổng vốn đăng "
                    f"ký {self.approx(0.6)}{self.money_vnd(500, 50000)}, {fdi} dự án FDI với vốn đăng ký "
                    f"{self.approx(0.6)}{self.money_usd(10, 900)}, tỷ lệ lấp đầy đạt {self.pct(30, 95, 0)}%.")
        if pick == 20:
            return (f"Theo đó quy hoạch {fmt_int(rng.randint(2, 20))} nghìn ha đất phát triển công nghiệp cho giai "
                    f"đoạn {self.year}-{self.target} (với {self.kcn_target} khu công nghiệp với tổng diện tích "
                    f"khoảng {fmt_int(rng.randint(20, 120) * 100)}ha, {self.ccn + rng.randint(0, 20)} cụm công "
                    f"nghiệp với diện tích hơn {fmt_int(rng.randint(10, 60) * 100)}ha).")
        return (f"Chỉ số sản xuất công nghiệp (IIP) {self.period()} ước tăng {self.pct(2, 30)}% so với cùng kỳ; "
                f"sản xuất công nghiệp tại {rng.randint(5, 12)}/{rng.randint(8, 13)} huyện, thị xã, thành phố "
                f"đều có tăng trưởng.")

    def filler(self):
        """A paragraph of 2-5 sentences with no KCN statistics, as most of a real article is."""
        rng = self.rng
        sentences = []
        for _ in range(rng.randint(2, 5)):
            r = rng.random()
            if r < 0.6:
                opener = rng.choice(OPENERS)
                actor = rng.choice(ACTORS)
                if opener:
                    head = f"{opener} {actor}"  # proper names keep their capitals; "các ..." is lower already
                else:
                    head = actor[0].upper() + actor[1:]
                objs = rng.sample(OBJECTS, rng.randint(1, 3))
                sentences.append(f"{head} {rng.choice(ACTIONS)} {', '.join(objs)}, {rng.choice(PURPOSES)}.")
            elif r < 0.75:
                sentences.append(rng.choice(REMARKS))
            elif r < 0.87:
                doc, number = rng.choice(DOCUMENTS)
                number = number.format(n=rng.randint(10, 400))
                sentences.append(
                    f"Thực hiện {doc} số {number} "
                    f"ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{self.year - rng.randint(0, 3)} của "
                    f"{rng.choice(['Ban Thường vụ Tỉnh ủy', 'UBND tỉnh', 'Thủ tướng Chính phủ'])}, "
                    f"{rng.choice(ACTORS)} đã {rng.choice(ACTIONS)} {rng.choice(OBJECTS)}.")
            else:
                sentences.append(
                    f"Đồng chí {rng.choice(OFFICIAL_NAMES)}, {rng.choice(TITLES)} {self.place} cho biết, tỉnh sẽ "
                    f"{rng.choice(ACTIONS)} {rng.choice(OBJECTS)} {rng.choice(PURPOSES)}.")
        return " ".join(sentences)

    def headline(self):
        return self.rng.choice(HEADLINES).format(
            P=self.place, T=self.target, KT=self.kcn_target, CAPB=fmt_dec(self.rng.uniform(0.2, 5), 1),
            M=self.rng.randint(3, 11), OCC=self.pct(40, 95, 1), Q=self.other)

    def opening(self):
        """Dateline, front matter or a place-and-time lead: the ways an article states its date."""
        rng = self.rng
        d, m, y = self.day, self.month, self.year
        r = rng.random()
        head = []
        title = self.headline()
        if r < 0.15:
            head += ["---", f"title: {title}", f"date: {y}-{m:02d}-{d:02d}",
                     f"source: https://example.vn/bai-viet-{self.index}.htm", "---", title]
        else:
            head.append(title)
        if 0.15 <= r < 0.55:
            head += ["", f"{rng.choice(AUTHORS)}|{d:02d}/{m:02d}/{y} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}", ""]
            head.append(f"{rng.choice(SITES)} – {self.place} {rng.choice(['đặt mục tiêu', 'phấn đấu', 'định hướng'])} "
                        f"đến năm {self.target} trở thành tỉnh công nghiệp theo hướng hiện đại, bền vững.")
        elif r < 0.8:
            head.append(f"{self.place.upper()} – {rng.choice(PERIOD_DAYTIME)} {d}/{m}, đoàn công tác của tỉnh "
                        f"{self.other} do đồng chí {rng.choice(OFFICIAL_NAMES)}, {rng.choice(TITLES)} {self.other} "
                        f"làm trưởng đoàn đến học tập kinh nghiệm phát triển khu, cụm công nghiệp tại tỉnh {self.place}.")
        else:
            head.append(f"Ngày {d}/{m}/{y}, {rng.choice(['UBND tỉnh', 'Tỉnh ủy', 'Ban Chấp hành Đảng bộ tỉnh'])} "
                        f"{self.place} ban hành {rng.choice(['Nghị quyết', 'Kế hoạch', 'Chỉ thị'])} về phát triển "
                        f"công nghiệp giai đoạn {y}-{y + rng.choice([2, 4, 5])}.")
        return head

    def write(self, target_bytes):
        rng = self.rng
        lines = self.opening()
        size = sum(len(s.encode()) + 1 for s in lines)
        blank = rng.random() < 0.4  # some sites separate paragraphs with blank lines
        closing = [f"Tin, ảnh: {rng.choice(AUTHORS)}",
                   ", ".join([self.place, self.other] + rng.sample(TAGS, 3))]
        reserve = sum(len(s.encode()) + 1 for s in closing)
        stats_left = rng.randint(3, 8)
        # Stop half a paragraph early: on average the last one overshoots by about that much.
        while size + reserve + 250 < target_bytes:
            if stats_left and rng.random() < 0.55:
                stats_left -= 1
                para = " ".join(self.statistic() for _ in range(rng.randint(1, 3)))
            elif rng.random() < 0.08:
                para = rng.choice(CAPTIONS)
            else:
                para = self.filler()
            if blank:
                lines.append("")
                size += 1
            lines.append(para)
            size += len(para.encode()) + 1
        lines += closing
        return "\n".join(lines) + "\n"


def load_provinces(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return [p["name"] for p in data["provinces"]]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="/tmp/solieu-bench-corpus", help="output folder")
    ap.add_argument("--mb", type=float, default=100.0, help="total size in MB (10^6 bytes)")
    ap.add_argument("--files", type=int, default=0, help="number of files (default: 190 per MB)")
    ap.add_argument("--seed", type=int, default=1, help="random seed")
    ap.add_argument("--places", default=DEFAULT_PLACES, help="places.json giving province names")
    args = ap.parse_args()

    files = args.files or max(1, round(args.mb * 190))
    provinces = load_provinces(args.places)
    total = 0
    for i in range(files):
        # A stream per file: same seed and index, same bytes, whatever the other files are.
        rng = random.Random(f"{args.seed}:{i}")
        # Aim the rest of the corpus at the requested total, so overshoot does not add up.
        remaining = (args.mb * 1e6 - total) / (files - i)
        text = Article(rng, provinces, i).write(max(1500.0, remaining) * rng.uniform(0.6, 1.4))
        data = text.encode("utf-8")
        digest = hashlib.blake2b(data, digest_size=8).hexdigest()
        folder = os.path.join(args.out, f"{i // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{i:06d}_{digest}.txt"), "wb") as f:
            f.write(data)
        total += len(data)
    print(f"gen_corpus: {files} files, {total / 1e6:.1f} MB in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
