import { describe, expect, it } from 'vitest';
import { EMPTY_MEMORY, QUIET_DAYS, inAppBrowser, isIos, mayOfferInstall, mayShowInAppHint, parseMemory } from '../../src/pwa/install-rules.ts';

const DAY = 86_400_000;
const UA = {
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  zalo: 'Mozilla/5.0 (Linux; Android 12; V2111) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/110.0.5481.153 Mobile Safari/537.36 Zalo android/12100684 ZaloTheme/light ZaloLanguage/vn',
  zaloIos: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/498 ZaloTheme/light ZaloLanguage/vi',
  facebook: 'Mozilla/5.0 (Linux; Android 13; Pixel 6) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.0.0 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/445.0.0.34.118;]',
  facebookIos: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/430.0.0.25.109;FBBV/123;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/16.6]',
  messenger: 'Mozilla/5.0 (Linux; Android 11) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/440.0.0.27.111;]',
  iphoneSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  ipadOs: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
};

describe('inAppBrowser', () => {
  it('recognises Zalo and Facebook (app, Messenger) on Android and iOS', () => {
    expect(inAppBrowser(UA.zalo)).toBe('Zalo');
    expect(inAppBrowser(UA.zaloIos)).toBe('Zalo');
    expect(inAppBrowser(UA.facebook)).toBe('Facebook');
    expect(inAppBrowser(UA.facebookIos)).toBe('Facebook');
    expect(inAppBrowser(UA.messenger)).toBe('Facebook');
  });
  it('leaves real browsers alone', () => {
    expect(inAppBrowser(UA.chromeAndroid)).toBeNull();
    expect(inAppBrowser(UA.iphoneSafari)).toBeNull();
  });
});

describe('isIos', () => {
  it('is true on iPhone, and on iPadOS only when the "Mac" has touch', () => {
    expect(isIos(UA.iphoneSafari)).toBe(true);
    expect(isIos(UA.ipadOs, 5)).toBe(true);
    expect(isIos(UA.ipadOs, 0)).toBe(false);
    expect(isIos(UA.chromeAndroid, 5)).toBe(false);
  });
});

describe('mayOfferInstall', () => {
  const now = Date.UTC(2025, 10, 22);
  it('never on the first screen of a first visit', () => {
    expect(mayOfferInstall({ ...EMPTY_MEMORY, visits: 1 }, 1, now)).toBe(false);
  });
  it('from the second page of a first visit, or at once on a return visit', () => {
    expect(mayOfferInstall({ ...EMPTY_MEMORY, visits: 1 }, 2, now)).toBe(true);
    expect(mayOfferInstall({ ...EMPTY_MEMORY, visits: 2 }, 1, now)).toBe(true);
  });
  it(`stays quiet for ${QUIET_DAYS} days after "Để sau"`, () => {
    const memory = { ...EMPTY_MEMORY, visits: 5, dismissedAt: now - (QUIET_DAYS - 1) * DAY };
    expect(mayOfferInstall(memory, 3, now)).toBe(false);
    expect(mayOfferInstall({ ...memory, dismissedAt: now - (QUIET_DAYS + 1) * DAY }, 3, now)).toBe(true);
  });
  it('the in-app hint shows at once, and not again once closed', () => {
    expect(mayShowInAppHint(EMPTY_MEMORY, now)).toBe(true);
    expect(mayShowInAppHint({ ...EMPTY_MEMORY, hintDismissedAt: now - DAY }, now)).toBe(false);
  });
});

describe('parseMemory', () => {
  it('reads what was stored and treats anything malformed as empty', () => {
    expect(parseMemory(JSON.stringify({ visits: 3, dismissedAt: 5, hintDismissedAt: null }))).toEqual({ visits: 3, dismissedAt: 5, hintDismissedAt: null });
    for (const raw of [null, '', '{', '42', '"x"', 'null', JSON.stringify({ visits: -2, dismissedAt: 'yesterday' })]) {
      expect(parseMemory(raw)).toEqual(EMPTY_MEMORY);
    }
  });
});
