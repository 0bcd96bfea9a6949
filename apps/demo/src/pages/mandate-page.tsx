/**
 * Uppdragsbeskrivningen — the mandate as the document it is, with its version history, the
 * review round (who has reviewed, who is still out) and the commissioner's approval. Each
 * action is core's answer for the visitor (`useMandate`); reviewing asks core for which of
 * the pending bodies the visitor may speak.
 */
import { mandateSectionLabels } from '@samverkan/core';
import { useCommand, useMandate, useSamverkan } from '@samverkan/react';
import { ActionButton, MandateDocument, MandateReview } from '@samverkan/ui';
import { useState } from 'react';
import { Label, TextArea, TextField } from 'react-aria-components';
import { describe } from '../app/actions.js';
import { useDemo } from '../app/demo-context.js';
import { useDispatchWithFeedback } from '../app/dispatch-with-feedback.js';
import { Link } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { RecordDamageNotice } from '../shell/damage-notice.js';
import { PageHeading } from '../shell/page-heading.js';
import { Section } from '../shell/section.js';

const text = {
  notFound: { sv: 'Uppdraget finns inte i exemplet', en: 'No such mandate in the sample' },
  back: { sv: 'Alla uppdrag', en: 'All mandates' },
  actions: { sv: 'Fler åtgärder', en: 'More actions' },
  reason: { sv: 'Skäl (krävs för att avslå en ändring eller avbryta uppdraget)', en: 'Reason (needed to reject an amendment or end the mandate)' },
  review: { sv: 'Granska för', en: 'Review for' },
  audit: { sv: 'Händelselogg för uppdraget', en: 'Audit trail of the mandate' },
  amend: { sv: 'Föreslå en ändring', en: 'Propose an amendment' },
  amendIntro: {
    sv: 'En ändring av texten kräver uppdragsgivarens fastställande; den får då nästa version.',
    en: 'A change of the text needs the commissioner’s approval; it then gets the next version.',
  },
  section: { sv: 'Avsnitt', en: 'Section' },
  newText: { sv: 'Ny text (Markdown)', en: 'New text (Markdown)' },
  why: { sv: 'Förändringsorsak', en: 'Reason for the change' },
} as const;

/** The text sections a visitor can rewrite in the demo (the others are structured data). */
const textSections = ['purpose', 'background', 'summary'] as const;
type TextSection = (typeof textSections)[number];

const plain = ['approveAmendment', 'concludeMandate', 'closeMandate'] as const;
const withReason = ['rejectAmendment', 'endMandate'] as const;

export default function MandatePage({ mandateId }: { mandateId: string }) {
  const { locale } = useSamverkan();
  const { sampleId, info } = useDemo();
  const { mandate, history, actions, view } = useMandate(mandateId);
  const { can } = useCommand();
  const { dispatch } = useDispatchWithFeedback();
  const [reason, setReason] = useState('');
  const [section, setSection] = useState<TextSection>('purpose');
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [why, setWhy] = useState('');
  if (!mandate || !history) {
    return (
      <>
        <PageHeading title={text.notFound[locale]} context={info.name[locale]} />
        <Link href={pathOf(sampleId, 'mandates')}>{text.back[locale]}</Link>
      </>
    );
  }
  const target = { mandateId };
  const pending = history.openReview?.pending ?? [];
  const reviews = pending.map((body) => ({
    body,
    action: describe('reviewMandate', `${text.review[locale]} ${body.name}`, can({ type: 'reviewMandate', ...target, body: body.id, outcome: 'endorsed' }), locale),
  }));
  const trimmed = reason.trim();
  const change = (draft ?? mandate[section] ?? '').trim();
  const amendment = { type: 'amendMandate' as const, ...target, section, change, ...(why.trim() ? { reason: why.trim() } : {}) };
  const amendAction = describe('amendMandate', actions.amendMandate.label, can(amendment), locale);
  return (
    <>
      <PageHeading title={mandate.title} context={info.name[locale]} />
      <p className="sv-demo-lead">
        <Link href={`${pathOf(sampleId, 'audit')}?stream=${encodeURIComponent(view?.stream ?? '')}`}>{text.audit[locale]}</Link>
      </p>
      {view ? <RecordDamageNotice stream={view.stream} /> : null}
      <MandateReview history={history} approveAction={actions.approveMandate} onApprove={() => void dispatch({ type: 'approveMandate', ...target })} />
      {reviews.length > 0 ? (
        <ul className="sv-demo-actions">
          {reviews.map(({ body, action }) => (
            <li key={body.id}>
              <ActionButton action={action} variant="secondary" onAction={() => void dispatch({ type: 'reviewMandate', ...target, body: body.id, outcome: 'endorsed' })} />
            </li>
          ))}
        </ul>
      ) : null}
      <Section title={text.actions[locale]}>
        <ul className="sv-demo-actions">
          {plain.map((type) => (
            <li key={type}>
              <ActionButton action={actions[type]} variant="secondary" onAction={() => void dispatch({ type, ...target })} />
            </li>
          ))}
        </ul>
        <TextField className="sv-field" value={reason} onChange={setReason}>
          <Label className="sv-label">{text.reason[locale]}</Label>
          <TextArea className="sv-input" data-multiline="" />
        </TextField>
        <ul className="sv-demo-actions">
          {withReason.map((type) => {
            const action = trimmed ? describe(type, actions[type].label, can({ type, ...target, reason: trimmed }), locale) : actions[type];
            return (
              <li key={type}>
                <ActionButton action={action} variant="secondary" onAction={() => void dispatch({ type, ...target, reason: trimmed })} />
              </li>
            );
          })}
        </ul>
      </Section>
      <Section title={text.amend[locale]}>
        <p className="sv-description">{text.amendIntro[locale]}</p>
        <form
          className="sv-demo-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (amendAction.allowed) void dispatch(amendment).then((r) => r.ok && (setDraft(undefined), setWhy('')));
          }}
        >
          <div className="sv-field">
            <label className="sv-label" htmlFor="mandate-section">
              {text.section[locale]}
            </label>
            <select
              id="mandate-section"
              className="sv-demo-select"
              value={section}
              onChange={(e) => {
                setSection(e.target.value as TextSection);
                setDraft(undefined);
              }}
            >
              {textSections.map((s) => (
                <option key={s} value={s}>
                  {mandateSectionLabels[s][locale]}
                </option>
              ))}
            </select>
          </div>
          <TextField className="sv-field" value={draft ?? mandate[section] ?? ''} onChange={setDraft}>
            <Label className="sv-label">{text.newText[locale]}</Label>
            <TextArea className="sv-input" data-multiline="" />
          </TextField>
          <TextField className="sv-field" value={why} onChange={setWhy}>
            <Label className="sv-label">{text.why[locale]}</Label>
            <TextArea className="sv-input" data-multiline="" />
          </TextField>
          <ActionButton action={amendAction} onAction={() => void dispatch(amendment).then((r) => r.ok && (setDraft(undefined), setWhy('')))} />
        </form>
      </Section>
      <MandateDocument mandate={mandate} history={history} />
    </>
  );
}
