/**
 * MandateWorkspace — a mandate's page below its title, wired: what the mandate is (where it
 * stands, the version in force, its period and commissioner), the person's one next step, the
 * document itself, then the review round and a form to propose an amendment for whoever may.
 * Public and irreversible steps (approve, approve or reject an amendment, extend, submit the final
 * report, close, end early) are confirmed in a dialog that says what happens, with the reasons
 * core asks for; core's refusal comes back into the dialog or the form, named in words. Like
 * MeetingWorkspace it takes its language from the `SamverkanProvider`.
 */
import { effectiveEnd } from '@samverkan/core';
import { mandateSectionLabels, type Locale } from '@samverkan/core/labels';
import { commandDoneLabels, fieldLabel, type CommandType } from '@samverkan/core/runtime';
import { useCommand, useMandate, useSamverkan, useSamverkanSelector, type CommandInput, type MandateActionType } from '@samverkan/react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button, FieldError, Form, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import type { ActionDescriptor } from '../button/action-button.js';
import { ConfirmDialog } from '../confirm-dialog/confirm-dialog.js';
import { ErrorSummary } from '../error-summary/error-summary.js';
import { errorFor, formErrors, type FormError } from '../error-summary/form-error.js';
import { FactList, type Fact } from '../fact-list/fact-list.js';
import { formatDate } from '../i18n/format.js';
import { LocaleProvider } from '../i18n/locale.js';
import { MandateDocument } from '../mandate-document/mandate-document.js';
import { MandateReview } from '../mandate-review/mandate-review.js';
import { NextStep } from '../next-step/next-step.js';
import { StatusTag } from '../status-tag/status-tag.js';

export interface MandateWorkspaceProps {
  /** The mandate's id, e.g. `fyrbodal:uppdrag-e-halsonatverket`. */
  mandateId: string;
  /** Called after core recorded a step (for an app's own log or notice). */
  onRecorded?: (types: readonly CommandType[]) => void;
  /** Shown with the next step, e.g. a link to the mandate's audit trail. */
  children?: ReactNode;
}

/** The text sections a person can rewrite here (the others are structured data). */
const textSections = ['purpose', 'background', 'summary'] as const;
type TextSection = (typeof textSections)[number];

/** The steps that ask first, and what each needs. */
type Step = 'approveMandate' | 'approveAmendment' | 'rejectAmendment' | 'extendMandate' | 'concludeMandate' | 'closeMandate' | 'endMandate';
const confirmed = new Set<string>(['approveMandate', 'approveAmendment', 'rejectAmendment', 'extendMandate', 'concludeMandate', 'closeMandate', 'endMandate']);
const isConfirmed = (type: string): type is Step => confirmed.has(type);
/** A confirmed step as its dialog fills it in: the command without the mandate it acts on. */
type StepInput = Step extends infer S ? (S extends Step ? Omit<Extract<CommandInput, { type: S }>, 'mandateId'> : never) : never;
/** What the stage offers: the mandate's commands, and one review per body that has not answered (`reviewMandate:<body>`). */
type StageAction = MandateActionType | `reviewMandate:${string}`;

/** The actions of each state, the likely next step first; which are allowed is core's answer. */
function stageOf(state: string | undefined): readonly MandateActionType[] {
  if (state === undefined || state === 'draft') return ['submitMandateForReview', 'amendMandate'];
  if (state.startsWith('inReview')) return ['reviewMandate', 'approveMandate'];
  if (state === 'active.amendmentPending') return ['approveAmendment', 'rejectAmendment'];
  if (state.startsWith('active')) return ['amendMandate', 'extendMandate', 'concludeMandate', 'endMandate'];
  if (state === 'concluding') return ['closeMandate'];
  return [];
}

const text = {
  about: { sv: 'Om uppdraget', en: 'About the mandate' },
  state: { sv: 'Läge', en: 'Status' },
  version: { sv: 'Version', en: 'Version' },
  period: { sv: 'Period', en: 'Period' },
  until: { sv: 'till', en: 'to' },
  commissioner: { sv: 'Uppdragsgivare', en: 'Commissioner' },
  diary: { sv: 'Diarienummer', en: 'Diary number' },
  nothing: { sv: 'Det finns inget för dig att göra i uppdraget just nu.', en: 'There is nothing for you to do in this mandate right now.' },
  reviewFor: { sv: 'Tillstyrk för', en: 'Endorse for' },
  amend: { sv: 'Föreslå en ändring', en: 'Propose an amendment' },
  amendIntro: {
    sv: 'En ändring av texten gäller först när uppdragsgivaren har fastställt den; den får då nästa version.',
    en: 'A change of the text applies once the commissioner has approved it; it then gets the next version.',
  },
  section: { sv: 'Avsnitt', en: 'Section' },
  newText: { sv: 'Ny text', en: 'New text' },
  newTextHelp: { sv: 'Skriv som vanlig text. **Fet stil**, listor med - och länkar fungerar.', en: 'Write plain text. **Bold**, lists with - and links work.' },
  why: { sv: 'Skäl till ändringen', en: 'Reason for the change' },
  submitAmend: { sv: 'Föreslå ändringen', en: 'Propose the amendment' },
  reasonHelp: { sv: 'Sparas med uppdraget och syns i händelseloggen.', en: 'Kept with the mandate and shown in the audit trail.' },
  summary: { sv: 'Sammanfattning (frivilligt)', en: 'Summary (optional)' },
  cancel: { sv: 'Avbryt', en: 'Cancel' },
  titles: {
    approveMandate: { sv: 'Fastställa uppdragsbeskrivningen?', en: 'Approve the mandate?' },
    approveAmendment: { sv: 'Fastställa ändringen?', en: 'Approve the amendment?' },
    rejectAmendment: { sv: 'Avslå ändringen?', en: 'Reject the amendment?' },
    extendMandate: { sv: 'Förlänga uppdraget?', en: 'Extend the mandate?' },
    concludeMandate: { sv: 'Lämna slutrapporten?', en: 'Submit the final report?' },
    closeMandate: { sv: 'Avsluta uppdraget?', en: 'Close the mandate?' },
    endMandate: { sv: 'Avbryta uppdraget i förtid?', en: 'End the mandate early?' },
  },
  bodies: {
    approveMandate: {
      sv: 'Uppdragsbeskrivningen får en heltalsversion och blir en allmän handling med ett fingeravtryck. Alla som har roller i uppdraget arbetar därefter efter den.',
      en: 'The mandate gets a whole version number and becomes a public record with a fingerprint. Everyone with a role in it then works by it.',
    },
    approveAmendment: {
      sv: 'Ändringen gäller från nu och ger uppdragsbeskrivningen nästa version, som blir en allmän handling med ett fingeravtryck.',
      en: 'The amendment applies from now and gives the mandate its next version, which becomes a public record with a fingerprint.',
    },
    rejectAmendment: { sv: 'Ändringen gäller inte. Skälet sparas och syns för den som föreslog den.', en: 'The amendment does not apply. The reason is kept and shown to whoever proposed it.' },
    extendMandate: { sv: 'Uppdraget fortsätter till det nya slutdatumet, inom vad uppdragsbeskrivningen tillåter.', en: 'The mandate continues to the new end date, within what the mandate allows.' },
    concludeMandate: {
      sv: 'Slutrapporten lämnas till uppdragsgivaren, som sedan kan avsluta uppdraget. Därefter går det inte att ändra uppdraget.',
      en: 'The final report goes to the commissioner, who may then close the mandate. The mandate cannot be amended after that.',
    },
    closeMandate: { sv: 'Uppdraget avslutas. Det går inte att ångra.', en: 'The mandate is closed. This cannot be undone.' },
    endMandate: { sv: 'Uppdraget avslutas innan det är klart, för alla som har roller i det. Det går inte att ångra.', en: 'The mandate ends before it is done, for everyone with a role in it. This cannot be undone.' },
  },
  runsTo: {
    sv: (day: string) => `Uppdraget löper till ${day}. Lämna slutrapporten när arbetet är klart.`,
    en: (day: string) => `The mandate runs to ${day}. Submit the final report when the work is done.`,
  },
  confirm: {
    approveMandate: { sv: 'Fastställ', en: 'Approve' },
    approveAmendment: { sv: 'Fastställ ändringen', en: 'Approve the amendment' },
    rejectAmendment: { sv: 'Avslå ändringen', en: 'Reject the amendment' },
    extendMandate: { sv: 'Förläng uppdraget', en: 'Extend the mandate' },
    concludeMandate: { sv: 'Lämna slutrapporten', en: 'Submit the final report' },
    closeMandate: { sv: 'Avsluta uppdraget', en: 'Close the mandate' },
    endMandate: { sv: 'Avbryt uppdraget', en: 'End the mandate' },
  },
} as const;

export function MandateWorkspace({ mandateId, onRecorded, children }: MandateWorkspaceProps) {
  const { locale } = useSamverkan();
  return (
    <LocaleProvider locale={locale}>
      <Workspace mandateId={mandateId} onRecorded={onRecorded} locale={locale}>
        {children}
      </Workspace>
    </LocaleProvider>
  );
}

function Workspace({ mandateId, onRecorded, children, locale }: MandateWorkspaceProps & { locale: Locale }) {
  const id = useId();
  const { mandate, history, actions, state, stateLabel } = useMandate(mandateId);
  const { dispatch, can, pending } = useCommand();
  const { now } = useSamverkan();
  const groups = useSamverkanSelector((s) => s.dataset.groups);
  const [step, setStep] = useState<Step | undefined>(undefined);
  const [dialogErrors, setDialogErrors] = useState<readonly FormError[]>([]);
  const [notice, setNotice] = useState<{ ok: boolean; text: string; serial: number } | undefined>(undefined);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  if (!mandate || !history) return null;
  const target = { mandateId };

  const send = async (command: CommandInput): Promise<FormError[] | undefined> => {
    const result = await dispatch(command);
    if (!result.ok) return formErrors(command.type, result, locale);
    setStep(undefined);
    setDialogErrors([]);
    setNotice({ ok: true, text: commandDoneLabels[command.type][locale], serial: Date.now() });
    onRecorded?.([command.type]);
    return undefined;
  };

  // The bodies of the open round the person may review for, each its own action.
  const awaiting = history.openReview?.pending ?? [];
  const reviews: Array<ActionDescriptor<StageAction>> = awaiting.map((body) => {
    const answer = can({ type: 'reviewMandate', ...target, body: body.id, outcome: 'endorsed' });
    const label = `${text.reviewFor[locale]} ${body.name}`;
    return answer.ok ? { type: `reviewMandate:${body.id}`, label, allowed: true } : { type: `reviewMandate:${body.id}`, label, allowed: false, reasonText: answer.message[locale], code: answer.code };
  });
  const stage: Array<ActionDescriptor<StageAction>> = stageOf(state).flatMap((type) => (type === 'reviewMandate' ? reviews : [actions[type]]));

  const onAction = (type: StageAction) => {
    if (type.startsWith('reviewMandate:')) {
      void send({ type: 'reviewMandate', ...target, body: type.slice('reviewMandate:'.length), outcome: 'endorsed' }).then(
        (errors) => errors && setNotice({ ok: false, text: errors.map((e) => e.message).join(' '), serial: Date.now() }),
      );
    } else if (type === 'amendMandate') {
      document.getElementById(`${id}-amend`)?.querySelector<HTMLElement>('select, textarea')?.focus();
    } else if (type === 'submitMandateForReview') {
      const reviewers = mandate.organisation.groupIds.map((g) => ({ id: g, name: groups.find((x) => x.id === g)?.name ?? g }));
      void send({ type: 'submitMandateForReview', ...target, reviewers }).then((errors) => errors && setNotice({ ok: false, text: errors.map((e) => e.message).join(' '), serial: Date.now() }));
    } else if (isConfirmed(type)) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setDialogErrors([]);
      setStep(type);
    }
  };

  const end = effectiveEnd(mandate.period);
  const facts: Fact[] = [
    { term: text.state[locale], value: <StatusTag tone={state === 'closed' ? 'neutral' : state?.startsWith('active') ? 'success' : 'info'}>{stateLabel ?? history.stateLabel?.[locale] ?? ''}</StatusTag> },
    { term: text.version[locale], value: mandate.version },
    {
      term: text.period[locale],
      value: (
        <>
          <time dateTime={mandate.period.start}>{formatDate(mandate.period.start, locale)}</time>
          {end ? (
            <>
              {' '}
              {text.until[locale]} <time dateTime={end}>{formatDate(end, locale)}</time>
            </>
          ) : null}
        </>
      ),
    },
    { term: text.commissioner[locale], value: mandate.commissioner.name },
    ...(mandate.diaryNumber ? [{ term: text.diary[locale], value: mandate.diaryNumber }] : []),
  ];

  return (
    <div className="sv-mandate-workspace">
      <div className="sv-mandate-workspace__notice" aria-live="polite">
        {notice ? (
          <p key={notice.serial} ref={noticeRef} tabIndex={-1} className="sv-notice" data-variant={notice.ok ? 'success' : 'danger'} data-feedback={notice.ok ? 'ok' : 'refused'}>
            {notice.text}
          </p>
        ) : null}
      </div>
      <section className="sv-mandate-workspace__about" aria-labelledby={`${id}-about`}>
        <h2 className="sv-heading" id={`${id}-about`}>
          {text.about[locale]}
        </h2>
        <FactList facts={facts} />
        {state !== 'closed' ? (
          <NextStep actions={stage} onAction={onAction} isPending={pending} headingLevel={3} nothingToDo={text.nothing[locale]} locale={locale}>
            {children}
          </NextStep>
        ) : (
          children
        )}
      </section>
      <MandateDocument mandate={mandate} history={history} locale={locale} />
      <MandateReview history={history} locale={locale} />
      {actions.amendMandate.allowed ? (
        <AmendForm id={`${id}-amend`} mandate={mandate} locale={locale} onSubmit={(command) => send(command)} isPending={pending} />
      ) : null}
      {step ? (
        <MandateDialog
          step={step}
          locale={locale}
          errors={dialogErrors}
          isPending={pending}
          end={end}
          now={now}
          onClose={() => {
            setStep(undefined);
            const back = opener.current;
            setTimeout(() => back?.isConnected && back.focus(), 0);
          }}
          onConfirm={async (input) => {
            const errors = await send({ ...input, ...target });
            if (errors) setDialogErrors(errors);
          }}
        />
      ) : null}
    </div>
  );
}

interface AmendFormProps {
  id: string;
  mandate: NonNullable<ReturnType<typeof useMandate>['mandate']>;
  locale: Locale;
  isPending: boolean;
  onSubmit: (command: CommandInput) => Promise<FormError[] | undefined>;
}

/** Propose a new text for one section, with the reason kept in the version history. */
function AmendForm({ id, mandate, locale, isPending, onSubmit }: AmendFormProps) {
  const [section, setSection] = useState<TextSection>('purpose');
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [why, setWhy] = useState('');
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const ids = { section: `${id}-section`, change: `${id}-change`, reason: `${id}-reason` };
  const value = draft ?? mandate[section] ?? '';
  return (
    <section id={id} className="sv-mandate-workspace__amend" aria-labelledby={`${id}-heading`}>
      <h2 className="sv-heading" id={`${id}-heading`}>
        {text.amend[locale]}
      </h2>
      <p className="sv-description">{text.amendIntro[locale]}</p>
      <Form
        className="sv-mandate-workspace__form"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit({ type: 'amendMandate', mandateId: mandate.id, section, change: value.trim(), ...(why.trim() ? { reason: why.trim() } : {}) }).then((answer) => {
            setErrors(answer ?? []);
            if (!answer) {
              setDraft(undefined);
              setWhy('');
            }
          });
        }}
      >
        <ErrorSummary errors={errors} fieldIds={ids} headingLevel={3} locale={locale} />
        <div className="sv-field">
          <label className="sv-label" htmlFor={ids.section}>
            {text.section[locale]}
          </label>
          <select
            id={ids.section}
            className="sv-input"
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
        <TextField className="sv-field" id={ids.change} value={value} onChange={setDraft} isInvalid={errorFor(errors, 'change') !== undefined}>
          <Label className="sv-label">{text.newText[locale]}</Label>
          <Text slot="description" className="sv-description">
            {text.newTextHelp[locale]}
          </Text>
          <TextArea className="sv-input" data-multiline="" />
          <FieldError className="sv-field-error">{errorFor(errors, 'change')?.message}</FieldError>
        </TextField>
        <TextField className="sv-field" id={ids.reason} value={why} onChange={setWhy} isInvalid={errorFor(errors, 'reason') !== undefined}>
          <Label className="sv-label">{text.why[locale]}</Label>
          <TextArea className="sv-input" data-multiline="" />
          <FieldError className="sv-field-error">{errorFor(errors, 'reason')?.message}</FieldError>
        </TextField>
        <div className="sv-button-group">
          <Button className="sv-button" type="submit" isDisabled={isPending}>
            {text.submitAmend[locale]}
          </Button>
        </div>
      </Form>
    </section>
  );
}

interface MandateDialogProps {
  step: Step;
  locale: Locale;
  errors: readonly FormError[];
  isPending: boolean;
  end: string | undefined;
  now: string;
  onClose: () => void;
  onConfirm: (input: StepInput) => void;
}

/** The confirmation of a mandate's step, with the reason or date core asks for. */
function MandateDialog({ step, locale, errors, isPending, end, now, onClose, onConfirm }: MandateDialogProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [to, setTo] = useState('');
  const [summary, setSummary] = useState('');
  const ids = { reason: `${id}-reason`, to: `${id}-to`, summary: `${id}-summary` };
  const needsReason = step === 'rejectAmendment' || step === 'endMandate' || step === 'extendMandate';
  const running = end !== undefined && end > now.slice(0, 10);
  const fields = (): StepInput => {
    switch (step) {
      case 'rejectAmendment':
      case 'endMandate':
        return { type: step, reason: reason.trim() };
      case 'extendMandate':
        return { type: step, reason: reason.trim(), to };
      case 'concludeMandate':
        return { type: step, ...(summary.trim() ? { summary: summary.trim() } : {}) };
      default:
        return { type: step };
    }
  };
  return (
    <ConfirmDialog
      isOpen
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={text.titles[step][locale]}
      confirmLabel={text.confirm[step][locale]}
      confirmVariant={step === 'endMandate' || step === 'closeMandate' ? 'danger' : 'primary'}
      onConfirm={() => onConfirm(fields())}
      errors={errors}
      fieldIds={ids}
      isPending={isPending}
      locale={locale}
    >
      <p>{text.bodies[step][locale]}</p>
      {step === 'concludeMandate' && running ? (
        <p className="sv-notice" data-variant="warning">
          {text.runsTo[locale](formatDate(end, locale))}
        </p>
      ) : null}
      {step === 'extendMandate' ? (
        <TextField className="sv-field" id={ids.to} value={to} onChange={setTo} isInvalid={errorFor(errors, 'to') !== undefined}>
          <Label className="sv-label">{fieldLabel(step, ['to'])[locale]}</Label>
          <Input className="sv-input" type="date" />
          <FieldError className="sv-field-error">{errorFor(errors, 'to')?.message}</FieldError>
        </TextField>
      ) : null}
      {needsReason ? (
        <TextField className="sv-field" id={ids.reason} value={reason} onChange={setReason} isInvalid={errorFor(errors, 'reason') !== undefined}>
          <Label className="sv-label">{fieldLabel(step, ['reason'])[locale]}</Label>
          <Text slot="description" className="sv-description">
            {text.reasonHelp[locale]}
          </Text>
          <TextArea className="sv-input" data-multiline="" />
          <FieldError className="sv-field-error">{errorFor(errors, 'reason')?.message}</FieldError>
        </TextField>
      ) : null}
      {step === 'concludeMandate' ? (
        <TextField className="sv-field" id={ids.summary} value={summary} onChange={setSummary}>
          <Label className="sv-label">{text.summary[locale]}</Label>
          <TextArea className="sv-input" data-multiline="" />
        </TextField>
      ) : null}
    </ConfirmDialog>
  );
}
