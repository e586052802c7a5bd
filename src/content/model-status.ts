// A model's status is what its source said on the source's date. "Đang hoạt động" is a claim about
// today, so it is shown only while the source is recent; after that the model reads "được nêu năm X"
// (issue 12: the app had shown 2018–2023 evidence as "đang hoạt động"). Type-only imports: no zod here.
import type { Model } from './schema.ts';

/** How long a source keeps a model's status current: 12 months after the month of the source. */
export const MODEL_STATUS_WINDOW_MONTHS = 12;

/** A calendar month of today in Vietnam. */
export interface YearMonth {
  y: number;
  m: number;
}

/** The status to show on `today`: the stated one while its source is recent, else "mentioned in year X". */
export function shownStatus(model: Pick<Model, 'status' | 'mentioned'>, today: YearMonth): { kind: 'status'; status: Model['status'] } | { kind: 'mentioned'; year: number } {
  const [y = 0, m = 12] = model.mentioned.split('-').map(Number);
  const age = today.y * 12 + today.m - (y * 12 + m);
  return age <= MODEL_STATUS_WINDOW_MONTHS ? { kind: 'status', status: model.status } : { kind: 'mentioned', year: y };
}
