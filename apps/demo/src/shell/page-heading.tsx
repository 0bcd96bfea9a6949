/**
 * The page's one h1: it names the page in the tab's title too, and takes focus after a move
 * inside the app, so keyboard and screen-reader users start at the new page's top.
 */
import { useEffect, useRef } from 'react';
import { hasNavigated } from '../app/router.js';

export function PageHeading({ title, context }: { title: string; context?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = [title, context, 'Samverkan demo'].filter(Boolean).join(' – ');
  }, [title, context]);
  useEffect(() => {
    if (hasNavigated()) ref.current?.focus();
  }, []);
  return (
    <h1 className="sv-demo-title" tabIndex={-1} ref={ref}>
      {title}
    </h1>
  );
}
