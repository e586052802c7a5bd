// "Chọn nơi bạn ở": every province (then, on its page, every commune), or type a name, diacritics
// optional, old names welcome ("Bắc Giang" → Bắc Ninh, "quận Hà Đông" → the wards it became).
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import * as z from 'zod/mini';
import { useContent, useNational } from '../data/content-context.ts';
import { useSettings } from '../data/settings.ts';
import { useResource } from '../data/use-resource.ts';
import { capitalize } from '../ui/format.ts';
import { placePath } from '../ui/paths.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { communeTitle, findPlaces, type PlaceHit } from './place-query.ts';
import { provinceLabel, sortProvinces } from './places.ts';
import { readParam } from './query.ts';
import { placesKey } from './resource-keys.ts';

const PlaceText = z.string().check(z.trim(), z.maxLength(80));

export default function PlacesIndex() {
  const national = useNational();
  const { query } = useLocation();
  const [settings] = useSettings();
  usePageMeta({
    title: 'Chọn nơi bạn ở',
    description: '34 tỉnh, thành và 3.321 phường, xã, đặc khu sau sắp xếp năm 2025: chọn nơi bạn ở, hoặc gõ tên (cả tên cũ như “Bắc Giang”, “quận Hà Đông”), để xem mô hình, chiến dịch và thông báo ở đó.',
  });
  const followed = national.provinces.find((p) => p.id === settings.province);
  return (
    <>
      <h1>Chọn nơi bạn ở</h1>
      <p class="lead">34 tỉnh, thành và các phường, xã, đặc khu sau sắp xếp năm 2025.</p>
      {followed ? (
        <p class="more-link">
          <a href={placePath(followed.id, settings.ward)}>Nơi bạn đang theo dõi ({followed.name})</a>
        </p>
      ) : null}
      <PlaceFinder initial={readParam(PlaceText, query['noi']) ?? ''} />
      <section aria-labelledby="provinces-title">
        <h2 id="provinces-title">Tỉnh, thành phố</h2>
        <ul class="link-list figure-grid">
          {sortProvinces(national.provinces).map((p) => (
            <li key={p.id}>
              <a href={placePath(p.id)}>{p.name}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function PlaceFinder({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  return (
    <form class="stack-form" action="/dia-phuong/" method="get" role="search" aria-label="Tìm phường, xã" onSubmit={(e) => e.preventDefault()}>
      <label for="place-find">Gõ tên phường, xã hoặc tỉnh (không dấu cũng được, tên cũ cũng được)</label>
      <p class="hint" id="place-find-hint">
        Ví dụ: “Hà Đông”, “Bắc Giang”, “quận Hà Đông”
      </p>
      <div class="input-row">
        <input id="place-find" name="noi" type="search" autocomplete="off" aria-describedby="place-find-hint" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit">Tìm</button>
      </div>
      {text.trim().length >= 2 ? <FinderResults text={text.trim()} /> : null}
    </form>
  );
}

function FinderResults({ text }: { text: string }) {
  const store = useContent();
  const national = useNational();
  const places = useResource(placesKey, () => store.places());
  if (places.status === 'loading') return <p role="status">Đang tải danh sách phường, xã…</p>;
  if (places.status === 'error') return <p role="alert">Chưa tải được danh sách phường, xã. Hãy thử lại khi có mạng.</p>;
  const hits = findPlaces(text, national.provinces, places.value);
  if (!hits.length) return <p role="status">Không tìm thấy nơi nào tên “{text}”.</p>;
  return (
    <div role="status">
      <p>{hits.length === 1 ? 'Tìm thấy 1 nơi:' : `Tìm thấy ${hits.length} nơi:`}</p>
      <ul class="link-list">
        {hits.map((h) => (
          <li key={`${h.province.id}/${h.commune?.id ?? ''}`}>
            <a href={placePath(h.province.id, h.commune?.id)}>{hitName(h)}</a>
            {h.oldName ? <span class="meta">“{h.oldName}” là tên cũ{h.partly ? ', một phần' : ''}, nay thuộc nơi này</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

const hitName = (h: PlaceHit): string => (h.commune ? `${communeTitle(h.commune)}, ${h.province.name}` : capitalize(provinceLabel(h.province)));
