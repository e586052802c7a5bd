// "Nguồn": where each claim on a page comes from.
import type { Fact } from '../content/schema.ts';

/** A source reference made readable: a link to the article paragraph, or a checked fact. */
export type ResolvedSource =
  | { kind: 'paragraph'; href: string; article: string; para: number }
  | { kind: 'fact'; title: string; checked: Fact['checked']; checkedAt: string[]; note?: string | undefined }
  | { kind: 'missing'; label: string };

const CHECKED: Record<'yes' | 'partly' | 'no', string> = {
  yes: 'đã kiểm chứng',
  partly: 'kiểm chứng một phần',
  no: 'chưa kiểm chứng',
};

export function SourceList({ sources, headingLevel = 2, collapsed = false }: { sources: readonly ResolvedSource[]; headingLevel?: 2 | 3; collapsed?: boolean }) {
  if (!sources.length) return null;
  const list = (
    <ul>
      {sources.map((s, i) => (
        <li key={i}>
          <SourceItem source={s} />
        </li>
      ))}
    </ul>
  );
  // Where sources would crowd out guidance meant for quick reading, they fold away (still one tap).
  if (collapsed)
    return (
      <details class="sources more-filters">
        <summary>Nguồn ({sources.length})</summary>
        {list}
      </details>
    );
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="sources">
      <Heading>Nguồn</Heading>
      {list}
    </section>
  );
}

function SourceItem({ source: s }: { source: ResolvedSource }) {
  if (s.kind === 'paragraph')
    return (
      <a href={s.href}>
        {s.article}, đoạn {s.para}
      </a>
    );
  if (s.kind === 'missing') return <>{s.label}</>;
  return (
    <>
      {s.title}
      {' — '}
      {CHECKED[s.checked]}
      {s.checkedAt.length ? ` tại ${s.checkedAt.join(', ')}` : ''}
      {s.note ? `. ${s.note}` : ''}
    </>
  );
}
