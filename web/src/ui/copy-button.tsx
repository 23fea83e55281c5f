import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { Button } from './kit.tsx';

/** Copies text to the clipboard and says so. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
    setTimeout(() => setCopied(undefined), 2000);
  };
  return (
    <Button variant="secondary" onClick={copy} aria-live="polite">
      {copied === 'yes'
        ? t('ui.copy.copied')
        : copied === 'no'
          ? t('ui.copy.selectAndCopy')
          : (label ?? t('ui.copy.copy'))}
    </Button>
  );
}
