import { CopyButton } from '../../../ui/copy-button.tsx';

/** A block of text to copy: a command, a URL. */
export function CopyBlock({ label, text, copyLabel }: { label: string; text: string; copyLabel: string }) {
  return (
    <div class="copy-block">
      <div class="row">
        <span class="copy-label">{label}</span>
        <CopyButton text={text} label={copyLabel} />
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <pre tabIndex={0}>
        <code>{text}</code>
      </pre>
    </div>
  );
}
