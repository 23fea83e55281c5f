import type { AnchorHTMLAttributes, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const CHANGE = 'embassy:navigate';

/** Moves to a path inside the dashboard without a page load. */
export function navigate(to: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  dispatchEvent(new Event(CHANGE));
  if (!replace) window.scrollTo(0, 0);
}

/** The current location (path and query), re-rendering on every navigation. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((tick) => tick + 1);
    addEventListener('popstate', update);
    addEventListener(CHANGE, update);
    return () => {
      removeEventListener('popstate', update);
      removeEventListener(CHANGE, update);
    };
  }, []);
  return { path: location.pathname, query: new URLSearchParams(location.search) };
}

/** An anchor that navigates in-app on a plain left click, and behaves as a link otherwise. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }): JSX.Element {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    navigate(props.href);
  };
  return <a {...props} href={props.href} onClick={onClick} />;
}
