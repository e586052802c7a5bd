// What residents type, and the page that must come back: the relevance set of the search (issue 14).
// Written from the real content (seeds/), run by tests/unit/search-relevance.test.ts against the index
// of the compiled seeds, and scored by the bench (hits@1, hits@3). `first`: it must be the first result;
// otherwise one of the first three.
export interface RelevanceCase {
  q: string;
  url: string;
  first?: true;
}

export const RELEVANCE_SET: readonly RelevanceCase[] = [
  // Places: the current name, old provinces and districts, typed without diacritics or half-typed.
  { q: 'ha dong', url: '/dia-phuong/ha-noi/ha-dong/', first: true },
  { q: 'ha dong', url: '/mo-hinh/diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023/' },
  { q: 'quận Hà Đông', url: '/dia-phuong/ha-noi/ha-dong/', first: true },
  { q: 'quận Hà Đông', url: '/mo-hinh/diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023/' },
  { q: 'Bắc Giang', url: '/dia-phuong/bac-ninh/', first: true },
  { q: 'tinh bac giang', url: '/dia-phuong/bac-ninh/', first: true },
  { q: 'bac gi', url: '/dia-phuong/bac-ninh/', first: true },
  { q: 'Sóc Trăng', url: '/dia-phuong/can-tho/', first: true },
  { q: 'tp hue', url: '/dia-phuong/hue/', first: true },
  { q: 'vung tau', url: '/dia-phuong/ho-chi-minh/', first: true },
  { q: 'tphcm', url: '/dia-phuong/ho-chi-minh/', first: true },
  { q: 'Hà Giang', url: '/dia-phuong/tuyen-quang/', first: true },
  { q: 'bắc kạn', url: '/dia-phuong/thai-nguyen/', first: true },
  { q: 'dak lak', url: '/dia-phuong/dak-lak/', first: true },
  { q: 'kien hung', url: '/dia-phuong/ha-noi/kien-hung/', first: true },
  // Dates of observances, as typed.
  { q: '26/6', url: '/chien-dich/ngay-toan-dan-phong-chong-ma-tuy/', first: true },
  { q: '30/7', url: '/chien-dich/ngay-toan-dan-phong-chong-mua-ban-nguoi/', first: true },
  { q: '19/8', url: '/chien-dich/ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc/', first: true },
  { q: '4/10', url: '/chien-dich/ngay-toan-dan-phong-chay-chua-chay/', first: true },
  { q: '1/12', url: '/chien-dich/ngay-the-gioi-phong-chong-aids/', first: true },
  // Hotlines by number and by what they are for.
  { q: '113', url: '/duong-day-nong/#canh-sat-113', first: true },
  { q: '114', url: '/duong-day-nong/#cuu-hoa-cuu-nan-114', first: true },
  { q: '111', url: '/duong-day-nong/#bao-ve-tre-em-111', first: true },
  { q: 'cap cuu', url: '/duong-day-nong/#cap-cuu-115', first: true },
  { q: 'bảo vệ trẻ em', url: '/duong-day-nong/#bao-ve-tre-em-111' },
  // Legal documents: what cites them.
  { q: 'chỉ thị 21', url: '/bai-viet/ha-noi-10-nam-thuc-hien-chi-thi-21-ct-tw/', first: true },
  { q: 'quyết định 93', url: '/chien-dich/ngay-toan-dan-phong-chong-ma-tuy/' },
  { q: 'qđ 521', url: '/chien-dich/ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc/', first: true },
  { q: 'quyet dinh 793', url: '/chien-dich/ngay-toan-dan-phong-chong-mua-ban-nguoi/', first: true },
  // Campaigns and topics.
  { q: 'phong chong ma tuy', url: '/chien-dich/ngay-toan-dan-phong-chong-ma-tuy/' },
  { q: 'thang hanh dong phong chong ma tuy', url: '/chien-dich/thang-hanh-dong-phong-chong-ma-tuy/', first: true },
  { q: 'mua ban nguoi', url: '/chien-dich/ngay-toan-dan-phong-chong-mua-ban-nguoi/' },
  { q: 'cao điểm mua bán người 2025', url: '/chien-dich/cao-diem-phong-chong-mua-ban-nguoi-2025/', first: true },
  { q: 'cao bang mua ban nguoi', url: '/chien-dich/nam-hanh-dong-phong-chong-mua-ban-nguoi-cao-bang-2023-2024/' },
  { q: 'HIV', url: '/chien-dich/thang-hanh-dong-quoc-gia-phong-chong-hiv-aids/' },
  { q: 'chuyen hoa dia ban', url: '/chien-dich/de-an-chuyen-hoa-dia-ban-trong-diem-ha-noi-2023/', first: true },
  { q: 'chiến lược phòng chống tội phạm', url: '/chien-dich/chien-luoc-quoc-gia-phong-chong-toi-pham-2016-2025/', first: true },
  { q: 'ngày hội toàn dân bảo vệ an ninh tổ quốc', url: '/chien-dich/ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc/', first: true },
  // Models, articles, figures.
  { q: 'dan van kheo', url: '/mo-hinh/phong-trao-thi-dua-dan-van-kheo-ha-noi/', first: true },
  { q: 'cong an phuong kieu mau', url: '/mo-hinh/cong-an-phuong-dien-hinh-kieu-mau-ha-noi/', first: true },
  { q: 'đội công tác xã hội tình nguyện', url: '/mo-hinh/doi-cong-tac-xa-hoi-tinh-nguyen-ha-noi/', first: true },
  { q: 'toàn dân phòng cháy chữa cháy', url: '/mo-hinh/phong-trao-toan-dan-phong-chay-chua-chay-thai-nguyen/' },
  { q: 'cai nghien bat buoc', url: '/bai-viet/hon-1000-nguoi-di-cai-nghien-bat-buoc/' },
  { q: 'cai nghiện tự nguyện', url: '/so-lieu/ha-noi-luot-cai-nghien-tu-nguyen/' },
  { q: '1.101', url: '/so-lieu/ha-noi-2022-nguoi-cai-nghien-bat-buoc/' },
  { q: 'mại dâm', url: '/so-lieu/ha-noi-2022-o-mai-dam-bi-triet-pha/' },
  { q: 'xuất nhập cảnh trái phép', url: '/so-lieu/cao-bang-2023-xuat-nhap-canh-trai-phep/', first: true },
  { q: 'lừa đảo', url: '/so-lieu/ha-noi-2022-lua-dao-chiem-doat-tai-san-tang/' },
  { q: '3321', url: '/so-lieu/don-vi-hanh-chinh-cap-xa-2025/' },
  // Guidance: what to do.
  { q: 'báo tin tội phạm', url: '/huong-dan/#bao-tin-toi-pham', first: true },
  { q: 'tu phong tu quan', url: '/huong-dan/#tu-phong-tu-quan-tu-bao-ve-tu-hoa-giai', first: true },
  { q: 'khi xay ra chay', url: '/huong-dan/#khi-xay-ra-chay', first: true },
  { q: 'nghi có mua bán người', url: '/huong-dan/#nghi-co-mua-ban-nguoi', first: true },
];
