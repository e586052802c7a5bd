// The frame of every screen: skip link, header with the app name, the main navigation (a bottom bar
// on phones for one-thumb use, in the header on wide screens), the notices, <main> and the footer.
// <main> starts with the notices (sync notice, follow offer), then the PWA's <PageTools/> slot
// (update prompt, install offer, share / QR), then the screen.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Icon, type IconName } from './icons.tsx';
import { PageTools } from '../pwa/page-tools.tsx';
import { SITE_NAME } from './use-page-meta.ts';

interface NavItem {
  href: string;
  label: string;
  icon: IconName;
  /** Sections (paths without the trailing slash) that count as this item. */
  sections: readonly string[];
}

/** Screens reached through "Thêm". */
export const MORE_SECTIONS = ['/them', '/dia-phuong', '/chien-dich', '/bai-viet', '/so-lieu', '/duong-day-nong', '/huong-dan', '/cai-dat'] as const;

const NAV: readonly NavItem[] = [
  { href: '/', label: 'Hôm nay', icon: 'home', sections: ['/'] },
  { href: '/lich/', label: 'Lịch', icon: 'calendar', sections: ['/lich'] },
  { href: '/mo-hinh/', label: 'Mô hình', icon: 'place', sections: ['/mo-hinh'] },
  { href: '/tim-kiem/', label: 'Tìm kiếm', icon: 'search', sections: ['/tim-kiem'] },
  { href: '/them/', label: 'Thêm', icon: 'more', sections: MORE_SECTIONS },
];

/** 'page' on the item's own page, 'true' inside its section, undefined elsewhere. */
export function navCurrent(item: Pick<NavItem, 'href' | 'sections'>, path: string): 'page' | 'true' | undefined {
  if (item.href.replace(/\/$/, '') === path || (item.href === '/' && path === '/')) return 'page';
  if (item.href === '/') return undefined;
  return item.sections.some((s) => path === s || path.startsWith(s + '/')) ? 'true' : undefined;
}

export function Layout({ children, notices }: { children: ComponentChildren; notices?: ComponentChildren }) {
  const { path } = useLocation();
  // Marks the page as rendered by the app (not only the prerendered HTML): tests and the bench wait for it.
  useEffect(() => document.documentElement.setAttribute('data-app', 'ready'), []);
  return (
    <>
      <a class="skip-link" href="#main">
        Bỏ qua, đến nội dung chính
      </a>
      <header class="site-header">
        <div class="site-header__inner">
          <a class="brand" href="/">
            {SITE_NAME}
          </a>
          <nav class="site-nav" aria-label="Các mục chính">
            <ul>
              {NAV.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={navCurrent(item, path)}>
                    <Icon name={item.icon} />
                    <span>{item.label}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {notices}
        <PageTools />
        {children}
      </main>
      <footer class="site-footer">
        <p>Thông tin lấy từ văn bản và báo chí công khai; mỗi mục ghi rõ nguồn.</p>
        <p id="footer-sos">Gọi khẩn cấp:</p>
        <ul class="footer-links" aria-labelledby="footer-sos">
          <li>
            <a href="tel:113">113 Công an</a>
          </li>
          <li>
            <a href="tel:114">114 Cứu hỏa</a>
          </li>
          <li>
            <a href="tel:115">115 Cấp cứu</a>
          </li>
          <li>
            <a href="/duong-day-nong/">Các số khác</a>
          </li>
        </ul>
      </footer>
    </>
  );
}
