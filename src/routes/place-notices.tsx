// The place on a commune page where the ward police's verified notices will show (signed notices are
// a separate piece of work: it fills this slot). Until then it says plainly that there are none here.
import type { Commune } from '../content/schema.ts';
import { communeLabel } from './place-query.ts';

export function PlaceNotices({ province, commune }: { province: string; commune: Commune }) {
  return (
    <section class="place-notices" aria-labelledby="place-notices-title" data-notices={`${province}/${commune.id}`}>
      <h2 id="place-notices-title">Thông báo của công an {communeLabel(commune)}</h2>
      <p>Chưa có thông báo nào của công an {communeLabel(commune)} trên ứng dụng.</p>
    </section>
  );
}
