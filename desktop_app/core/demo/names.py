"""Word lists for the demo data: Vietnamese names and places with realistic weights.

Family-name shares follow the commonly cited distribution (Nguyễn ≈ 38%, Trần ≈ 11%,
Lê ≈ 9.5% ...); place names are Hà Nội's districts and wards.
"""

FAMILY = [
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 1),
    ("Phan", 4.5), ("Vũ", 3.9), ("Võ", 1), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4),
    ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.8), ("Đào", 0.6),
    ("Trịnh", 0.6), ("Mai", 0.4), ("Tạ", 0.3), ("Lương", 0.4), ("Cao", 0.4), ("Lâm", 0.3),
    ("Chu", 0.3), ("Kiều", 0.2), ("Khuất", 0.1), ("Tô", 0.2), ("Hà", 0.4), ("Quách", 0.1),
]
MIDDLE_M = [("Văn", 40), ("Đức", 10), ("Minh", 10), ("Quang", 8), ("Hữu", 8), ("Công", 5),
            ("Xuân", 5), ("Thành", 5), ("Tiến", 4), ("Mạnh", 3), ("Ngọc", 3), ("Trọng", 3),
            ("Anh", 3), ("Việt", 3)]
MIDDLE_F = [("Thị", 55), ("Ngọc", 8), ("Thu", 7), ("Thanh", 6), ("Hồng", 5), ("Minh", 4),
            ("Phương", 4), ("Kim", 4), ("Bích", 3), ("Thúy", 3), ("Lan", 2), ("Mai", 2)]
GIVEN_M = ["Anh", "Bắc", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Đông", "Giang", "Hải", "Hiếu",
           "Hòa", "Hoàng", "Hùng", "Huy", "Hưng", "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Mạnh",
           "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tâm", "Thắng",
           "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Duy", "Hậu",
           "Lộc", "Tài", "Thái", "Trường", "Tiến", "Đoàn", "Xuân"]
GIVEN_F = ["Anh", "Ánh", "Bích", "Chi", "Dung", "Điệp", "Giang", "Hà", "Hạnh", "Hằng", "Hiền",
           "Hoa", "Huệ", "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân",
           "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm", "Thảo", "Thủy", "Thu",
           "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Yến", "Diệp", "Hồng", "Lý", "My", "Nhàn",
           "Thanh", "Thơm", "Xuân", "Duyên", "Hậu", "Lụa", "Đào"]
ETHNIC = [("Kinh", 950), ("Mường", 12), ("Tày", 10), ("Thái", 8), ("Nùng", 6), ("Dao", 5),
          ("H'Mông", 4), ("Sán Dìu", 2), ("Hoa", 3)]

# Hà Nội's districts (before 2025) and some of their wards: the demo's places.
DISTRICTS = [
    "Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Long Biên", "Cầu Giấy", "Đống Đa", "Hai Bà Trưng",
    "Hoàng Mai", "Thanh Xuân", "Nam Từ Liêm", "Bắc Từ Liêm", "Hà Đông", "Sơn Tây",
    "Ba Vì", "Chương Mỹ", "Đan Phượng", "Đông Anh", "Gia Lâm", "Hoài Đức", "Mê Linh",
    "Mỹ Đức", "Phú Xuyên", "Phúc Thọ", "Quốc Oai", "Sóc Sơn", "Thạch Thất", "Thanh Oai",
    "Thanh Trì", "Thường Tín", "Ứng Hòa",
]
WARDS_NAM_TU_LIEM = ["Cầu Diễn", "Mỹ Đình 1", "Mỹ Đình 2", "Phú Đô", "Mễ Trì", "Trung Văn",
                     "Đại Mỗ", "Tây Mỗ", "Phương Canh", "Xuân Phương"]
WARD_WORDS = ["An", "Bình", "Đông", "Tây", "Nam", "Bắc", "Phú", "Thượng", "Hạ", "Trung", "Xuân",
              "Thanh", "Mỹ", "Phúc", "Ngọc", "Kim", "Hòa", "Tân", "Vĩnh", "Đại", "Quang", "Long",
              "Minh", "Khương", "Thịnh", "Liên", "Văn", "Yên", "Cổ", "Hồng"]
STREETS = ["Hồ Tùng Mậu", "Lê Đức Thọ", "Trần Hữu Dực", "Phạm Hùng", "Mễ Trì", "Đại lộ Thăng Long",
           "Nguyễn Trãi", "Láng", "Giải Phóng", "Trường Chinh", "Kim Mã", "Cầu Giấy", "Xuân Thủy",
           "Nguyễn Văn Cừ", "Lê Văn Lương", "Tố Hữu", "Quang Trung", "Hoàng Quốc Việt",
           "Phạm Văn Đồng", "Võ Chí Công", "Nguyễn Xiển", "Minh Khai", "Tam Trinh", "Lĩnh Nam"]
PERSONS = ["Lê Quý Đôn", "Nguyễn Trãi", "Chu Văn An", "Trần Phú", "Lý Thường Kiệt", "Quang Trung",
           "Nguyễn Du", "Ngô Quyền", "Lê Lợi", "Trưng Vương", "Đoàn Thị Điểm", "Nguyễn Du",
           "Hoa Sen", "Hoa Mai", "Họa Mi", "Sơn Ca", "Ánh Dương", "Việt Triều"]
BIZ_WORDS = ["Thăng Long", "Hà Thành", "Sông Hồng", "Đại Việt", "Hưng Thịnh", "Phú Thái",
             "Minh Phát", "An Khang", "Việt Hưng", "Trường Thành", "Hồng Hà", "Tân Phát", "Bắc Hà",
             "Sao Mai", "Phương Đông", "Hòa Bình", "Thành Công", "Đông Á", "Nam Việt", "Kim Long",
             "Hải Đăng", "Vạn Xuân", "Tiến Phát", "Gia Bảo", "Hoàng Long", "Thiên Phú", "Đức Minh",
             "Quốc Tế", "Hậu Cần", "Xây dựng số 1"]
BIZ_TRADES = ["Thương mại và Dịch vụ", "Xây dựng", "Đầu tư và Phát triển", "Công nghệ",
              "Sản xuất và Thương mại", "Vận tải", "May mặc", "Thực phẩm", "Cơ khí", "Điện tử",
              "Dược phẩm", "In và Bao bì", "Môi trường", "Bất động sản", "Giáo dục", "Du lịch",
              "Logistics", "Tư vấn thiết kế", "Nội thất", "Viễn thông"]
FDI_NAMES = ["Canon", "Hanel Fuji", "SPI", "Yamaha Motor", "Panasonic", "Toyota Boshoku",
             "Sumitomo", "Daewoo", "Samsung SDI", "Meiko", "Nidec", "Hoya", "Kyocera", "Foxconn",
             "Brother", "LG Display", "Ohara", "Denso", "Terumo", "Mabuchi", "Fujikura", "Sanyo",
             "Goertek", "Luxshare", "Taiyo", "Hyundai", "Lotte", "Aeon", "CP", "Posco"]
STATE_AGENCIES = [
    "Chi cục Thuế {d}", "Kho bạc Nhà nước {d}", "Trung tâm Y tế {d}", "Bệnh viện đa khoa {d}",
    "Cơ quan Quận ủy {d}", "Cơ quan Ủy ban nhân dân {d}", "Công an {d}", "Tòa án nhân dân {d}",
    "Viện Kiểm sát nhân dân {d}", "Chi cục Thống kê {d}", "Ban Quản lý dự án {d}",
    "Trung tâm Văn hóa - Thông tin và Thể thao {d}", "Phòng Giáo dục và Đào tạo {d}",
    "Chi cục Thi hành án dân sự {d}", "Bảo hiểm xã hội {d}", "Ban Quản lý chợ {d}",
    "Trung tâm Phát triển quỹ đất {d}", "Đội Quản lý trật tự xây dựng {d}",
]
STATE_FIRMS = ["Công ty TNHH MTV Môi trường đô thị {d}", "Công ty Cổ phần Cấp nước {d}",
               "Điện lực {d}", "Công ty TNHH MTV Thủy lợi {d}", "Bưu điện {d}",
               "Công ty TNHH MTV Công viên cây xanh {d}", "Xí nghiệp Xe buýt {d}",
               "Chi nhánh Ngân hàng Nông nghiệp {d}", "Chi nhánh Vietcombank {d}"]
JOBS = {
    "hcsn": ["Chuyên viên", "Kế toán", "Cán sự", "Nhân viên văn phòng", "Bác sĩ", "Điều dưỡng", "Lái xe"],
    "phuong_xa": ["Cán bộ địa chính", "Công chức văn phòng", "Cán bộ tư pháp", "Kế toán", "Công an viên"],
    "giao_duc": ["Giáo viên", "Giáo viên", "Giáo viên", "Cô nuôi", "Kế toán", "Nhân viên y tế học đường"],
    "dnnn": ["Kỹ sư", "Công nhân kỹ thuật", "Nhân viên kinh doanh", "Kế toán", "Lái xe"],
    "ngoai_nn": ["Công nhân", "Công nhân may", "Nhân viên bán hàng", "Kỹ thuật viên", "Kế toán",
                 "Nhân viên kho", "Lái xe", "Nhân viên văn phòng"],
    "fdi": ["Công nhân", "Công nhân lắp ráp", "Kỹ thuật viên", "Trưởng ca", "Phiên dịch viên",
            "Nhân viên QC", "Nhân viên kho"],
}
RATINGS = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ",
           "Không hoàn thành nhiệm vụ"]
COURSE_TOPICS = [
    ("Pháp luật lao động", "Tập huấn Bộ luật Lao động 2019 và {law}"),
    ("Kỹ năng đối thoại, thương lượng", "Kỹ năng đối thoại, thương lượng tập thể tại doanh nghiệp"),
    ("Nghiệp vụ công tác công đoàn", "Nghiệp vụ công tác công đoàn cho cán bộ công đoàn cơ sở"),
    ("Tài chính công đoàn", "Nghiệp vụ tài chính, kế toán công đoàn cơ sở"),
    ("Tổ chức sự kiện", "Kỹ năng tổ chức phong trào thi đua, văn hóa, thể thao"),
    ("Phát triển đoàn viên", "Kỹ năng vận động thành lập công đoàn cơ sở, phát triển đoàn viên"),
    ("Ủy ban kiểm tra", "Nghiệp vụ công tác kiểm tra, giám sát của công đoàn"),
    ("An toàn vệ sinh lao động", "Công tác an toàn, vệ sinh lao động và phòng chống cháy nổ"),
]
TARGET_GROUPS = ["Chủ tịch công đoàn cơ sở ngoài nhà nước", "Chủ tịch công đoàn cơ sở",
                 "Ủy viên Ban Chấp hành công đoàn cơ sở", "Cán bộ công đoàn cơ sở mới bầu",
                 "Ủy viên Ủy ban kiểm tra công đoàn cơ sở", "Kế toán công đoàn cơ sở"]
TRAINERS = ["ThS. Nguyễn Văn Hùng - Trường Đại học Công đoàn",
            "TS. Trần Thị Minh Thu - Trường Đại học Công đoàn",
            "Luật sư Phạm Quốc Khánh - Trung tâm Tư vấn pháp luật Công đoàn thành phố",
            "Đồng chí Lê Xuân Trường - Trưởng Ban Tổ chức LĐLĐ thành phố",
            "ThS. Đỗ Thị Hương - Ban Chính sách pháp luật LĐLĐ thành phố"]
FORUM_TOPICS = ["Nâng cao chất lượng hoạt động công đoàn cơ sở khu vực ngoài nhà nước",
                "Vai trò của công đoàn trong đối thoại, thương lượng tập thể tại doanh nghiệp",
                "Phát triển đoàn viên, thành lập công đoàn cơ sở",
                "Chăm lo nhà ở, đời sống cho công nhân lao động",
                "Nâng cao năng lực đội ngũ cán bộ công đoàn cơ sở",
                "Công tác an toàn, vệ sinh lao động tại doanh nghiệp"]
HEALTH_CONTESTS = ["Bóng đá nam", "Cầu lông đôi nam nữ", "Kéo co", "Bóng chuyền hơi nữ",
                   "Chạy việt dã", "Cờ tướng", "Tennis", "Bóng bàn đơn nam", "Nhảy bao bố"]


# Foreign workers in FDI enterprises: country as recorded, family names, given names of
# men and of women (as on the passport; a member recorded "Nữ" must not be "Min Jun").
FOREIGN_NAMES = [
    ("Hàn Quốc", ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Han"),
     ("Min Jun", "Ji Hoon", "Dong Hyun", "Jae Won", "Sung Min"),
     ("Seo Yeon", "Hye Jin", "Eun Ji", "Ji Yeon", "Su Bin")),
    ("Trung Quốc", ("Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Zhao"),
     ("Wei", "Jie", "Hao", "Qiang", "Jun"), ("Fang", "Na", "Xiu Ying", "Li Na", "Mei")),
    ("Nhật Bản", ("Tanaka", "Sato", "Suzuki", "Takahashi", "Watanabe", "Ito"),
     ("Hiroshi", "Kenji", "Takeshi", "Daisuke"), ("Yuki", "Aiko", "Naoko", "Keiko")),
    ("Đài Loan (Trung Quốc)", ("Lin", "Chen", "Huang", "Wu"), ("Chia Hao", "Chih Wei", "Chun Hung"),
     ("Yi Ting", "Shu Fen", "Mei Ling")),
    ("Thái Lan", ("Srisuk", "Chaiyaporn", "Wongsa"), ("Somchai", "Niran", "Anan"), ("Malee", "Siriporn", "Ratana")),
]

# Work of members without a labour relation (Trade Union Law 2024).
NO_RELATION_JOBS = ["Lao động tự do", "Tài xế xe công nghệ", "Giao hàng công nghệ", "Bán hàng tự do",
                    "Giúp việc gia đình", "Thợ xây tự do"]
