import type { ComponentChildren } from 'preact';

/** A checkbox with its label after it, the whole line to click. */
export function CheckBox({
  checked,
  onChecked,
  children,
}: {
  checked: boolean;
  onChecked: (checked: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChecked((e.target as HTMLInputElement).checked)}
      />
      <span>{children}</span>
    </label>
  );
}
