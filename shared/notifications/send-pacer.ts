/**
 * Spaces sends so they stay under a rate: each send waits its turn, one interval after the
 * previous one. Used per notifier container, at the SES account's MaxSendRate divided by how
 * many containers may send at once (see mail-transport.ts). The clock and the wait are given,
 * so a test runs it without sleeping.
 */
export class SendPacer {
  private next = 0;

  constructor(
    private readonly perSecond: number,
    private readonly clock: { now(): number; sleep(ms: number): Promise<void> } = {
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    },
  ) {}

  /** The gap between two sends, in milliseconds (none when the rate is not positive). */
  get intervalMs(): number {
    return this.perSecond > 0 ? 1000 / this.perSecond : 0;
  }

  /** Resolves when the next send may go. */
  async turn(): Promise<void> {
    const now = this.clock.now();
    const at = Math.max(now, this.next);
    this.next = at + this.intervalMs;
    if (at > now) await this.clock.sleep(at - now);
  }
}
