// Sharing the page: the phone's share sheet (Zalo, Facebook …) where there is one, otherwise the
// link is copied; and a QR code of the page, printable as a poster (loaded only when asked for).
import { useRef, useState } from 'preact/hooks';
import { useSettings } from '../data/settings.ts';
import { SITE_NAME } from '../ui/use-page-meta.ts';
import { copyText } from './copy-text.ts';
import { shareURL } from './locality-link.ts';

/** The page's own title, without the site name the document title ends with. */
export function pageTitle(): string {
  const suffix = ` · ${SITE_NAME}`;
  return document.title.endsWith(suffix) ? document.title.slice(0, -suffix.length) : document.title;
}

export function ShareBar() {
  const [settings] = useSettings();
  const [status, setStatus] = useState<{ copied: boolean; url: string } | null>(null);
  const qrButton = useRef<HTMLButtonElement>(null);
  const url = () => shareURL(location.href, settings.province ? { province: settings.province, ward: settings.ward } : null);

  const share = async () => {
    const link = url();
    setStatus(null);
    if (navigator.share) {
      try {
        await navigator.share({ title: pageTitle(), url: link });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return; // closed by the resident
      }
    }
    setStatus({ copied: await copyText(link), url: link });
  };
  const showQr = async () => {
    const { openPoster } = await import('./qr-poster.tsx');
    openPoster({ title: pageTitle(), url: url(), returnFocus: qrButton.current });
  };

  return (
    <div class="share-bar">
      <button type="button" class="button secondary" onClick={share}>
        Chia sẻ
      </button>
      <button type="button" class="button secondary" onClick={showQr} ref={qrButton}>
        Mã QR, in áp phích
      </button>
      <p class="share-bar__status" role="status">
        {status?.copied ? 'Đã chép liên kết' : ''}
      </p>
      {status && !status.copied && (
        <label class="share-bar__manual">
          Chép liên kết này:
          <input type="url" readOnly value={status.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
