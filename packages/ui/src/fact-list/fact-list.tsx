/**
 * FactList — the facts a reader looks for first (when, where, who), as terms and values: two
 * or three columns where there is room, one where there is not.
 */
import type { ReactNode } from 'react';

export interface Fact {
  /** What the fact is, e.g. «Tid». */
  term: string;
  /** The fact itself. */
  value: ReactNode;
}

export interface FactListProps {
  facts: readonly Fact[];
}

export function FactList({ facts }: FactListProps) {
  return (
    <dl className="sv-facts">
      {facts.map((fact) => (
        <div key={fact.term} className="sv-facts__item">
          <dt className="sv-facts__term">{fact.term}</dt>
          <dd className="sv-facts__value">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
