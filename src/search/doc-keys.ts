// Extra names a document answers to as strongly as its title: the dates of an observance as people
// type them ("26/6", "26/06", "ngày 26 tháng 6") and the legal documents it cites ("Quyết định 93",
// "QĐ 93", "Chỉ thị 21"). Derived from the content itself, nothing added by hand.
import type { Recurrence } from '../content/schema.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/** "26/6", "26/06", "ngày 26 tháng 6". */
function dayMonth(day: number, month: number): string[] {
  const forms = [`${day}/${month}`, `ngày ${day} tháng ${month}`];
  if (day < 10 || month < 10) forms.push(`${pad(day)}/${pad(month)}`);
  return forms;
}

const isoDayMonth = (iso: string): [number, number] | undefined => {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(iso);
  return m ? [Number(m[2]), Number(m[1])] : undefined;
};

/** The dates of a campaign as a resident types them. */
export function dateNames(rule: Recurrence): string[] {
  switch (rule.kind) {
    case 'yearly-day':
      return dayMonth(rule.day, rule.month);
    case 'yearly-period': {
      const names = [...dayMonth(rule.start.day, rule.start.month), ...dayMonth(rule.end.day, rule.end.month)];
      // A period that is one whole month ("1/6 – 30/6") is "tháng 6".
      if (rule.start.month === rule.end.month && rule.start.day === 1) names.push(`tháng ${rule.start.month}`);
      return names;
    }
    case 'once':
      return [rule.start, rule.end].flatMap((iso) => {
        const dm = isoDayMonth(iso);
        return dm ? [...dayMonth(...dm), `${dm[0]}/${dm[1]}/${iso.slice(0, 4)}`] : [];
      });
  }
}

/** Document types and the abbreviations written in their numbers (93/2001/QĐ-TTg, 21-CT/TW). */
const LEGAL_TYPES: Record<string, string> = {
  'quyết định': 'QĐ',
  'chỉ thị': 'CT',
  'nghị quyết': 'NQ',
  'nghị định': 'NĐ',
  'thông tư': 'TT',
  'kế hoạch': 'KH',
  'công văn': 'CV',
};
const LEGAL_REF = new RegExp(`(${Object.keys(LEGAL_TYPES).join('|')})\\s+(?:số\\s+)?(\\d+)((?:[/-][\\p{L}\\p{N}]+)*)`, 'giu');

/**
 * The numbered legal documents `text` cites, each as written ("Quyết định 93/2001/QĐ-TTg"), by type
 * and number ("quyết định 93") and abbreviated ("QĐ 93"): a resident types any of these.
 */
export function legalNames(text: string): string[] {
  const names = new Set<string>();
  for (const [whole, type, number, rest] of text.matchAll(LEGAL_REF)) {
    const lower = type!.toLowerCase();
    names.add(`${lower} ${number}`).add(`${LEGAL_TYPES[lower]} ${number}`);
    if (rest) names.add(whole);
  }
  return [...names];
}
