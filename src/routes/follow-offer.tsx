// Offered when a shared link carries a locality (`?tinh=…&phuong=…`): "follow this place?". The values
// are validated (zod, then looked up in the content); anything unknown shows nothing. The sharer may
// follow any of the 3,321 communes: one that provinces.json does not describe is looked up in the
// list of communes, and until that answers nothing is offered (never the province in its stead);
// without the list (offline, not stored yet) the province is offered.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useNational } from '../data/content-context.ts';
import { useSettings } from '../data/settings.ts';
import { followedPlace, placeName } from './place-query.ts';
import { readParam, SlugParam } from './query.ts';
import { usePlaceList } from './use-place-list.ts';

export default function FollowOffer() {
  const { query } = useLocation();
  const national = useNational();
  const [settings, update] = useSettings();
  const [state, setState] = useState<'offer' | 'done' | 'dismissed'>('offer');
  const provinceId = readParam(SlugParam, query['tinh']) ?? null;
  const wardId = readParam(SlugParam, query['phuong']) ?? null;
  const described = followedPlace(national.provinces, undefined, provinceId, wardId);
  const list = usePlaceList(!!described.province && !!wardId && !described.commune);
  const { province, commune } = list.status === 'done' ? followedPlace(national.provinces, list.value, provinceId, wardId) : described;
  if (!province || state === 'dismissed') return null;
  if (wardId && !described.commune && list.status === 'loading') return null;
  const name = placeName(province, commune);
  const already = settings.province === province.id && (settings.ward ?? undefined) === commune?.id;
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
        <button type="button" onClick={() => void update({ province: province.id, ward: commune?.id ?? null }).then(() => setState('done'))}>
          Theo dõi
        </button>
        <button type="button" class="secondary" onClick={() => setState('dismissed')}>
          Không, cảm ơn
        </button>
      </div>
    </section>
  );
}
