// "Tìm kiếm": one box; results grouped by kind; works offline (the index is built from the content
// on this device) and without diacritics. The query is in the URL (`/tim-kiem/?q=ma+tuy`).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import * as z from 'zod/mini';
import { preloadSearch, search, type SearchResults } from '../data/search.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { queryString, readParam } from './query.ts';

const Query = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));
const SUGGESTIONS = ['ma tuy', 'mua ban nguoi', 'chay', 'Ha Dong', '113'];

export const searchHref = (q: string): string => '/tim-kiem/' + queryString({ q: q.trim() || undefined });

type State = { status: 'idle' } | { status: 'searching'; q: string } | { status: 'done'; results: SearchResults } | { status: 'error' };

export default function Search() {
  const { query, route } = useLocation();
  const q = readParam(Query, query['q']) ?? '';
  const [text, setText] = useState(q);
  const [state, setState] = useState<State>({ status: 'idle' });
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  usePageMeta({ title: q ? `Tìm: ${q}` : 'Tìm kiếm', description: 'Tìm chiến dịch, bài viết, mô hình, số liệu và đường dây nóng; gõ không dấu cũng được, dùng được khi không có mạng.' });

  useEffect(() => setText((current) => (current.trim() === q ? current : q)), [q]);
  useEffect(() => {
    if (!q) return setState({ status: 'idle' });
    let live = true;
    setState({ status: 'searching', q });
    search(q).then(
      (results) => live && setState({ status: 'done', results }),
      (error: unknown) => {
        console.warn('[antq] search failed:', error);
        if (live) setState({ status: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [q]);

  // Results follow the typing (replacing the history entry, so Back leaves the search).
  const onInput = (value: string) => {
    setText(value);
    clearTimeout(typing.current);
    typing.current = setTimeout(() => route(searchHref(value), true), 250);
  };
  return (
    <>
      <h1>Tìm kiếm</h1>
      <form
        role="search"
        class="stack-form"
        action="/tim-kiem/"
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          clearTimeout(typing.current);
          route(searchHref(text));
        }}
      >
        <label for="q">Tìm chiến dịch, bài viết, mô hình, số liệu</label>
        <p class="hint" id="q-hint">
          Gõ không dấu cũng được, ví dụ: “ma tuy”, “ha dong”.
        </p>
        <div class="input-row">
          <input id="q" name="q" type="search" autocomplete="off" enterkeyhint="search" aria-describedby="q-hint" value={text} onFocus={preloadSearch} onInput={(e) => onInput(e.currentTarget.value)} />
          <button type="submit">Tìm</button>
        </div>
      </form>
      <Results state={state} />
    </>
  );
}

function Results({ state }: { state: State }) {
  if (state.status === 'idle')
    return (
      <section aria-labelledby="try-title">
        <h2 id="try-title">Thử tìm</h2>
        <ul class="chips-list">
          {SUGGESTIONS.map((s) => (
            <li key={s}>
              <a href={searchHref(s)}>{s}</a>
            </li>
          ))}
        </ul>
      </section>
    );
  if (state.status === 'error') return <p role="alert">Chưa tìm được. Hãy tải lại trang rồi thử lại.</p>;
  if (state.status === 'searching') return <p role="status">Đang tìm “{state.q}”…</p>;
  const { results } = state;
  return (
    <>
      <p role="status">
        {results.total ? `Tìm thấy ${results.total} kết quả cho “${results.query}”.` : `Không tìm thấy kết quả nào cho “${results.query}”. Hãy thử từ khác, ngắn hơn.`}
      </p>
      {results.groups.map((g) => (
        <section key={g.kind} aria-labelledby={`kq-${g.kind}`}>
          <h2 id={`kq-${g.kind}`}>
            {g.label} ({g.results.length})
          </h2>
          <ul class="link-list">
            {g.results.map((r) => (
              <li key={r.id}>
                <a href={r.url}>{r.title}</a>
                {r.detail ? <span class="meta">{r.detail}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
