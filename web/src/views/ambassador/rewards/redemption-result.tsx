import { useEffect, useRef } from 'preact/hooks';
import type { Redemption } from '../../../api/rewards.ts';
import { t, tx } from '../../../i18n/i18n.ts';
import { CopyButton } from '../../../ui/copy-button.tsx';
import { Button } from '../../../ui/kit.tsx';

/** What a redemption that went through gave: the code at once, or the request that waits. */
export function RedemptionResult({ redemption, onClose }: { redemption: Redemption; onClose: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  // The confirm button that sent it is gone: the keyboard and screen readers land on the answer.
  useEffect(() => box.current?.focus(), []);
  const code = redemption.status === 'fulfilled' ? redemption.code : undefined;
  return (
    <div class="notice success r-redeem stack" role="status" tabIndex={-1} ref={box}>
      {code ? (
        <>
          <p>{tx('ambassadorHome.result.code', { strong: (words) => <strong>{words}</strong> })}</p>
          <p class="actions">
            <code class="r-code">{code}</code>
            <CopyButton text={code} label={t('ambassadorHome.result.copyCode')} />
          </p>
          <p class="small">{t('ambassadorHome.result.codeStays')}</p>
        </>
      ) : redemption.status === 'fulfilled' ? (
        <p>
          {tx('ambassadorHome.result.spent', {
            points: redemption.costPoints,
            strong: (words) => <strong>{words}</strong>,
          })}
        </p>
      ) : (
        <p>{tx('ambassadorHome.result.requested', { strong: (words) => <strong>{words}</strong> })}</p>
      )}
      <div class="actions">
        <Button variant="secondary" onClick={onClose}>
          {t('ambassadorHome.result.done')}
        </Button>
      </div>
    </div>
  );
}
