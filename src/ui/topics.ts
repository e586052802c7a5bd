// Vietnamese names of the content's topics, model kinds and statuses. Type-only imports from the
// schema keep zod off the first-load path (home uses these).
import { shownStatus } from '../content/model-status.ts';
import type { Model, Topic } from '../content/schema.ts';
import { type Day, ymdOf } from '../lib/vn-date.ts';

export const TOPIC_LABELS: Record<Topic, string> = {
  'ma-tuy': 'Ma túy',
  'mua-ban-nguoi': 'Mua bán người',
  antq: 'An ninh Tổ quốc',
  pccc: 'Phòng cháy, chữa cháy',
  'hiv-aids': 'HIV/AIDS',
  'toi-pham': 'Tội phạm',
  'te-nan-xa-hoi': 'Tệ nạn xã hội',
};

/** Topics in the order they are offered as filters (every topic: the Record type above enforces it). */
export const TOPIC_ORDER = Object.keys(TOPIC_LABELS) as [Topic, ...Topic[]];

export const MODEL_KIND_LABELS: Record<Model['kind'], string> = {
  'cong-an-kieu-mau': 'Công an điển hình, kiểu mẫu',
  'tuyen-truyen': 'Tuyên truyền',
  'tu-quan-khu-dan-cu': 'Tự quản ở khu dân cư',
  'doi-tinh-nguyen': 'Đội tình nguyện',
  'phong-trao': 'Phong trào',
};

export const MODEL_STATUS_LABELS: Record<Model['status'], string> = {
  'dang-hoat-dong': 'Đang hoạt động (theo nguồn)',
  'da-to-chuc': 'Đã tổ chức',
  'ke-hoach': 'Theo kế hoạch (chưa rõ kết quả)',
};

/** Kinds and statuses in the order they are offered as filters. */
export const MODEL_KIND_ORDER = Object.keys(MODEL_KIND_LABELS) as [Model['kind'], ...Model['kind'][]];
export const MODEL_STATUS_ORDER = Object.keys(MODEL_STATUS_LABELS) as [Model['status'], ...Model['status'][]];

/** A model's status as read on `today`: the stated one while its source is recent, else "Được nêu năm X". */
export function modelStatusText(model: Pick<Model, 'status' | 'mentioned'>, today: Day): string {
  const shown = shownStatus(model, ymdOf(today));
  return shown.kind === 'status' ? MODEL_STATUS_LABELS[shown.status] : `Được nêu năm ${shown.year}`;
}
