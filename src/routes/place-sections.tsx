// The parts the province and commune pages share: what is on now and next (national and the
// province's own), the security models, the emergency numbers, following the place, and the slot
// where the ward police's verified notices will show.
import type { Model, Province } from '../content/schema.ts';
import { useContent, useNational } from '../data/content-context.ts';
import { useSettings } from '../data/settings.ts';
import { useResource } from '../data/use-resource.ts';
import { formatVnRange, todayInVietnam } from '../lib/vn-date.ts';
import { daysLeftText, daysUntilText } from '../ui/format.ts';
import { HotlineBar } from '../ui/hotline-bar.tsx';
import { ModelCard } from '../ui/model-card.tsx';
import { campaignPath } from '../ui/paths.ts';
import { emergencyHotlines, todayCampaigns } from './home-data.ts';
import { splitModels } from './place-query.ts';
import { modelsKey } from './resource-keys.ts';

/** Campaigns on now and the next few, national plus the province's own. */
export function PlaceCampaigns({ province }: { province: Province }) {
  const national = useNational();
  const { onNow, next } = todayCampaigns(national.campaigns, todayInVietnam(), province.id, 3);
  const items = [
    ...onNow.map((o) => ({ c: o.campaign, when: formatVnRange(o.start, o.end), badge: daysLeftText(o.daysLeft) })),
    ...next.map((o) => ({ c: o.campaign, when: formatVnRange(o.start, o.end), badge: daysUntilText(o.daysUntil) })),
  ];
  return (
    <section aria-labelledby="place-campaigns">
      <h2 id="place-campaigns">Đang diễn ra và sắp tới</h2>
      {onNow.length ? null : <p>Hôm nay không có chiến dịch nào đang diễn ra ở đây.</p>}
      <ul class="link-list">
        {items.map(({ c, when, badge }) => (
          <li key={c.id}>
            <a href={campaignPath(c.id)}>{c.name}</a>
            <span class="meta">
              {when} · {badge} · {c.province ? province.name : 'toàn quốc'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The province's models, those of `commune` first; says so plainly when there are none. */
export function PlaceModels({ province, commune, communeName }: { province: Province; commune?: string; communeName?: string }) {
  const store = useContent();
  const models = useResource(modelsKey(province.id), () => store.modelsOf(province.id));
  const { here, province: rest } = models.status === 'done' ? splitModels(models.value, province, commune ?? null) : { here: [], province: [] };
  return (
    <section aria-labelledby="place-models">
      <h2 id="place-models">Mô hình an ninh trật tự</h2>
      {models.status === 'loading' ? (
        <p role="status">Đang tải mô hình của {province.name}…</p>
      ) : models.status === 'error' ? (
        <p role="alert">Chưa tải được mô hình của {province.name}. Hãy thử lại khi có mạng.</p>
      ) : (
        <>
          {commune ? (
            here.length ? (
              <ModelList models={here} place={communeName ?? ''} />
            ) : (
              <p>Chưa có mô hình nào ở {communeName} trong dữ liệu của chúng tôi.</p>
            )
          ) : null}
          {commune ? <h3>Ở {province.name}</h3> : null}
          {rest.length ? <ModelList models={rest} place={province.name} /> : <p>Chưa có mô hình nào {commune ? 'khác ' : ''}ở {province.name} trong dữ liệu của chúng tôi.</p>}
        </>
      )}
    </section>
  );
}

function ModelList({ models, place }: { models: Model[]; place: string }) {
  return (
    <ul class="cards">
      {models.map((m) => (
        <li key={m.id}>
          <ModelCard model={m} place={place} />
        </li>
      ))}
    </ul>
  );
}

/** The emergency numbers, one tap each. */
export function PlaceHotlines() {
  const national = useNational();
  return <HotlineBar hotlines={emergencyHotlines(national.hotlines)} />;
}

/** "Mã QR, in áp phích" for following this place: the poster says "Quét để theo dõi phường X". */
export function FollowPoster({ path, label }: { path: string; label: string }) {
  const open = async (e: Event) => {
    const button = e.currentTarget as HTMLButtonElement;
    const { openPoster } = await import('../pwa/qr-poster.tsx');
    openPoster({ title: `Quét để theo dõi ${label}`, url: new URL(path, location.href).href, returnFocus: button });
  };
  return (
    <button type="button" class="button secondary" onClick={open}>
      In áp phích “Quét để theo dõi {label}”
    </button>
  );
}

/** Follow / unfollow this place: the phone then keeps its province's content for offline use. */
export function FollowPlace({ province, commune, name }: { province: string; commune: string | null; name: string }) {
  const [settings, update] = useSettings();
  const following = settings.province === province && (settings.ward ?? null) === commune;
  return (
    <div class="follow-place">
      {following ? (
        <>
          <p class="meta" role="status">
            Bạn đang theo dõi {name}. Điện thoại giữ sẵn nội dung của nơi này để xem cả khi mất mạng.
          </p>
          <button type="button" class="secondary" onClick={() => void update({ province: null, ward: null })}>
            Bỏ theo dõi
          </button>
        </>
      ) : (
        <button type="button" onClick={() => void update({ province, ward: commune })}>
          Theo dõi {name}
        </button>
      )}
    </div>
  );
}
