import { useEffect, useRef } from 'preact/hooks';
import type { Redemption } from '../../../api/rewards.ts';
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
          <p>
            <strong>Redeemed.</strong> Your code:
          </p>
          <p class="actions">
            <code class="r-code">{code}</code>
            <CopyButton text={code} label="Copy code" />
          </p>
          <p class="small">It stays under “Your redemptions” below.</p>
        </>
      ) : redemption.status === 'fulfilled' ? (
        <p>
          <strong>Redeemed.</strong> {redemption.costPoints.toLocaleString()} points spent.
        </p>
      ) : (
        <p>
          <strong>Requested.</strong> The team looks at it soon and you are notified. While it waits you can
          cancel it under “Your redemptions”, and the points come back.
        </p>
      )}
      <div class="actions">
        <Button variant="secondary" onClick={onClose}>
          Done
        </Button>
      </div>
    </div>
  );
}
