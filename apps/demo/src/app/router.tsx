/**
 * A tiny history router: every page has a real URL (Vite and `vite preview` serve index.html
 * for every path), links are real anchors, and a click on one moves without reloading. After a
 * move the page heading takes focus (see PageHeading), so a screen reader hears where it is.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const listeners = new Set<() => void>();
/** Counts moves inside the app; 0 means the page was loaded here (focus then stays put). */
let navigations = 0;

function notify() {
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    navigations += 1;
    notify();
  });
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  navigations += 1;
  window.scrollTo(0, 0);
  notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const currentPath = () => `${window.location.pathname}${window.location.search}`;

/** The current path with its query, e.g. `/fyrbodal/audit?stream=…`. */
export function useLocation(): { pathname: string; search: URLSearchParams; key: string } {
  const path = useSyncExternalStore(subscribe, currentPath, () => '/');
  const [pathname = '/', query = ''] = path.split('?');
  return { pathname, search: new URLSearchParams(query), key: path };
}

/** Whether the app has moved since the page loaded. */
export function hasNavigated(): boolean {
  return navigations > 0;
}

export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** A real link that moves inside the app on a plain click. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
