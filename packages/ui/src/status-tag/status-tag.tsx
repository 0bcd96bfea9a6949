/**
 * StatusTag — where something stands, in two or three words («Publicerat», «Väntar på
 * rapport», «Försenad 20 dagar»), with a dot in the tone's colour. The words carry the meaning;
 * the colour only repeats it. A sentence belongs in a notice, not in a tag.
 */
import type { ReactNode } from 'react';

/** The tone of a status: `neutral` (default), `info`, `success`, `warning` or `danger`. */
export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface StatusTagProps {
  /** The status in a few words. */
  children: ReactNode;
  /** Its tone; `neutral` when omitted. */
  tone?: StatusTone;
}

export function StatusTag({ children, tone = 'neutral' }: StatusTagProps) {
  return (
    <span className="sv-badge" data-tone={tone === 'neutral' ? undefined : tone}>
      {children}
    </span>
  );
}
