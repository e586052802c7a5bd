// Call buttons for the emergency numbers: large, one tap, a tel: link each.
import type { Hotline } from '../content/schema.ts';
import { Icon } from './icons.tsx';

export function HotlineBar({ hotlines, title = 'Gọi khẩn cấp' }: { hotlines: readonly Hotline[]; title?: string }) {
  if (!hotlines.length) return null;
  return (
    <section class="hotline-bar" aria-labelledby="hotline-bar-title">
      <h2 id="hotline-bar-title">{title}</h2>
      <ul>
        {hotlines.map((h) => (
          <li key={h.id}>
            <a href={`tel:${h.number}`}>
              <Icon name="phone" />
              <span class="hotline-bar__number">{h.number}</span>
              <span class="hotline-bar__name">{h.name}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
