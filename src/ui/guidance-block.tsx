// One piece of guidance: paragraphs, the steps as a list, and its call links as large buttons.
import type { Guidance } from '../content/schema.ts';

export function GuidanceBlock({ guidance, level = 2 }: { guidance: Guidance; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`g-${guidance.id}`} id={guidance.id} class="guidance">
      <Heading id={`g-${guidance.id}`}>{guidance.title}</Heading>
      {guidance.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {guidance.steps?.length ? (
        <ul class="bullets">
          {guidance.steps.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      ) : null}
      {guidance.links?.length ? (
        <p class="button-row">
          {guidance.links.map((l) => (
            <a key={l.href} class="button" href={l.href} rel={l.href.startsWith('http') ? 'noopener noreferrer' : undefined}>
              {l.label}
            </a>
          ))}
        </p>
      ) : null}
    </section>
  );
}
