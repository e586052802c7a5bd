// A row of filter links ("Tất cả", "Ma túy", …): each is a real link to a URL, so a filtered view can
// be shared, and the current one is marked for screen readers with aria-current.
export interface Chip {
  href: string;
  label: string;
  current: boolean;
}

export function Chips({ label, chips }: { label: string; chips: readonly Chip[] }) {
  return (
    <nav class="chips" aria-label={label}>
      <ul>
        {chips.map((c) => (
          <li key={c.href}>
            <a href={c.href} aria-current={c.current ? 'true' : undefined}>
              {c.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
