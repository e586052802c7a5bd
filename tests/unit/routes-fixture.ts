// A small, fixed slice of content for the screens' tests: shaped like the real seeds (same ids where
// they exist) but independent of them, so content edits do not move these tests.
import type { Article, Campaign, Fact, Figure, Guidance, Hotline, Model, National, Province } from '../../src/content/schema.ts';
import { memoryStore } from '../../src/data/memory-store.ts';
import { type Day, parseIsoDay } from '../../src/lib/vn-date.ts';

export const day = (iso: string): Day => {
  const d = parseIsoDay(iso);
  if (d === undefined) throw new Error(`bad test date ${iso}`);
  return d;
};

const fact = (id: string) => ({ fact: id });
const oldName = (name: string) => ({ name, kind: 'oldName' as const, sources: [fact('F-NQ202')] });
const spelling = (name: string) => ({ name, kind: 'spelling' as const });

export const provinces: Province[] = [
  {
    id: 'ha-noi',
    name: 'Hà Nội',
    kind: 'thanh-pho',
    aliases: [spelling('TP. Hà Nội'), { name: 'quận Hà Đông', kind: 'oldName', wards: ['ha-dong', 'duong-noi'], partly: ['chuong-my'], sources: [fact('F-HADONG')] }],
    wards: [
      { id: 'ha-dong', name: 'Hà Đông', kind: 'phuong', aliases: [], sources: [fact('F-HADONG')] },
      { id: 'duong-noi', name: 'Dương Nội', kind: 'phuong', aliases: [], sources: [fact('F-HADONG')] },
      { id: 'chuong-my', name: 'Chương Mỹ', kind: 'phuong', aliases: [], sources: [fact('F-HADONG')] },
      { id: 'tay-mo', name: 'Tây Mỗ', kind: 'phuong', aliases: [], sources: [fact('F-NQ202')] },
    ],
    sources: [fact('F-NQ202')],
  },
  {
    id: 'bac-ninh',
    name: 'Bắc Ninh',
    kind: 'tinh',
    aliases: [oldName('Bắc Giang')],
    wards: [{ id: 'bac-giang', name: 'Bắc Giang', kind: 'phuong', aliases: [], sources: [fact('F-NQ202')] }],
    sources: [fact('F-NQ202')],
  },
  { id: 'cao-bang', name: 'Cao Bằng', kind: 'tinh', aliases: [], wards: [], sources: [fact('F-NQ202')] },
  { id: 'ho-chi-minh', name: 'TP. Hồ Chí Minh', kind: 'thanh-pho', aliases: [spelling('Hồ Chí Minh'), spelling('TP HCM'), oldName('Bình Dương'), oldName('Bà Rịa – Vũng Tàu')], wards: [], sources: [fact('F-NQ202')] },
  { id: 'thai-nguyen', name: 'Thái Nguyên', kind: 'tinh', aliases: [oldName('Bắc Kạn')], wards: [], sources: [fact('F-NQ202')] },
];

const para = (n: number, text: string, heading?: boolean) => (heading ? { n, text, heading } : { n, text });

export const articles: Article[] = [
  {
    id: 'hon-1000-nguoi-di-cai-nghien-bat-buoc',
    title: 'Hơn 1.000 người đi cai nghiện bắt buộc',
    titleFrom: 'source',
    date: '2023-03',
    province: 'ha-noi',
    topics: ['ma-tuy', 'mua-ban-nguoi'],
    summary: 'Hà Nội tổng kết năm 2022.',
    seed: '000_0e242ab13600dc40.txt',
    body: { from: 2, to: 5 },
    headings: [3],
    sources: [{ seed: '000_0e242ab13600dc40.txt', para: 2 }],
    paragraphs: [para(2, 'Ban Chỉ đạo 138 TP. Hà Nội tổng kết.'), para(3, 'Kết quả', true), para(4, 'Phát hiện 6 vụ án mua bán người, bắt 23 đối tượng.'), para(5, 'Cai nghiện bắt buộc 1.101 người.')],
  },
  {
    id: 'cao-bang-so-ket-6-thang-dau-nam-2023',
    title: 'Cao Bằng sơ kết 6 tháng đầu năm 2023',
    titleFrom: 'editorial',
    date: '2023-07-21',
    province: 'cao-bang',
    topics: ['mua-ban-nguoi', 'antq'],
    summary: 'Cao Bằng sơ kết 6 tháng.',
    seed: '002_8012bd710fe6c2d5.txt',
    body: { from: 1, to: 3 },
    sources: [{ seed: '002_8012bd710fe6c2d5.txt', para: 1 }],
    paragraphs: [para(1, 'Chiều 21/7, UBND tỉnh sơ kết.'), para(2, 'Ra mắt 8 mô hình, duy trì 38 mô hình.'), para(3, 'Phạm pháp hình sự giảm 9,25%.')],
  },
  {
    id: 'ha-noi-10-nam-thuc-hien-chi-thi-21-ct-tw',
    title: 'Hà Nội: 10 năm thực hiện Chỉ thị 21-CT/TW',
    titleFrom: 'source',
    date: '2018',
    province: 'ha-noi',
    topics: ['ma-tuy'],
    summary: 'Mười năm phòng, chống ma túy.',
    seed: '003_a952996b181e07a2.txt',
    body: { from: 1, to: 2 },
    sources: [{ seed: '003_a952996b181e07a2.txt', para: 1 }],
    paragraphs: [para(1, 'Mười năm qua.'), para(2, 'Phát hiện 33.300 vụ.')],
  },
];

const figure = (f: Partial<Figure> & Pick<Figure, 'id' | 'value' | 'unit' | 'label'>): Figure => ({
  qualifier: 'exact',
  period: { label: 'năm 2022', from: '2022', to: '2022' },
  province: 'ha-noi',
  topics: ['mua-ban-nguoi'],
  article: 'hon-1000-nguoi-di-cai-nghien-bat-buoc',
  sources: [{ seed: '000_0e242ab13600dc40.txt', para: 4 }],
  ...f,
});

export const figures: Figure[] = [
  figure({ id: 'ha-noi-2022-vu-an-mua-ban-nguoi', value: 6, unit: 'vụ', label: 'vụ án mua bán người được phát hiện', group: 'ha-noi-2022-mua-ban-nguoi' }),
  figure({ id: 'ha-noi-2022-doi-tuong-bi-bat', value: 23, unit: 'đối tượng', label: 'đối tượng bị bắt', group: 'ha-noi-2022-mua-ban-nguoi' }),
  figure({ id: 'ha-noi-2022-cai-nghien', value: 1101, unit: 'người', label: 'người cai nghiện bắt buộc', topics: ['ma-tuy'], sources: [{ seed: '000_0e242ab13600dc40.txt', para: 5 }] }),
  figure({
    id: 'cao-bang-2023-mo-hinh-moi',
    value: 8,
    unit: 'mô hình',
    label: 'mô hình về an ninh trật tự được xây dựng',
    province: 'cao-bang',
    topics: ['antq'],
    article: 'cao-bang-so-ket-6-thang-dau-nam-2023',
    group: 'cao-bang-2023-mo-hinh',
    period: { label: '6 tháng đầu năm 2023' },
    sources: [{ seed: '002_8012bd710fe6c2d5.txt', para: 2 }],
  }),
  figure({
    id: 'cao-bang-2023-mo-hinh-duy-tri',
    value: 38,
    unit: 'mô hình',
    label: 'mô hình được duy trì',
    province: 'cao-bang',
    topics: ['antq'],
    article: 'cao-bang-so-ket-6-thang-dau-nam-2023',
    group: 'cao-bang-2023-mo-hinh',
    period: { label: '6 tháng đầu năm 2023' },
    sources: [{ seed: '002_8012bd710fe6c2d5.txt', para: 2 }],
  }),
  figure({
    id: 'cao-bang-2023-pham-phap-giam',
    value: 9.25,
    unit: '%',
    label: 'mức giảm của phạm pháp hình sự',
    province: 'cao-bang',
    topics: ['toi-pham'],
    article: 'cao-bang-so-ket-6-thang-dau-nam-2023',
    period: { label: '6 tháng đầu năm 2023' },
    sources: [{ seed: '002_8012bd710fe6c2d5.txt', para: 3 }],
  }),
  figure({ id: 'xa-2025', value: 2621, unit: 'xã', label: 'xã', province: null, topics: ['antq'], article: undefined, period: { label: 'từ 1/7/2025' }, sources: [fact('F-NQ202')] }),
];

const campaign = (c: Partial<Campaign> & Pick<Campaign, 'id' | 'name' | 'topic' | 'recurrence'>): Campaign => ({
  kind: 'observance',
  province: null,
  description: `${c.name}: mô tả.`,
  legalBasis: ['Quyết định 93/2001/QĐ-TTg'],
  actions: ['Tham gia tuyên truyền.'],
  articles: [],
  sources: [fact('F-MATUY-DAY')],
  ...c,
});

export const campaigns: Campaign[] = [
  campaign({ id: 'ngay-toan-dan-phong-chong-ma-tuy', name: 'Ngày toàn dân phòng, chống ma túy', shortName: 'Ngày phòng, chống ma túy 26/6', topic: 'ma-tuy', recurrence: { kind: 'yearly-day', month: 6, day: 26, since: 2001 }, articles: ['ha-noi-10-nam-thuc-hien-chi-thi-21-ct-tw'] }),
  campaign({ id: 'thang-hanh-dong-phong-chong-ma-tuy', name: 'Tháng hành động phòng, chống ma túy', kind: 'period', topic: 'ma-tuy', recurrence: { kind: 'yearly-period', start: { month: 6, day: 1 }, end: { month: 6, day: 30 }, since: 2001 } }),
  campaign({ id: 'ngay-toan-dan-phong-chong-mua-ban-nguoi', name: 'Ngày toàn dân phòng, chống mua bán người', topic: 'mua-ban-nguoi', recurrence: { kind: 'yearly-day', month: 7, day: 30, since: 2016 }, articles: ['hon-1000-nguoi-di-cai-nghien-bat-buoc'] }),
  campaign({
    id: 'cao-diem-phong-chong-mua-ban-nguoi-cao-bang-2023',
    name: 'Cao điểm phòng, chống mua bán người 2023 (Cao Bằng)',
    kind: 'period',
    topic: 'mua-ban-nguoi',
    province: 'cao-bang',
    recurrence: { kind: 'once', start: '2023-07-01', end: '2023-09-30' },
  }),
  campaign({ id: 'ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc', name: 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc', topic: 'antq', recurrence: { kind: 'yearly-day', month: 8, day: 19, since: 2005 } }),
  campaign({ id: 'ngay-toan-dan-phong-chay-chua-chay', name: 'Ngày toàn dân phòng cháy, chữa cháy', topic: 'pccc', recurrence: { kind: 'yearly-day', month: 10, day: 4, since: 1996 } }),
  campaign({
    id: 'thang-hanh-dong-quoc-gia-phong-chong-hiv-aids',
    name: 'Tháng hành động quốc gia phòng, chống HIV/AIDS',
    kind: 'period',
    topic: 'hiv-aids',
    recurrence: { kind: 'yearly-period', start: { month: 11, day: 10 }, end: { month: 12, day: 10 }, since: 2008 },
    legalBasis: [],
    launchedBy: 'Ủy ban quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm',
    caveat: 'Ngày bắt đầu có thể thay đổi theo năm.',
  }),
  campaign({ id: 'ngay-the-gioi-phong-chong-aids', name: 'Ngày Thế giới phòng, chống AIDS', topic: 'hiv-aids', recurrence: { kind: 'yearly-day', month: 12, day: 1, since: 2008 } }),
];

export const hotlines: Hotline[] = ['113 Cảnh sát', '114 Cứu hỏa, cứu nạn cứu hộ', '115 Cấp cứu y tế', '111 Tổng đài quốc gia bảo vệ trẻ em', '112 Thiên tai, tìm kiếm cứu nạn'].map((s) => {
  const [number, ...name] = s.split(' ');
  return { id: `so-${number}`, number: number!, name: name.join(' '), description: `Gọi ${number}.`, link: { label: `Gọi ${number}`, href: `tel:${number}` }, sources: [fact(`F-${number}`)] };
});

export const guidance: Guidance[] = [
  { id: 'bao-tin-toi-pham', title: 'Báo tin về tội phạm', paragraphs: ['Hãy báo cho công an.'], steps: ['Khẩn cấp: gọi 113.'], links: [{ label: 'Gọi 113', href: 'tel:113' }], sources: [fact('F-REPORT')] },
  { id: 'tu-phong-tu-quan-tu-bao-ve-tu-hoa-giai', title: 'Tự phòng, tự quản, tự bảo vệ, tự hòa giải', paragraphs: ['Phương châm.'], sources: [{ seed: '000_0e242ab13600dc40.txt', para: 2 }] },
];

export const facts: Fact[] = [
  { id: 'F-MATUY-DAY', title: 'Ngày toàn dân phòng, chống ma túy 26/6', checked: 'yes', checkedAt: ['vi.wikipedia.org', 'baotangbacninh.vn'] },
  { id: 'F-NQ202', title: 'Nghị quyết 202/2025/QH15', checked: 'yes', checkedAt: ['vietnamplus.vn'] },
  { id: 'F-HADONG', title: 'Quận Hà Đông sau sắp xếp', checked: 'partly', checkedAt: ['news.laodong.vn'], note: 'Một phần về phường Chương Mỹ.' },
];

export const models: Model[] = [
  {
    id: 'diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023',
    name: 'Điểm mít tinh hưởng ứng Ngày toàn dân phòng, chống ma túy 26/6/2023',
    kind: 'tuyen-truyen',
    status: 'ke-hoach',
    locality: { province: 'ha-noi', oldName: 'quận Hà Đông', asInSource: 'quận Hà Đông' },
    topics: ['ma-tuy'],
    description: 'Lễ mít tinh hưởng ứng ngày 26/6/2023.',
    mentioned: '2023-03',
    caveat: 'Chưa rõ đã diễn ra thế nào.',
    articles: ['hon-1000-nguoi-di-cai-nghien-bat-buoc'],
    sources: [{ seed: '000_0e242ab13600dc40.txt', para: 4 }, fact('F-HADONG')],
  },
  {
    id: 'cong-an-phuong-dien-hinh-kieu-mau-ha-noi',
    name: 'Công an phường điển hình, kiểu mẫu',
    kind: 'cong-an-kieu-mau',
    status: 'dang-hoat-dong',
    locality: { province: 'ha-noi', asInSource: 'TP.Hà Nội' },
    topics: ['antq'],
    description: 'Duy trì và nhân rộng mô hình.',
    mentioned: '2023-03',
    articles: [],
    sources: [{ seed: '000_0e242ab13600dc40.txt', para: 2 }],
  },
  {
    id: 'mo-hinh-antt-khu-dan-cu-cao-bang',
    name: 'Mô hình an ninh trật tự ở khu dân cư',
    kind: 'tu-quan-khu-dan-cu',
    status: 'dang-hoat-dong',
    locality: { province: 'cao-bang', asInSource: 'Cao Bằng' },
    topics: ['antq'],
    description: '8 mô hình mới, 38 mô hình duy trì.',
    since: '2023-07',
    mentioned: '2023-07-21',
    counts: [
      { label: 'mô hình mới', value: 8 },
      { label: 'mô hình duy trì', value: 38 },
    ],
    articles: ['cao-bang-so-ket-6-thang-dau-nam-2023'],
    sources: [{ seed: '002_8012bd710fe6c2d5.txt', para: 2 }],
  },
];

export const national: National = { articles, figures, campaigns, hotlines, provinces, guidance, facts };

/** A fresh in-memory store over the fixture. */
export const fixtureStore = () => memoryStore(national, models, { version: 'abcdef0123456789', builtAt: '2026-11-20T03:00:00.000Z', syncedAt: null });
