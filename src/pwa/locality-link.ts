// A shared link may carry the sharer's locality, `?tinh=<province>&phuong=<ward>`, which the app
// offers to follow (src/routes/follow-offer.tsx validates it). On the screens where `tinh` is a
// filter (models, figures, settings) the link keeps its own parameters and carries nothing more.

/** Paths (without trailing slash) whose `tinh`/`phuong` parameters filter the screen. */
const FILTER_PATHS = ['/mo-hinh', '/so-lieu', '/cai-dat', '/dia-phuong'];

export interface Locality {
  province: string;
  ward: string | null;
}

const isFilterPath = (path: string): boolean => FILTER_PATHS.some((p) => path === p || path === `${p}/` || path.startsWith(`${p}/`));

/** The address to share: this page without its #fragment, plus the sharer's followed locality where it fits. */
export function shareURL(href: string, locality: Locality | null): string {
  const url = new URL(href);
  url.hash = '';
  if (locality && !url.searchParams.has('tinh') && !isFilterPath(url.pathname)) {
    url.searchParams.set('tinh', locality.province);
    if (locality.ward) url.searchParams.set('phuong', locality.ward);
    else url.searchParams.delete('phuong');
  }
  return url.href;
}
