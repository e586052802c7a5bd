// Loaded on demand: the page's QR code (SVG built from the code's modules, no markup strings) in a
// dialog that prints as an A4 or A5 poster with the title and the address under the code.
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { qrPath } from './qr-path.ts';
import './poster.css';

type Paper = 'a4' | 'a5';
const PRINT_CLASSES = ['printing-poster', 'poster-a4', 'poster-a5'];

/** The address as a person would type it: no scheme. */
export function displayURL(url: string): string {
  const u = new URL(url);
  const shown = u.host + u.pathname + u.search;
  try {
    return decodeURI(shown);
  } catch {
    return shown; // a malformed escape in a typed address: show it as it is
  }
}

export interface PosterOptions {
  title: string;
  url: string;
  returnFocus?: HTMLElement | null;
  /** Error correction: 'L' keeps a long link (a signed notice) at a version that still prints readably on A5. */
  ecc?: 'L' | 'M';
  /** The line under the code; defaults to the page-link hint. */
  hint?: string;
}

/** Open the poster dialog for `url`; closing it removes it and gives focus back. */
export function openPoster({ title, url, returnFocus, ecc = 'M', hint }: PosterOptions): void {
  const host = document.createElement('div');
  host.className = 'poster-root';
  document.body.append(host);
  const close = () => {
    render(null, host);
    host.remove();
    document.documentElement.classList.remove(...PRINT_CLASSES);
    returnFocus?.focus();
  };
  render(<Poster title={title} url={url} ecc={ecc} hint={hint} onClose={close} />, host);
}

function Poster({ title, url, ecc, hint, onClose }: { title: string; url: string; ecc: 'L' | 'M'; hint: string | undefined; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [paper, setPaper] = useState<Paper>('a4');
  const { size, d } = useMemo(() => qrPath(url, ecc), [url, ecc]);
  const shown = displayURL(url);
  useEffect(() => dialog.current?.showModal(), []);
  // While the poster is open, printing (the button or the browser's menu) prints the poster only.
  useEffect(() => {
    const html = document.documentElement.classList;
    html.add('printing-poster');
    html.toggle('poster-a4', paper === 'a4');
    html.toggle('poster-a5', paper === 'a5');
  }, [paper]);
  return (
    <dialog ref={dialog} class={`poster poster--${paper}`} aria-labelledby="poster-title" onClose={onClose}>
      <h2 id="poster-title" class="poster__title">
        {title}
      </h2>
      <svg class="poster__qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={`Mã QR mở trang ${shown}`} shape-rendering="crispEdges">
        <rect width={size} height={size} fill="#fff" />
        <path d={d} fill="#000" />
      </svg>
      <p class="poster__url">{shown}</p>
      <p class="poster__hint">{hint ?? 'Quét mã bằng camera điện thoại hoặc Zalo để mở trang, dùng được cả khi mất mạng.'}</p>
      <div class="poster__controls">
        <fieldset class="poster__paper">
          <legend>Khổ giấy</legend>
          {(['a4', 'a5'] as const).map((p) => (
            <label key={p}>
              <input type="radio" name="poster-paper" value={p} checked={paper === p} onChange={() => setPaper(p)} />
              {p.toUpperCase()}
            </label>
          ))}
        </fieldset>
        <button type="button" class="button" onClick={() => window.print()}>
          In áp phích
        </button>
        <button type="button" class="button secondary" onClick={() => dialog.current?.close()}>
          Đóng
        </button>
      </div>
    </dialog>
  );
}
