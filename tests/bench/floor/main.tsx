// The floor of the bench: an empty Preact page built with the same tools (Vite + preset + prerender).
import { render } from 'preact';

function Floor() {
  return (
    <main>
      <h1>Trang rỗng</h1>
      <p>Một trang Preact không có nội dung, để so sánh.</p>
    </main>
  );
}

if (typeof window !== 'undefined') render(<Floor />, document.getElementById('app')!);

export async function prerender() {
  const { renderToString } = await import('preact-render-to-string');
  return { html: renderToString(<Floor />), head: { lang: 'vi', title: 'Floor' } };
}
