/** "← Chiến dịch": the way up from a detail page to its list. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p class="back">
      <a href={href}>
        <span aria-hidden="true">{'←\u00a0'}</span>
        {label}
      </a>
    </p>
  );
}
