// "Tìm kiếm": one box; results grouped by kind; works offline (the index is built from the content
// on this device) and without diacritics. The query is in the URL (`/tim-kiem/?q=ma+tuy`).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import * as z from 'zod/mini';
import { KIND_LABELS, preloadSearch, search, useSearchedContent, type SearchResult, type SearchResults } from '../data/search.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { queryString, readParam } from './query.ts';

const Query = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));
const SUGGESTIONS = ['ma tuy', 'mua ban nguoi', '26/6', 'Ha Dong', 'Bắc Giang', '113'];

export const searchHref = (q: string): string => '/tim-kiem/' + queryString({ q: q.trim() || undefined });

type State = { status: 'idle' } | { status: 'searching'; q: string } | { status: 'done'; results: SearchResults } | { status: 'error' };

export default function Search() {
  const { query, route } = useLocation();
  const q = readParam(Query, query['q']) ?? '';
  const [text, setText] = useState(q);
  const [state, setState] = useState<State>({ status: 'idle' });
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  usePageMeta({ title: q ? `Tìm: ${q}` : 'Tìm kiếm', description: 'Tìm chiến dịch, bài viết, mô hình, số liệu và đường dây nóng; gõ không dấu cũng được, dùng được khi không có mạng.' });

  const content = useSearchedContent();
  useEffect(() => setText((current) => (current.trim() === q ? current : q)), [q]);
  useEffect(() => {
    if (!q) return setState({ status: 'idle' });
    let live = true;
    // Searching the same words again over new content keeps the results on screen until the new ones come.
    setState((prev) => (prev.status === 'done' && prev.results.query === q ? prev : { status: 'searching', q }));
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
  }, [q, content]);

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
        <label for="q">Tìm chiến dịch, bài viết, mô hình, số liệu, địa phương</label>
        <p class="hint" id="q-hint">
          Gõ không dấu cũng được, tên cũ của tỉnh, quận cũng được, ví dụ: “ma tuy”, “ha dong”, “26/6”.
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
      {results.top.length ? (
        <section aria-labelledby="kq-top">
          <h2 id="kq-top">Phù hợp nhất</h2>
          <ResultList results={results.top} withKind />
        </section>
      ) : null}
      {results.groups.map((g) => (
        <section key={g.kind} aria-labelledby={`kq-${g.kind}`}>
          <h2 id={`kq-${g.kind}`}>
            {g.label} ({g.results.length})
          </h2>
          <ResultList results={g.results} />
        </section>
      ))}
    </>
  );
}

/** Results as links; the best ones, of mixed kinds, say what each is. */
function ResultList({ results, withKind = false }: { results: SearchResult[]; withKind?: boolean }) {
  return (
    <ul class="link-list">
      {results.map((r) => {
        const meta = [withKind && KIND_LABELS[r.kind], r.detail].filter(Boolean).join(' · ');
        return (
          <li key={r.url}>
            <a href={r.url}>{r.title}</a>
            {meta ? <span class="meta">{meta}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
