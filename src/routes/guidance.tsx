// "Hướng dẫn": what residents can do themselves (tự phòng, tự quản, tự bảo vệ, tự hòa giải), how to
// report, what to do in a fire or when trafficking is suspected. Each piece has an anchor to share.
import { useNational } from '../data/content-context.ts';
import { GuidanceBlock } from '../ui/guidance-block.tsx';
import { SourceList } from '../ui/source-list.tsx';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { resolveSources } from './sources.ts';

export default function GuidancePage() {
  const national = useNational();
  usePageMeta({
    title: 'Hướng dẫn cho người dân',
    description: 'Tự phòng, tự quản, tự bảo vệ, tự hòa giải; cách báo tin về tội phạm; khi xảy ra cháy; khi nghi có mua bán người.',
  });
  return (
    <>
      <h1>Hướng dẫn cho người dân</h1>
      <nav aria-label="Trong trang này" class="toc">
        <ul class="link-list">
          {national.guidance.map((g) => (
            <li key={g.id}>
              <a href={`#${g.id}`}>{g.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {national.guidance.map((g) => (
        <div key={g.id}>
          <GuidanceBlock guidance={g} />
          <SourceList sources={resolveSources(g.sources, national)} collapsed />
        </div>
      ))}
      <p class="more-link">
        <a href="/duong-day-nong/">Các số điện thoại khẩn cấp</a>
      </p>
    </>
  );
}
