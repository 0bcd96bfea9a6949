/**
 * A wide table on a narrow screen scrolls sideways inside its own region (data tables are the
 * reflow exception of WCAG 1.4.10); the region is focusable and named, so it can be scrolled
 * by keyboard and a screen reader knows what it holds.
 */
import type { ReactNode } from 'react';

export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sv-demo-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
