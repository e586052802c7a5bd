// URL ids are Vietnamese without diacritics, the shape the content schema's Slug accepts.
import { fold } from './fold.ts';

/** "Tháng hành động phòng, chống ma túy" → "thang-hanh-dong-phong-chong-ma-tuy"; '' when nothing is left. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
