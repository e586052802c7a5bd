import type { ManifestOptions } from 'vite-plugin-pwa';

export const THEME_COLOUR = '#a50e0e';
export const BACKGROUND_COLOUR = '#ffffff';

/** The web app manifest (emitted as /manifest.webmanifest and linked from every page). */
export const webManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Toàn dân bảo vệ an ninh Tổ quốc',
  short_name: 'ANTQ',
  description: 'Chiến dịch, mô hình, bài viết và số liệu của phong trào Toàn dân bảo vệ an ninh Tổ quốc, dùng được cả khi không có mạng.',
  lang: 'vi',
  dir: 'ltr',
  start_url: '/?nguon=pwa',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: THEME_COLOUR,
  background_color: BACKGROUND_COLOUR,
  categories: ['news', 'government', 'education'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    { name: 'Lịch', short_name: 'Lịch', url: '/lich/', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
    { name: 'Mô hình', short_name: 'Mô hình', url: '/mo-hinh/', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
    {
      name: 'Đường dây nóng',
      short_name: 'Gọi khẩn',
      url: '/duong-day-nong/',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
};
