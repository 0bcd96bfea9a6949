/**
 * MandateReview — a mandate on its way to approval: the review round (which named bodies
 * have reviewed, which are still out), the version an approval will make, the commissioner's
 * approval as an action whose availability and reason come from core, and the SHA-256
 * fingerprint of every approved version.
 */
import type { Locale } from '@samverkan/core';
import type { MandateVersionHistory } from '@samverkan/core/runtime';
import { useId } from 'react';
import { ActionButton, type ActionDescriptor } from '../button/action-button.js';
import { useLocale } from '../i18n/locale.js';
import { Fingerprint } from '../fingerprint/fingerprint.js';
import { StatusTag } from '../status-tag/status-tag.js';

export interface MandateReviewProps {
  /** Core's `mandateVersionHistory` (its `openReview`, `state`, `version`). */
  history: MandateVersionHistory;
  /**
   * May the person approve now (`actions.approveMandate`); no button when omitted — a page that
   * offers approval as its next step with a confirmation (`MandateWorkspace`) leaves it out.
   */
  approveAction?: ActionDescriptor;
  onApprove?: () => void;
  locale?: Locale;
}

const text = {
  heading: { sv: 'Granskning och fastställande', en: 'Review and approval' },
  state: { sv: 'Läge', en: 'State' },
  version: { sv: 'version', en: 'version' },
  round: { sv: 'Granskningsrunda', en: 'Review round' },
  ofVersion: { sv: 'av version', en: 'of version' },
  reviewed: { sv: 'Granskat', en: 'Reviewed' },
  pending: { sv: 'Väntar på granskning', en: 'Awaiting review' },
  noRound: { sv: 'Ingen granskningsrunda pågår.', en: 'No review round is open.' },
  allReviewed: { sv: 'Alla har granskat. Uppdragsgivaren kan fastställa.', en: 'Every body has reviewed. The commissioner may approve.' },
  approved: { sv: 'Fastställda versioner', en: 'Approved versions' },
  fingerprints: { sv: 'Fingeravtryck för fastställda versioner', en: 'Fingerprints of approved versions' },
} as const;

export function MandateReview({ history, approveAction, onApprove, locale: localeProp }: MandateReviewProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const round = history.openReview;
  const pending = new Set(round?.pending.map((b) => b.id) ?? []);
  /** Each approved version with the fingerprint the lifecycle recorded for it. */
  const approvals = history.rows.filter((r) => r.firstOfVersion && r.approval);
  return (
    <section className="sv-mandate-review" aria-labelledby={`${id}-heading`} data-state={history.state ?? undefined}>
      <h2 className="sv-heading" id={`${id}-heading`}>
        {text.heading[locale]}: {history.title}
      </h2>
      <p className="sv-mandate-review__state">
        {text.state[locale]}: <StatusTag tone={history.state === 'closed' ? 'neutral' : 'info'}>{history.stateLabel?.[locale] ?? history.state}</StatusTag> · {text.version[locale]} {history.version}
      </p>
      {round ? (
        <>
          <h3 className="sv-subheading">
            {text.round[locale]} {round.number} {text.ofVersion[locale]} {round.version}
          </h3>
          <ul className="sv-mandate-review__bodies">
            {round.reviewers.map((body) => {
              const done = !pending.has(body.id);
              return (
                <li key={body.id} className="sv-mandate-review__body" data-reviewed={done}>
                  <span className="sv-mandate-review__body-name">{body.name}</span>
                  <StatusTag tone={done ? 'success' : 'warning'}>{done ? text.reviewed[locale] : text.pending[locale]}</StatusTag>
                </li>
              );
            })}
          </ul>
          {round.pending.length === 0 ? (
            <p className="sv-notice" data-variant="success">
              {text.allReviewed[locale]}
            </p>
          ) : null}
        </>
      ) : (
        <p className="sv-description">{text.noRound[locale]}</p>
      )}
      {history.approvedVersions.length > 0 ? (
        <p className="sv-mandate-review__approved">
          {text.approved[locale]}: {history.approvedVersions.join(', ')}
        </p>
      ) : null}
      {approvals.length > 0 ? (
        <ul className="sv-mandate-review__fingerprints" aria-label={text.fingerprints[locale]}>
          {approvals.map((row) => (
            <li key={row.version} className="sv-mandate-review__fingerprint">
              <Fingerprint value={row.approval!.hash} version={row.version} locale={locale} />
            </li>
          ))}
        </ul>
      ) : null}
      {approveAction ? (
        <div className="sv-mandate-review__actions">
          <ActionButton action={approveAction} onAction={() => onApprove?.()} />
        </div>
      ) : null}
    </section>
  );
}
