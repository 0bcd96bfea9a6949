/**
 * Renders its children in a task of their own, after what comes before them has been painted.
 * A page whose lower part is heavy (core's answers for every command, react-aria forms) shows
 * its heading and lead at once, and the main thread is free for input between the two renders.
 * Until then an empty block holds the place, so the footer does not jump up and down.
 */
import { startTransition, useEffect, useState, type ReactNode } from 'react';

export function AfterPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setReady(true)), 0);
    return () => clearTimeout(timer);
  }, []);
  return ready ? children : <AfterPaintPlaceholder />;
}

/** The empty block that holds the place (also a fallback while the part's code loads). */
export function AfterPaintPlaceholder() {
  return <div className="sv-demo-after-paint" data-state="pending" />;
}
