// Every screen rendered to HTML in Node through the real route table (as the prerender does), on a
// fixed day: right screen, right title, not-found for unknown ids, hostile URLs rendered as text.
// Interaction, focus, layout and accessibility are checked in Chromium (tests/browser/screens.test.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { locationStub, default as prerender } from 'preact-iso/prerender';
import { App, preloadRoute, ROUTES } from '../../src/app.tsx';
import type { ContentStore } from '../../src/data/content-store.ts';
import { clearResources } from '../../src/data/use-resource.ts';
import { takeRenderedMeta } from '../../src/ui/use-page-meta.ts';
import { fixtureStore } from './routes-fixture.ts';

async function renderAt(url: string, store: ContentStore = fixtureStore()) {
  clearResources();
  locationStub(url);
  const { html } = await prerender(<App store={store} />);
  const meta = takeRenderedMeta();
  const h1 = [...html.matchAll(/<h1[^>]*>(.*?)<\/h1>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
  return { html, meta, h1 };
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-22T05:00:00Z'));
});
afterAll(() => vi.useRealTimers());

describe('screens rendered through the route table', () => {
  it.each([
    ['/', 'Hôm nay', 'Toàn dân bảo vệ ANTQ'],
    ['/lich/', 'Lịch chiến dịch, ngày lễ', 'Lịch tháng 11/2026'],
    ['/lich/theo-doi/', 'Theo dõi lịch', 'Theo dõi lịch'],
    ['/lich/?xem=danh-sach&thang=2023-01&chu-de=mua-ban-nguoi', 'Lịch chiến dịch, ngày lễ', 'Lịch năm 2023 · Mua bán người'],
    ['/chien-dich/', 'Chiến dịch, ngày lễ', 'Chiến dịch, ngày lễ'],
    ['/chien-dich/thang-hanh-dong-quoc-gia-phong-chong-hiv-aids/', 'Tháng hành động quốc gia phòng, chống HIV/AIDS', 'Tháng hành động quốc gia phòng, chống HIV/AIDS'],
    ['/mo-hinh/', 'Mô hình an ninh trật tự', 'Mô hình an ninh trật tự'],
    ['/mo-hinh/?tinh=ha-noi&phuong=ha-dong', 'Mô hình ở phường Hà Đông, Hà Nội', 'Mô hình ở phường Hà Đông, Hà Nội'],
    ['/mo-hinh/diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023/', 'Điểm mít tinh hưởng ứng Ngày toàn dân phòng, chống ma túy 26/6/2023', 'Điểm mít tinh hưởng ứng Ngày toàn dân phòng, chống ma túy 26/6/2023'],
    ['/bai-viet/', 'Bài viết', 'Bài viết'],
    ['/bai-viet/hon-1000-nguoi-di-cai-nghien-bat-buoc/', 'Hơn 1.000 người đi cai nghiện bắt buộc', 'Hơn 1.000 người đi cai nghiện bắt buộc'],
    ['/so-lieu/', 'Số liệu', 'Số liệu'],
    ['/so-lieu/ha-noi-2022-cai-nghien/', '1.101 người cai nghiện bắt buộc', '1.101 người cai nghiện bắt buộc (Hà Nội, năm 2022)'],
    ['/tim-kiem/', 'Tìm kiếm', 'Tìm kiếm'],
    ['/duong-day-nong/', 'Đường dây nóng', 'Đường dây nóng'],
    ['/huong-dan/', 'Hướng dẫn cho người dân', 'Hướng dẫn cho người dân'],
    ['/cai-dat/', 'Cài đặt', 'Cài đặt'],
    ['/them/', 'Thêm', 'Thêm'],
  ])('%s → one h1 "%s", title "%s"', async (url, h1, title) => {
    const page = await renderAt(url);
    expect(page.h1).toEqual([h1]);
    expect(page.meta?.title).toBe(title);
    expect(page.meta?.description.length).toBeGreaterThan(20);
    expect(page.meta?.noindex).toBeFalsy();
  });

  it.each(['/khong-co/', '/chien-dich/khong-co/', '/chien-dich/Khong%20Co/', '/mo-hinh/khong-co/', '/bai-viet/khong-co/', '/so-lieu/khong-co/', '/lich/abc/'])(
    '%s → the not-found page, not indexed, with a way home',
    async (url) => {
      const page = await renderAt(url);
      expect(page.h1).toEqual(['Không tìm thấy trang']);
      expect(page.meta?.noindex).toBe(true);
      expect(page.html).toContain('href="/"');
    },
  );

  it('shows what is on and next, with countdowns, on 22/11/2026', async () => {
    const { html } = await renderAt('/');
    expect(html).toContain('Tháng hành động quốc gia phòng, chống HIV/AIDS');
    expect(html).toContain('Đang diễn ra, còn 18 ngày nữa');
    expect(html).toContain('Còn 9 ngày');
    expect(html).toContain('href="tel:113"');
    // "Chọn nơi ở" leads to the place chooser (every province, then every commune).
    expect(html).toContain('href="/dia-phuong/"');
  });

  it('gives a campaign page this year’s and next year’s dates, basis, actions and sources', async () => {
    const { html } = await renderAt('/chien-dich/ngay-toan-dan-phong-chong-ma-tuy/');
    expect(html).toMatch(/Năm 2026:<\/span> 26\/6\/2026/);
    expect(html).toMatch(/Năm 2027:<\/span> 26\/6\/2027/);
    expect(html).toContain('Quyết định 93/2001/QĐ-TTg');
    expect(html).toContain('Thêm vào lịch');
    expect(html).toContain('đã kiểm chứng tại vi.wikipedia.org, baotangbacninh.vn');
    expect(html).toContain('href="/bai-viet/ha-noi-10-nam-thuc-hien-chi-thi-21-ct-tw/"');
  });

  it('lists only legal documents under "Căn cứ", and who launched a campaign under "Phát động"', async () => {
    const { html } = await renderAt('/chien-dich/thang-hanh-dong-quoc-gia-phong-chong-hiv-aids/');
    expect(html).not.toContain('>Căn cứ<');
    expect(html).toMatch(/<h2 id="launched-title">Phát động<\/h2><p>Ủy ban quốc gia phòng, chống AIDS/);
    expect(html).toContain('10/11–10/12 hằng năm (từ năm 2008)');
  });

  it('calls no number free but 111, says only that the source text has no title, and dates old models', async () => {
    expect((await renderAt('/duong-day-nong/')).html).not.toMatch(/miễn phí/i);
    const editorial = await renderAt('/bai-viet/cao-bang-so-ket-6-thang-dau-nam-2023/');
    expect(editorial.html).toContain('Tài liệu nguồn không kèm tiêu đề; tiêu đề trên do ứng dụng đặt.');
    expect(editorial.html).not.toContain('Bài gốc');
    // The fixture's models were last named in 2023; the render runs in 2026 or later.
    const list = await renderAt('/mo-hinh/?tinh=ha-noi');
    expect(list.html).toContain('Được nêu năm 2023');
    expect(list.html).not.toContain('· Đang hoạt động');
    const page = await renderAt('/mo-hinh/cong-an-phuong-dien-hinh-kieu-mau-ha-noi/');
    expect(page.html).toContain('Được nêu năm 2023<span class="meta"> (nguồn khi đó ghi: đang hoạt động (theo nguồn); chưa rõ hiện nay)</span>');
  });

  it('gives an article paragraph anchors and sub-headings as h2', async () => {
    const { html } = await renderAt('/bai-viet/hon-1000-nguoi-di-cai-nghien-bat-buoc/');
    expect(html).toMatch(/<p id="doan-4"/);
    expect(html).toMatch(/<h2 id="doan-3"[^>]*>Kết quả<\/h2>/);
    expect(html).toContain('href="/bai-viet/hon-1000-nguoi-di-cai-nghien-bat-buoc/#doan-4"');
  });

  it('draws a chart only where figures compare', async () => {
    expect((await renderAt('/bai-viet/cao-bang-so-ket-6-thang-dau-nam-2023/')).html).toContain('class="bar-chart"');
    expect((await renderAt('/bai-viet/hon-1000-nguoi-di-cai-nghien-bat-buoc/')).html).not.toContain('class="bar-chart"');
  });

  it('quotes the paragraph a figure comes from and links to it', async () => {
    const { html } = await renderAt('/so-lieu/ha-noi-2022-cai-nghien/');
    expect(html).toContain('Cai nghiện bắt buộc 1.101 người.');
    expect(html).toContain('href="/bai-viet/hon-1000-nguoi-di-cai-nghien-bat-buoc/#doan-5"');
  });

  it('resolves an old name typed on the models list', async () => {
    const { html, h1 } = await renderAt('/mo-hinh/?noi=qu%E1%BA%ADn%20H%C3%A0%20%C4%90%C3%B4ng');
    // The old district is now several wards: the resident picks one, each shows the district's model.
    expect(h1).toEqual(['Mô hình an ninh trật tự']);
    expect(html).toContain('“quận Hà Đông” là tên cũ, nay là các phường Hà Đông, Dương Nội và một phần phường Chương Mỹ, Hà Nội. Chọn nơi bạn ở:');
    for (const ward of ['ha-dong', 'duong-noi', 'chuong-my']) expect(html).toContain(`href="/mo-hinh/?tinh=ha-noi&amp;phuong=${ward}"`);
    const inWard = await renderAt('/mo-hinh/?tinh=ha-noi&phuong=duong-noi');
    expect(inWard.html).toContain('href="/mo-hinh/diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023/"');
    expect(inWard.html).toContain('quận Hà Đông (cũ), nay là các phường Hà Đông, Dương Nội và một phần phường Chương Mỹ, Hà Nội');
    expect((await renderAt('/mo-hinh/?tinh=ha-noi&phuong=tay-mo')).html).not.toContain('diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023');
  });

  it('shows a model of an old district as belonging to it, with the wards it became', async () => {
    const { html } = await renderAt('/mo-hinh/diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023/');
    expect(html).toContain('<dd>quận Hà Đông (cũ), nay là các phường Hà Đông, Dương Nội và một phần phường Chương Mỹ, Hà Nội</dd>');
    expect(html).not.toContain('<dd>phường Hà Đông, Hà Nội');
  });

  it('offers to follow the locality a shared link carries, and ignores an unknown one', async () => {
    expect((await renderAt('/?tinh=ha-noi&phuong=ha-dong')).html).toContain('Theo dõi phường Hà Đông, Hà Nội?');
    expect((await renderAt('/?tinh=atlantis')).html).not.toContain('Theo dõi');
    // A "follow our ward" link or QR code can point straight at the settings.
    expect((await renderAt('/cai-dat/?tinh=cao-bang')).html).toContain('Theo dõi Cao Bằng?');
    // On the models list `tinh` is a filter, not an offer.
    expect((await renderAt('/mo-hinh/?tinh=ha-noi')).html).not.toContain('Theo dõi Hà Nội?');
  });

  it.each([
    '/lich/?thang=%3Cscript%3Ealert(1)%3C/script%3E&chu-de=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E',
    '/mo-hinh/?noi=%3Cimg%20src=x%20onerror=alert(1)%3E&tinh=%3Cb%3E',
    '/tim-kiem/?q=%3Cscript%3Ealert(1)%3C/script%3E',
    '/?tinh=%3Cscript%3E',
  ])('renders hostile parameters as text, never as markup: %s', async (url) => {
    const { html } = await renderAt(url);
    // Text and attribute values are escaped: no element is ever made from the URL.
    expect(html).not.toMatch(/<script>alert|<img|<b>/);
  });
});

describe('preloadRoute', () => {
  const spyStore = () => {
    const store = fixtureStore();
    return Object.assign(store, { model: vi.fn(store.model), modelsOf: vi.fn(store.modelsOf) });
  };

  it('loads the model of a deep link before the first render', async () => {
    clearResources();
    const store = spyStore();
    await preloadRoute('/mo-hinh/mo-hinh-antt-khu-dan-cu-cao-bang/', store);
    expect(store.model).toHaveBeenCalledWith('mo-hinh-antt-khu-dan-cu-cao-bang');
  });

  it('loads the listed province of the models list', async () => {
    clearResources();
    const store = spyStore();
    await preloadRoute('/mo-hinh/?tinh=cao-bang', store);
    expect(store.modelsOf).toHaveBeenCalledWith('cao-bang');
  });

  it('loads the lazy screen of the URL, and never rejects', async () => {
    const calendar = ROUTES.find((r) => r.path === '/lich')!.component;
    const spy = vi.spyOn(calendar, 'preload');
    await preloadRoute('/lich/?thang=2026-11', fixtureStore());
    expect(spy).toHaveBeenCalled();
    await expect(preloadRoute('/khong-co/', { ...fixtureStore(), model: () => Promise.reject(new Error('x')) })).resolves.toBeUndefined();
  });
});
