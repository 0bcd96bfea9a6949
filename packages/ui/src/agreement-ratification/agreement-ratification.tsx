/**
 * AgreementRatification — an agreement (överenskommelse) comes into force only when every
 * party has adopted it: each party's decision in the current referral round (which body,
 * when, reference), who is still outstanding, and whether it is in force.
 */
import type { Locale } from '@samverkan/core';
import type { AgreementRatification as Ratification } from '@samverkan/core/runtime';
import { useId } from 'react';
import { formatDate } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { ScrollRegion } from '../scroll-region/scroll-region.js';

export interface AgreementRatificationProps {
  /** Core's `agreementRatification` (or `useAgreement().ratification`). */
  ratification: Ratification;
  locale?: Locale;
}

const text = {
  party: { sv: 'Part', en: 'Party' },
  decision: { sv: 'Beslut', en: 'Decision' },
  date: { sv: 'Datum', en: 'Date' },
  body: { sv: 'Beslutande organ', en: 'Deciding body' },
  outstanding: { sv: 'Inväntar beslut', en: 'Awaiting decision' },
  adopted: { sv: 'har antagit', en: 'have adopted' },
  of: { sv: 'av', en: 'of' },
  round: { sv: 'Remissrunda', en: 'Referral round' },
  inForce: { sv: 'Gäller från', en: 'In force from' },
  parties: { sv: 'Parternas beslut', en: 'The parties’ decisions' },
} as const;

export function AgreementRatification({ ratification: r, locale: localeProp }: AgreementRatificationProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  return (
    <section className="sv-agreement-ratification" aria-labelledby={`${id}-heading`} data-status={r.status}>
      <h2 className="sv-heading" id={`${id}-heading`}>
        {r.title}
      </h2>
      <p className="sv-agreement-ratification__status">
        <span className="sv-badge" data-tone={r.allAdopted ? 'success' : 'info'}>
          {r.statusLabel[locale]}
        </span>{' '}
        {text.round[locale]} {r.round} · {r.adopted} {text.of[locale]} {r.parties.length} {text.adopted[locale]}
      </p>
      {r.inForceFrom ? (
        <p className="sv-notice" data-variant="success">
          {text.inForce[locale]} <time dateTime={r.inForceFrom}>{formatDate(r.inForceFrom, locale)}</time>
        </p>
      ) : null}
      <progress className="sv-agreement-ratification__progress" max={r.parties.length} value={r.adopted} aria-label={`${r.adopted} ${text.of[locale]} ${r.parties.length} ${text.adopted[locale]}`} />
      <ScrollRegion label={text.parties[locale]} locale={locale}>
        <table className="sv-table" aria-label={text.parties[locale]}>
          <thead>
<tr>
            <th scope="col" className="sv-table__column">
              {text.party[locale]}
            </th>
            <th scope="col" className="sv-table__column">{text.decision[locale]}</th>
            <th scope="col" className="sv-table__column">{text.date[locale]}</th>
            <th scope="col" className="sv-table__column">{text.body[locale]}</th>
          </tr>
</thead>
          <tbody>
{r.parties.map((p) => ({ ...p, id: p.organisationId })).map((party) => (
              <tr key={party.id} className="sv-table__row" data-decision={party.decision?.kind ?? 'outstanding'}>
                <th scope="row" className="sv-table__cell">{party.name}</th>
                <td className="sv-table__cell">
                  {party.decision ? (
                    <span className="sv-badge" data-tone={party.decision.kind === 'adopted' ? 'success' : 'danger'}>
                      {party.decision.label[locale]}
                    </span>
                  ) : (
                    <span className="sv-badge" data-tone="warning">
                      {text.outstanding[locale]}
                    </span>
                  )}
                </td>
                <td className="sv-table__cell">{party.decision ? <time dateTime={party.decision.decidedAt}>{formatDate(party.decision.decidedAt, locale, 'short')}</time> : '–'}</td>
                <td className="sv-table__cell">{party.decision?.decidingBody ?? '–'}</td>
              </tr>
            ))}
</tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
