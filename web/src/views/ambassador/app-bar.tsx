import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import type { Tab } from '../../program-context.ts';
import { programPath } from '../../program-context.ts';
import { Link } from '../../router.tsx';

/** The destinations on the phone's bottom bar; every other tab is one tap away under "More". */
export const BAR_TABS = ['home', 'challenges', 'posts', 'rewards'] as const;

/**
 * The ambassador's navigation on a phone: a bottom bar with four destinations and "More", which
 * opens the rest in place. Wider screens show the shell's tab row instead (CSS decides which).
 */
export function AppBar({
  programId,
  label,
  tabs,
  current,
}: {
  programId: string;
  label: string;
  tabs: Tab[];
  current: string | undefined;
}) {
  const [open, setOpen] = useState(false);
  const moreRef = useRef<HTMLButtonElement>(null);
  const sheetRef = useRef<HTMLUListElement>(null);
  const onBar = tabs.filter((tab) => (BAR_TABS as readonly string[]).includes(tab.id));
  const inMore = tabs.filter((tab) => !onBar.includes(tab));
  const moreCurrent = inMore.some((tab) => tab.id === current);

  // Opened, the keyboard goes into the sheet; a new page closes it.
  useEffect(() => {
    if (open) sheetRef.current?.querySelector<HTMLElement>('a')?.focus();
  }, [open]);
  useEffect(() => setOpen(false), [current]);
  const close = () => {
    setOpen(false);
    moreRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  return (
    <nav class="app-bar" aria-label={label} onKeyDown={onKeyDown}>
      {open ? (
        <ul class="more-sheet" id="more-sheet" ref={sheetRef}>
          {inMore.map((tab) => (
            <Destination key={tab.id} programId={programId} tab={tab} current={current} />
          ))}
        </ul>
      ) : null}
      <ul class="app-bar-items">
        {onBar.map((tab) => (
          <Destination key={tab.id} programId={programId} tab={tab} current={current} />
        ))}
        {inMore.length ? (
          <li>
            <button
              type="button"
              ref={moreRef}
              class={moreCurrent ? 'current' : undefined}
              aria-expanded={open}
              aria-controls="more-sheet"
              aria-current={moreCurrent ? 'true' : undefined}
              onClick={() => (open ? close() : setOpen(true))}
            >
              <Icon id="more" />
              <span>{t('ambassadorPosts.appBar.more')}</span>
            </button>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** One destination, on the bar or in the More sheet: its icon and its label, marked when current. */
function Destination({
  programId,
  tab,
  current,
}: {
  programId: string;
  tab: Tab;
  current: string | undefined;
}) {
  return (
    <li>
      <Link href={programPath(programId, tab.id)} aria-current={tab.id === current ? 'page' : undefined}>
        <Icon id={tab.id} />
        <span>{tab.label}</span>
      </Link>
    </li>
  );
}

/** 24 px line icons, drawn in the text colour; decoration only (every item has its label). */
const PATHS: Record<string, JSX.Element> = {
  home: <path d="M3 11 12 4l9 7M5 10v10h5v-6h4v6h5V10" />,
  challenges: <path d="M6 21V4M6 4h11l-2 4 2 4H6" />,
  posts: (
    <>
      <rect x="4" y="4" width="16" height="16" rx="2" />
      <path d="m4 16 5-5 4 4 2-2 5 5" />
    </>
  ),
  rewards: (
    <>
      <rect x="3" y="8" width="18" height="13" rx="1" />
      <path d="M12 8v13M3 12h18M12 8c-2-4-6-4-6-1s6 1 6 1c2-4 6-4 6-1s-6 1-6 1" />
    </>
  ),
  earnings: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M15 9c-.5-1-1.6-1.5-3-1.5-1.9 0-3 .9-3 2.2 0 3 6 1.6 6 4.6 0 1.3-1.2 2.2-3 2.2-1.5 0-2.6-.6-3-1.6M12 6v1.5m0 9V18" />
    </>
  ),
  leaderboard: <path d="M4 20V12h4v8M10 20V6h4v14M16 20v-5h4v5M3 20h18" />,
  gallery: (
    <>
      <rect x="3" y="3" width="8" height="8" rx="1" />
      <rect x="13" y="3" width="8" height="8" rx="1" />
      <rect x="3" y="13" width="8" height="8" rx="1" />
      <rect x="13" y="13" width="8" height="8" rx="1" />
    </>
  ),
  notifications: <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4l2-2M10 20a2 2 0 0 0 4 0" />,
  more: (
    <>
      <circle cx="5" cy="12" r="1.5" />
      <circle cx="12" cy="12" r="1.5" />
      <circle cx="19" cy="12" r="1.5" />
    </>
  ),
};

function Icon({ id }: { id: string }) {
  return (
    <svg
      class="app-bar-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {PATHS[id] ?? PATHS.more}
    </svg>
  );
}
