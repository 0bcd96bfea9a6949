/**
 * Överenskommelsen — each party decides for itself, and the agreement comes into force when
 * all have adopted it. The table is core's `agreementRatification`; the form records one
 * party's decision, offering the parties core says the visitor may record (`partyActions`).
 */
import { PartyDecisionKind, partyDecisionKindLabels, swedishDate } from '@samverkan/core';
import { useAgreement, useCommand, useSamverkan } from '@samverkan/react';
import { AgreementRatification, ErrorSummary, errorFor, formErrors, type FormError } from '@samverkan/ui';
import { useState } from 'react';
import { Button, FieldError, Form, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import { useDemo } from '../app/demo-context.js';
import { useDispatchWithFeedback } from '../app/dispatch-with-feedback.js';
import { Link } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { PageHeading } from '../shell/page-heading.js';
import { Section } from '../shell/section.js';

const text = {
  notFound: { sv: 'Överenskommelsen finns inte i exemplet', en: 'No such agreement in the sample' },
  back: { sv: 'Alla överenskommelser', en: 'All agreements' },
  status: { sv: 'Läge', en: 'Status' },
  record: { sv: 'Registrera en parts beslut', en: 'Record a party’s decision' },
  party: { sv: 'Part', en: 'Party' },
  noParty: { sv: 'Du kan inte registrera beslut för någon part:', en: 'You cannot record a decision for any party:' },
  decision: { sv: 'Beslut', en: 'Decision' },
  body: { sv: 'Beslutande organ', en: 'Deciding body' },
  reference: { sv: 'Paragraf eller diarienummer (frivilligt)', en: 'Paragraph or diary number (optional)' },
  audit: { sv: 'Händelselogg för överenskommelsen', en: 'Audit trail of the agreement' },
} as const;

export default function AgreementPage({ agreementId }: { agreementId: string }) {
  const { locale, now } = useSamverkan();
  const { sampleId, info } = useDemo();
  const { agreement, ratification, partyActions, statusLabel, actions, view } = useAgreement(agreementId);
  const { pending } = useCommand();
  const { dispatch } = useDispatchWithFeedback();
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const allowedParties = (agreement?.parties ?? []).filter((p) => partyActions[p.organisationId]?.allowed);
  const [party, setParty] = useState('');
  const [decision, setDecision] = useState<PartyDecisionKind>('adopted');
  const [body, setBody] = useState('');
  const [reference, setReference] = useState('');
  if (!agreement || !ratification) {
    return (
      <>
        <PageHeading title={text.notFound[locale]} context={info.name[locale]} />
        <Link href={pathOf(sampleId, 'agreements')}>{text.back[locale]}</Link>
      </>
    );
  }
  const organisationId = allowedParties.some((p) => p.organisationId === party) ? party : (allowedParties[0]?.organisationId ?? '');
  const command = {
    type: 'recordPartyDecision' as const,
    agreementId,
    organisationId,
    decision,
    decidedAt: swedishDate(now),
    decidingBody: body.trim(),
    ...(reference.trim() ? { reference: reference.trim() } : {}),
  };
  const submit = async () => {
    const result = await dispatch(command);
    setErrors(result.ok ? [] : formErrors('recordPartyDecision', result, locale));
  };
  const ids = { organisationId: 'party', decidingBody: 'deciding-body', reference: 'reference' };
  return (
    <>
      <PageHeading title={agreement.title} context={info.name[locale]} />
      <p className="sv-demo-lead">
        <Link href={pathOf(sampleId, 'agreements')}>{text.back[locale]}</Link> · {text.status[locale]}: {statusLabel} ·{' '}
        <Link href={`${pathOf(sampleId, 'audit')}?stream=${encodeURIComponent(view?.stream ?? '')}`}>{text.audit[locale]}</Link>
      </p>
      <AgreementRatification ratification={ratification} />
      <Section title={text.record[locale]}>
        {allowedParties.length === 0 ? (
          <p className="sv-description">
            {text.noParty[locale]} {actions.recordPartyDecision.reasonText}
          </p>
        ) : (
          <Form
            className="sv-demo-form"
            validationBehavior="aria"
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <ErrorSummary errors={errors} fieldIds={ids} headingLevel={3} />
            <div className="sv-field">
              <label className="sv-label" htmlFor="party">
                {text.party[locale]}
              </label>
              <select id="party" className="sv-input sv-demo-select" value={organisationId} onChange={(e) => setParty(e.target.value)}>
                {allowedParties.map((p) => (
                  <option key={p.organisationId} value={p.organisationId}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <RadioGroup className="sv-field" value={decision} onChange={(v) => setDecision(PartyDecisionKind.parse(v))} orientation="horizontal">
              <Label className="sv-label">{text.decision[locale]}</Label>
              {PartyDecisionKind.options.map((k) => (
                <Radio key={k} value={k} className="sv-radio">
                  {partyDecisionKindLabels[k][locale]}
                </Radio>
              ))}
            </RadioGroup>
            <TextField className="sv-field" id={ids.decidingBody} value={body} onChange={setBody} isInvalid={errorFor(errors, 'decidingBody') !== undefined}>
              <Label className="sv-label">{text.body[locale]}</Label>
              <Input className="sv-input" />
              <FieldError className="sv-field-error">{errorFor(errors, 'decidingBody')?.message}</FieldError>
            </TextField>
            <TextField className="sv-field" id={ids.reference} value={reference} onChange={setReference} isInvalid={errorFor(errors, 'reference') !== undefined}>
              <Label className="sv-label">{text.reference[locale]}</Label>
              <Input className="sv-input" />
              <FieldError className="sv-field-error">{errorFor(errors, 'reference')?.message}</FieldError>
            </TextField>
            <div className="sv-button-group">
              <Button type="submit" className="sv-button" isDisabled={pending}>
                {actions.recordPartyDecision.label}
              </Button>
            </div>
          </Form>
        )}
      </Section>
    </>
  );
}
