// A small bar chart for figures that compare (same group, same unit). Each row is its label, a bar
// drawn in SVG (attributes, not style props: the CSP forbids inline styles) and the number in text,
// so the rows reflow at any text size and nothing depends on seeing the bars.
import { formatFigureValue } from './figure-format.ts';

export interface Bar {
  label: string;
  value: number;
  qualifier: 'exact' | 'over';
}

export function BarChart({ title, unit, bars }: { title: string; unit: string; bars: readonly Bar[] }) {
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  return (
    <figure class="bar-chart">
      <figcaption>{title}</figcaption>
      <ul>
        {bars.map((b, i) => (
          <li key={i}>
            <span class="bar-chart__label">{b.label}</span>
            <span class="bar-chart__bar">
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect x="0" y="0" width={Math.max(0.5, (b.value / max) * 100)} height="10" />
              </svg>
              <span class="bar-chart__value">
                {formatFigureValue(b)}
                {unit === '%' ? '%' : ` ${unit}`}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
