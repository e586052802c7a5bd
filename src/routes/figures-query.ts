// The figures list's address (`/so-lieu/?chu-de=ma-tuy&tinh=ha-noi`) and the grouping of figures
// into small comparisons for a chart.
import type { Figure, Province, Topic } from '../content/schema.ts';
import { queryString, readParam, SlugParam, TopicParam } from './query.ts';

export interface FiguresQuery {
  topic: Topic | undefined;
  province: string | undefined;
}

/** Parse the query; a province id not among `provinces` is ignored. */
export function parseFiguresQuery(query: Record<string, string | undefined>, provinces: readonly Province[]): FiguresQuery {
  const province = readParam(SlugParam, query['tinh']);
  return {
    topic: readParam(TopicParam, query['chu-de']),
    province: province && provinces.some((p) => p.id === province) ? province : undefined,
  };
}

export const figuresHref = (q: FiguresQuery): string => '/so-lieu/' + queryString({ 'chu-de': q.topic, tinh: q.province });

export function filterFigures(figures: readonly Figure[], q: FiguresQuery): Figure[] {
  return figures.filter((f) => (!q.topic || f.topics.includes(q.topic)) && (!q.province || f.province === q.province));
}

/** The provinces that have figures, for the place filter. */
export function figureProvinces(figures: readonly Figure[], provinces: readonly Province[]): Province[] {
  const used = new Set(figures.map((f) => f.province).filter((p) => p !== null));
  return provinces.filter((p) => used.has(p.id)).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export interface FigureGroup {
  id: string;
  unit: string;
  figures: Figure[];
}

/**
 * Figures that share a `group` and a unit, two or more of them: a comparison worth a bar chart.
 * A group mixing units is not drawn (bars of people against bars of cases would mislead).
 */
export function chartGroups(figures: readonly Figure[]): FigureGroup[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) if (f.group) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
  const out: FigureGroup[] = [];
  for (const [id, list] of groups) {
    const unit = list[0]!.unit;
    if (list.length >= 2 && list.every((f) => f.unit === unit)) out.push({ id, unit, figures: list });
  }
  return out;
}

/** Topic filter URLs are built by each list; this only validates a topic for reuse. */
export const readTopic = (value: string | undefined): Topic | undefined => readParam(TopicParam, value);
