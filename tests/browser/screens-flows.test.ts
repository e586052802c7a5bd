// What residents do on the screens, in real Chromium against the built app: filter the calendar,
// save a campaign to their calendar, find models by an old place name, follow a locality, change the
// text size, search (also offline), follow a figure to its paragraph, use the keyboard.
// Rendering, axe and layout of each screen are in screens.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { siteOrigin } from '../../src/pwa/build/site-origin.ts';
import { launchPersistent, PHONE, servedApp } from './harness.ts';
import { openScreen, waitForScreen } from './screens-helpers.ts';

const app = servedApp();

/** Path and query as a person reads them: "/tim-kiem/?q=ma tuy". */
const pathAndQuery = (page: Page) => {
  const u = new URL(page.url());
  const query = [...u.searchParams].map(([k, v]) => `${k}=${v}`).join('&');
  return u.pathname + (query ? `?${query}` : '');
};

describe('screens, used', () => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    context = await app.browser.newContext({ viewport: PHONE, locale: 'vi-VN', acceptDownloads: true, serviceWorkers: 'block' });
  });
  afterAll(() => context?.close());
  beforeAll(async () => {
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
  });

  it('calendar: a topic filter and the month links change the URL and what is listed', async () => {
    await openScreen(page, `${app.server.url}/lich/?thang=2026-06`);
    const agenda = page.locator('.agenda__item a');
    await expect.poll(() => agenda.allTextContents()).toEqual(expect.arrayContaining(['Ngày toàn dân phòng, chống ma túy', 'Tháng hành động phòng, chống ma túy']));
    await page.selectOption('#cal-topic', 'mua-ban-nguoi');
    await expect.poll(() => pathAndQuery(page)).toBe('/lich/?thang=2026-06&chu-de=mua-ban-nguoi');
    await expect.poll(() => agenda.count()).toBe(0);
    await page.getByRole('link', { name: /Tháng sau/ }).click();
    await expect.poll(() => pathAndQuery(page)).toBe('/lich/?thang=2026-07&chu-de=mua-ban-nguoi');
    await expect.poll(() => agenda.allTextContents()).toContain('Ngày toàn dân phòng, chống mua bán người');
    // Any year: type one and go.
    await page.fill('#cal-year', '2031');
    await page.getByRole('button', { name: 'Xem' }).click();
    await expect.poll(() => pathAndQuery(page)).toBe('/lich/?thang=2031-07&chu-de=mua-ban-nguoi');
    await expect.poll(() => page.locator('#month-title').textContent()).toBe('Tháng 7/2031');
    await page.getByRole('link', { name: 'Cả năm' }).click();
    await expect.poll(() => page.locator('#year-title').textContent()).toBe('Năm 2031');
  });

  it('calendar: a hostile or impossible query falls back to this month and renders as text', async () => {
    await openScreen(page, `${app.server.url}/lich/?thang=2026-13&xem=%3Cimg%20src=x%3E&chu-de=%3Cscript%3Ealert(1)%3C/script%3E`);
    await expect.poll(() => page.locator('#month-title').textContent()).toMatch(/^Tháng \d+\/\d{4}$/);
    expect(await page.locator('main img, main script').count()).toBe(0);
  });

  it('calendar: a multi-day period is drawn as bars across the weeks it covers', async () => {
    await openScreen(page, `${app.server.url}/lich/?thang=2026-11&chu-de=hiv-aids`);
    const bars = page.locator('.week__bars .bar.t-hiv-aids');
    expect(await bars.count()).toBeGreaterThanOrEqual(4);
    const widths = await bars.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)));
    expect(Math.max(...widths)).toBeGreaterThan(250); // a full week across the grid
  });

  it('campaign: "Thêm vào lịch" downloads the feeds’ own events: the campaign, and its topic’s national ones', async () => {
    await openScreen(page, `${app.server.url}/chien-dich/ngay-toan-dan-phong-chong-ma-tuy/`);
    const [one] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.getByRole('button', { name: /Tải lịch ngày này/ }).click()]);
    expect(one.suggestedFilename()).toBe('ngay-toan-dan-phong-chong-ma-tuy.ics');
    const text = (await readFile((await one.path())!, 'utf8')).replace(/\r\n /g, '');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // One yearly event from the first year of its legal basis, as in the subscribed feed.
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain('DTSTART;VALUE=DATE:20010626\r\nDTEND;VALUE=DATE:20010627\r\nRRULE:FREQ=YEARLY\r\n');
    expect(text).toContain(`URL:${app.server.url}/chien-dich/ngay-toan-dan-phong-chong-ma-tuy/`);
    const [topic] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.getByRole('button', { name: /mọi ngày toàn quốc về Ma túy/ }).click()]);
    expect(topic.suggestedFilename()).toBe('chu-de-ma-tuy.ics');
    const topicText = (await readFile((await topic.path())!, 'utf8')).replace(/\r\n /g, '');
    expect(topicText).toContain('X-WR-CALNAME:Lịch ANTQ · Ma túy');
    expect(topicText.match(/RRULE:FREQ=YEARLY/g)).toHaveLength(2);
    // Same generator, same bytes as the built feed (up to the origin, which is the page's own).
    const served = await (await fetch(`${app.server.url}/lich/chu-de/ma-tuy.ics`)).text();
    expect(topicText).toBe(served.replace(/\r\n /g, '').replaceAll(siteOrigin(), app.server.url));
  });

  it('models: an old province name resolves to the new province', async () => {
    await openScreen(page, `${app.server.url}/mo-hinh/`);
    await page.fill('#place-input', 'Bac Giang');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expect.poll(() => page.locator('main .notice').first().textContent()).toContain('là tên cũ, nay thuộc Bắc Ninh');
    expect(pathAndQuery(page)).toMatch(/^\/mo-hinh\/\?tinh=bac-ninh&noi=Bac Giang$/);
  });

  it('models: an old district resolves to all the wards it became; each lists the district’s model', async () => {
    await openScreen(page, `${app.server.url}/mo-hinh/`);
    await page.fill('#place-input', 'quận Hà Đông');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expect
      .poll(() => page.locator('main .notice').first().textContent())
      .toContain('“quận Hà Đông” là tên cũ, nay là các phường Hà Đông, Dương Nội, Yên Nghĩa, Phú Lương, Kiến Hưng và một phần phường Chương Mỹ, Hà Nội.');
    await page.getByRole('link', { name: 'phường Kiến Hưng, Hà Nội' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mô hình ở phường Kiến Hưng, Hà Nội');
    await waitForScreen(page);
    await page.locator('.cards a').first().click();
    await expect.poll(() => pathAndQuery(page)).toBe('/mo-hinh/diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023/');
    await expect.poll(() => page.locator('main').textContent()).toContain('quận Hà Đông (cũ), nay là các phường Hà Đông, Dương Nội');
  });

  it('models: province and kind filters are selects that update the list', async () => {
    await openScreen(page, `${app.server.url}/mo-hinh/`);
    await page.selectOption('#f-province', 'ha-noi');
    await expect.poll(() => pathAndQuery(page)).toBe('/mo-hinh/?tinh=ha-noi');
    await waitForScreen(page);
    const all = await page.locator('.cards .card').count();
    expect(all).toBeGreaterThan(1);
    await page.locator('.more-filters summary').click();
    await page.selectOption('#f-kind', 'tuyen-truyen');
    await expect.poll(() => pathAndQuery(page)).toBe('/mo-hinh/?tinh=ha-noi&loai=tuyen-truyen');
    await expect.poll(() => page.locator('.cards .card').count()).toBeLessThan(all);
  });

  it('figure → its paragraph: the article opens scrolled to the paragraph, marked', async () => {
    await openScreen(page, `${app.server.url}/so-lieu/cao-bang-2023-mo-hinh-antt-moi/`);
    await page.getByRole('link', { name: /Đọc đoạn này/ }).click();
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#doan-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    await expect.poll(() => page.locator(`#${id}`).getAttribute('class')).toBe('is-target');
    await expect.poll(() => page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
  });

  it('not found: an unknown campaign answers 404 with a way home', async () => {
    const response = await page.goto(`${app.server.url}/chien-dich/khong-co/`);
    expect(response?.status()).toBe(404);
    await waitForScreen(page);
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    await page.getByRole('link', { name: 'Về trang Hôm nay' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hôm nay');
  });

  it('keyboard: the first Tab reaches the skip link, which moves focus into <main>', async () => {
    await openScreen(page, `${app.server.url}/huong-dan/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0).toBe(true); // visible when focused
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  it('keyboard: focus is visible (an outline) on links and buttons', async () => {
    await openScreen(page, `${app.server.url}/them/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('navigation: a link in the bar moves focus to the new screen’s <main> and sets the title', async () => {
    await openScreen(page, `${app.server.url}/`);
    await page.locator('.site-nav a[href="/lich/"]').click();
    await expect.poll(() => page.title()).toMatch(/^Lịch tháng/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.locator('.site-nav a[href="/lich/"]').getAttribute('aria-current')).toBe('page');
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('settings that stay (IndexedDB), in a persistent profile', () => {
  let persistent: Awaited<ReturnType<typeof launchPersistent>>;
  let page: Page;
  beforeAll(async () => {
    persistent = await launchPersistent(PHONE);
    page = await persistent.context.newPage();
  });
  afterAll(() => persistent?.dispose());

  it('home invites to choose a locality; choosing one in Cài đặt shows its models on home, after a reload too', async () => {
    await openScreen(page, `${app.server.url}/`);
    await expect.poll(() => page.locator('#local-title + p').textContent()).toContain('Chọn tỉnh, thành');
    await openScreen(page, `${app.server.url}/cai-dat/`);
    await page.selectOption('#s-province', 'ha-noi');
    await page.selectOption('#s-ward', 'ha-dong');
    await page.getByRole('button', { name: 'Lưu nơi ở' }).click();
    await expect.poll(() => page.locator('.saved').textContent()).toBe('Đã lưu: phường Hà Đông, Hà Nội.');
    await openScreen(page, `${app.server.url}/`);
    await expect.poll(() => page.locator('main').textContent()).toContain('Nơi bạn theo dõi: Hà Đông, Hà Nội');
    expect(await page.locator('section[aria-labelledby=local-title] .link-list a').count()).toBeGreaterThan(0);
  });

  it('an old name typed in Cài đặt can be chosen', async () => {
    await openScreen(page, `${app.server.url}/cai-dat/`);
    await page.fill('#s-typed', 'Bắc Giang');
    await page.getByRole('button', { name: /Chọn Bắc Ninh/ }).click();
    await expect.poll(() => page.locator('.saved').textContent()).toBe('Đã lưu: Bắc Ninh.');
  });

  it('a shared link offering a locality can be followed with one tap', async () => {
    await openScreen(page, `${app.server.url}/chien-dich/?tinh=ha-noi&phuong=ha-dong`);
    await page.getByRole('button', { name: 'Theo dõi', exact: true }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Đã theo dõi phường Hà Đông, Hà Nội');
  });

  it('the text size applies at once, grows the text, and is kept', async () => {
    await openScreen(page, `${app.server.url}/cai-dat/`);
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
    await page.getByLabel('Rất lớn').check();
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toContain('text-x-large');
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
    expect(after / before).toBeCloseTo(1.5, 1);
    await page.reload();
    await waitForScreen(page);
    expect(await page.evaluate(() => document.documentElement.className)).toContain('text-x-large');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByLabel('Vừa').check();
  });

  it('shows the data used and the content version, and checks for updates', async () => {
    await openScreen(page, `${app.server.url}/cai-dat/`);
    await expect.poll(() => page.locator('#storage-title + p').textContent()).toMatch(/đang dùng khoảng [\d.,]+ (KB|MB)/);
    expect(await page.locator('#content-title ~ dl dd').first().textContent()).toMatch(/^[0-9a-f]{8}$/);
    await page.getByRole('button', { name: 'Kiểm tra cập nhật' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Kiểm tra cập nhật' }).isEnabled(), { timeout: 15_000 }).toBe(true);
  });
});

describe('search', () => {
  it('on a first visit straight to results: the place first, and the listings once the first sync has stored them', async () => {
    const context = await app.browser.newContext({ viewport: PHONE, locale: 'vi-VN', serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await openScreen(page, `${app.server.url}/tim-kiem/?q=ha%20dong`);
      const top = page.locator('#kq-top + ul a');
      await expect.poll(() => top.allTextContents(), { timeout: 15_000 }).toEqual(['Phường Hà Đông, Hà Nội', expect.stringMatching(/^Điểm mô hình tuyên truyền/), expect.any(String)]);
      expect(await top.first().getAttribute('href')).toBe('/dia-phuong/ha-noi/ha-dong/');
    } finally {
      await context.close();
    }
  });

  it('finds without diacritics, groups results by kind, and works offline once the app is installed', async () => {
    const persistent = await launchPersistent(PHONE);
    try {
      const page = await persistent.context.newPage();
      await openScreen(page, `${app.server.url}/tim-kiem/`);
      // The service worker takes control on the first visit; from then on the app works offline.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
      await page.fill('#q', 'ma tuy');
      await expect.poll(() => pathAndQuery(page), { timeout: 10_000 }).toBe('/tim-kiem/?q=ma tuy');
      // The best three first, as they rank, each saying what it is; the rest grouped by kind.
      await expect.poll(() => page.locator('main h2').first().textContent()).toBe('Phù hợp nhất');
      const groups = (await page.locator('main h2').allTextContents()).slice(1);
      expect(groups.length).toBeGreaterThan(0);
      for (const heading of groups) expect(heading).toMatch(/^(Chiến dịch, ngày lễ|Bài viết|Mô hình|Số liệu|Đường dây nóng|Hướng dẫn|Địa phương) \(\d+\)$/);
      expect(await page.locator('#kq-top + ul li').count()).toBe(3);
      expect(await page.locator('#kq-top + ul .meta').first().textContent()).toMatch(/^Chiến dịch, ngày lễ · /);
      await expect.poll(() => page.locator('main .link-list a').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('ma túy')]));

      await persistent.context.setOffline(true);
      await openScreen(page, `${app.server.url}/tim-kiem/?q=cai%20nghien`);
      await expect.poll(() => page.locator('main p[role=status]').last().textContent()).toMatch(/^Tìm thấy \d+ kết quả/);
      expect(await page.locator('main .link-list a').count()).toBeGreaterThan(0);

      // An old province name answers with where it went, first, offline too.
      await openScreen(page, `${app.server.url}/tim-kiem/?q=${encodeURIComponent('Bắc Giang')}`);
      await expect.poll(() => page.locator('#kq-top + ul a').first().textContent()).toBe('Bắc Giang nay thuộc Bắc Ninh');
      expect(await page.locator('#kq-top + ul a').first().getAttribute('href')).toBe('/dia-phuong/bac-ninh/');
    } finally {
      await persistent.dispose();
    }
  });
});
