/**
 * PrintDocument — the frame every printed document shares: who it is from (the network), what
 * kind of document it is, its title and the facts under the title, then the document. The kit's
 * print stylesheet (`print.css`) gives it an A4 page and, when it is printed, hides everything
 * on the page around it — the app's navigation, person switcher and buttons — so printing a
 * page that shows one gives only the document.
 */
import type { ReactNode } from 'react';
import { useId } from 'react';

export interface PrintDocumentProps {
  /** Which document, e.g. `notice`, `minutes` (`data-document`, for styling). */
  document: string;
  /** The network it is from, printed above the title. */
  network: string;
  /** The kind of document: "Kallelse", "Minnesanteckningar". */
  kind: string;
  title: string;
  /** Facts under the title (time, place, version…), as term–value pairs. */
  facts?: ReadonlyArray<readonly [term: string, value: ReactNode]>;
  /** Shown under the facts: a draft marker, a fingerprint. */
  status?: ReactNode;
  children?: ReactNode;
}

export function PrintDocument({ document, network, kind, title, facts = [], status, children }: PrintDocumentProps) {
  const id = useId();
  return (
    <article className="sv-print" data-document={document} aria-labelledby={`${id}-title`}>
      <header className="sv-print__header">
        <p className="sv-print__eyebrow">
          {network} · {kind}
        </p>
        <h1 className="sv-print__title" id={`${id}-title`}>
          {title}
        </h1>
        {facts.length > 0 ? (
          <dl className="sv-print__facts">
            {facts.map(([term, value]) => (
              <div key={term} className="sv-print__fact">
                <dt className="sv-print__term">{term}</dt>
                <dd className="sv-print__value">{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {status}
      </header>
      {children}
    </article>
  );
}
