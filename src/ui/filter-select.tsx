// A labelled select that filters the screen as soon as it changes: the new filter goes into the URL
// (so the view can be shared) and the page stays where it is, focus on the select.
export interface FilterOption {
  value: string;
  label: string;
}

export function FilterSelect(props: { id: string; label: string; value: string; options: readonly FilterOption[]; onChange: (value: string) => void }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
