// The verified notices saved for one commune (lazy chunk of the commune page).
import { noticesOfCommune, verifiedOnly } from './notice-filter.ts';
import { NoNotice } from './no-notice.tsx';
import { SavedNoticeList, useSavedNotices } from './saved-notice-list.tsx';

export default function PlaceNoticeList({ code, label }: { code: string; label: string }) {
  const list = useSavedNotices();
  if (!list) return <p role="status">Đang đọc các thông báo đã lưu…</p>;
  const shown = verifiedOnly(noticesOfCommune(list.current, code));
  return shown.length ? <SavedNoticeList items={shown} /> : <NoNotice label={label} />;
}
