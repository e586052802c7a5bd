// "Đường dây nóng": the five numbers as call links, what each is for, and how to report a crime.
// Kept short and separate from the longer guidance: this is the page opened in a hurry.
import { useNational } from '../data/content-context.ts';
import { GuidanceBlock } from '../ui/guidance-block.tsx';
import { Icon } from '../ui/icons.tsx';
import { SourceList } from '../ui/source-list.tsx';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { resolveSources } from './sources.ts';

/** The guidance shown on this page (how to report); the rest is on /huong-dan/. */
export const REPORTING_GUIDANCE = 'bao-tin-toi-pham';
const ORDER = ['113', '114', '115', '111', '112'];

export default function Hotlines() {
  const national = useNational();
  usePageMeta({
    title: 'Đường dây nóng',
    description: 'Gọi 113 (công an), 114 (cứu hỏa, cứu nạn), 115 (cấp cứu), 111 (bảo vệ trẻ em, chống mua bán người), 112 (thiên tai). Cách báo tin về tội phạm.',
  });
  const hotlines = [...national.hotlines].sort((a, b) => rank(a.number) - rank(b.number));
  const reporting = national.guidance.find((g) => g.id === REPORTING_GUIDANCE);
  return (
    <>
      <h1>Đường dây nóng</h1>
      <p class="lead">Bấm vào số để gọi.</p>
      <ul class="hotlines">
        {hotlines.map((h) => (
          <li key={h.id} id={h.id}>
            <a class="hotline" href={`tel:${h.number}`} aria-describedby={`hl-${h.id}`}>
              <Icon name="phone" />
              <span class="hotline__number">{h.number}</span>
              <span class="hotline__name">{h.name}</span>
            </a>
            <p id={`hl-${h.id}`} class="hotline__desc">
              {h.description}
            </p>
          </li>
        ))}
      </ul>
      {reporting ? <GuidanceBlock guidance={reporting} /> : null}
      <p class="more-link">
        <a href="/huong-dan/">Hướng dẫn khác cho người dân</a>
      </p>
      <SourceList sources={resolveSources([...hotlines.flatMap((h) => h.sources), ...(reporting?.sources ?? [])], national)} collapsed />
    </>
  );
}

const rank = (n: string): number => (ORDER.indexOf(n) === -1 ? ORDER.length : ORDER.indexOf(n));
