// Offered when a shared link carries a locality (`?tinh=…&phuong=…`): "follow this place?". The values
// are validated (zod, then looked up in the provinces content); anything unknown shows nothing.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useNational } from '../data/content-context.ts';
import { useSettings } from '../data/settings.ts';
import { findLocality, wardLabel } from './places.ts';
import { readParam, SlugParam } from './query.ts';

export default function FollowOffer() {
  const { query } = useLocation();
  const national = useNational();
  const [settings, update] = useSettings();
  const [state, setState] = useState<'offer' | 'done' | 'dismissed'>('offer');
  const { province, ward } = findLocality(national.provinces, readParam(SlugParam, query['tinh']), readParam(SlugParam, query['phuong']));
  if (!province || state === 'dismissed') return null;
  const name = ward ? `${wardLabel(ward)}, ${province.name}` : province.name;
  const already = settings.province === province.id && (settings.ward ?? undefined) === ward?.id;
  if (state === 'done' || already) {
    return state === 'done' ? (
      <p class="notice" role="status">
        Đã theo dõi {name}. Trang Hôm nay sẽ hiện mô hình ở nơi này.
      </p>
    ) : null;
  }
  return (
    <section class="notice follow-offer" aria-labelledby="follow-title">
      <p id="follow-title" class="notice__title">
        Theo dõi {name}?
      </p>
      <p>Đường dẫn bạn mở có gửi kèm nơi này. Theo dõi để xem chiến dịch và mô hình ở đây ngay trên trang Hôm nay.</p>
      <div class="button-row">
        <button type="button" onClick={() => void update({ province: province.id, ward: ward?.id ?? null }).then(() => setState('done'))}>
          Theo dõi
        </button>
        <button type="button" class="secondary" onClick={() => setState('dismissed')}>
          Không, cảm ơn
        </button>
      </div>
    </section>
  );
}
