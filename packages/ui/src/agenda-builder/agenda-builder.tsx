/**
 * AgendaBuilder — members propose items while the call is open; the process leader orders
 * them or takes one off. The form is offered only to someone core lets propose; core's refusal
 * of a proposal comes back as an error summary at the top of the form and a message beside the
 * field, named in words. Publishing the agenda is a step of the meeting, not of the builder
 * (MeetingLifecycle, MeetingWorkspace), because it is public and asks for confirmation.
 */
import { AgendaItemKind, type AgendaItem } from '@samverkan/core';
import { agendaItemKindLabels, type Locale } from '@samverkan/core/labels';
import { useId, useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, NumberField, Radio, RadioGroup, Text, TextArea, TextField } from 'react-aria-components';
import type { ActionDescriptor } from '../button/action-button.js';
import { ErrorSummary } from '../error-summary/error-summary.js';
import { errorFor, type FormError } from '../error-summary/form-error.js';
import { useLocale } from '../i18n/locale.js';

/** What a member proposes; the proposer and time come from the command's envelope. */
export interface AgendaProposal {
  title: string;
  kind: AgendaItemKind;
  durationMinutes: number;
  description?: string;
}

export interface AgendaBuilderProps {
  /** The items on the agenda so far. */
  items: readonly AgendaItem[];
  /** Names of people by id (who proposed an item). */
  people?: Readonly<Record<string, string>>;
  /** May the person propose an item now (`actions.proposeAgendaItem`); the form shows only when so. */
  proposeAction: ActionDescriptor;
  /** May the person reorder the agenda now. */
  reorderAction?: ActionDescriptor;
  /** May the person withdraw items now. */
  withdrawAction?: ActionDescriptor;
  /**
   * Called with the proposal; answer with core's refusal as form errors (`formErrors`) to show
   * them in the form, or nothing when it was recorded (the form is then emptied).
   */
  onPropose?: (proposal: AgendaProposal) => void | readonly FormError[] | Promise<void | readonly FormError[]>;
  /** Called with every item id in the new order. */
  onReorder?: (itemIds: string[]) => void;
  onWithdraw?: (itemId: string) => void;
  /** The heading's level (2 when omitted). */
  headingLevel?: 2 | 3;
  locale?: Locale;
}

const text = {
  heading: { sv: 'Dagordning', en: 'Agenda' },
  empty: { sv: 'Inga punkter är föreslagna ännu.', en: 'No items have been proposed yet.' },
  propose: { sv: 'Föreslå en punkt', en: 'Propose an item' },
  title: { sv: 'Rubrik', en: 'Title' },
  kind: { sv: 'Typ av punkt', en: 'Kind of item' },
  duration: { sv: 'Tid i minuter', en: 'Time in minutes' },
  description: { sv: 'Bakgrund (frivilligt)', en: 'Background (optional)' },
  descriptionHelp: {
    sv: 'Skriv som vanlig text. **Fet stil**, listor med - och länkar fungerar.',
    en: 'Write plain text. **Bold**, lists with - and links work.',
  },
  submit: { sv: 'Föreslå punkt', en: 'Propose item' },
  up: { sv: 'Flytta upp', en: 'Move up' },
  down: { sv: 'Flytta ned', en: 'Move down' },
  withdraw: { sv: 'Ta bort', en: 'Withdraw' },
  minutes: { sv: 'min', en: 'min' },
  by: { sv: 'föreslagen av', en: 'proposed by' },
  total: { sv: (n: number, min: number) => `${n} ${n === 1 ? 'punkt' : 'punkter'}, ${min} min`, en: (n: number, min: number) => `${n} ${n === 1 ? 'item' : 'items'}, ${min} min` },
} as const;

export function AgendaBuilder({
  items,
  people = {},
  proposeAction,
  reorderAction,
  withdrawAction,
  onPropose,
  onReorder,
  onWithdraw,
  headingLevel = 2,
  locale: localeProp,
}: AgendaBuilderProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<AgendaItemKind>('discussion');
  const [duration, setDuration] = useState(20);
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const ids = ordered.map((i) => i.id);
  const minutes = ordered.reduce((sum, i) => sum + i.durationMinutes, 0);
  const H = `h${headingLevel}` as 'h2';
  const Sub = `h${headingLevel + 1}` as 'h3';
  const fieldIds = { 'item.title': `${id}-title`, 'item.kind': `${id}-kind`, 'item.durationMinutes': `${id}-duration`, 'item.description': `${id}-description` };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!proposeAction.allowed) return;
    const trimmed = description.trim();
    const answer = await onPropose?.({ title: title.trim(), kind, durationMinutes: duration, ...(trimmed ? { description: trimmed } : {}) });
    if (answer && answer.length > 0) {
      setErrors(answer);
      return;
    }
    setErrors([]);
    setTitle('');
    setDescription('');
  };

  const move = (index: number, by: -1 | 1) => {
    const next = [...ids];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + by, 0, moved);
    onReorder?.(next);
  };

  const messageOf = (key: string) => errorFor(errors, key)?.message;

  return (
    <section className="sv-agenda-builder" aria-labelledby={`${id}-heading`}>
      <H className="sv-heading" id={`${id}-heading`}>
        {text.heading[locale]}
      </H>
      {ordered.length === 0 ? (
        <p className="sv-description">{text.empty[locale]}</p>
      ) : (
        <p className="sv-description">{text.total[locale](ordered.length, minutes)}</p>
      )}
      <ol className="sv-agenda-builder__items" aria-labelledby={`${id}-heading`}>
        {ordered.map((item, index) => (
          <li key={item.id} className="sv-agenda-builder__item" data-kind={item.kind}>
            <span className="sv-agenda-builder__item-number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="sv-agenda-builder__item-body">
              <span className="sv-agenda-builder__item-title">{item.title}</span>
              <span className="sv-agenda-builder__item-meta">
                {agendaItemKindLabels[item.kind][locale]} · {item.durationMinutes} {text.minutes[locale]} · {text.by[locale]}{' '}
                {people[item.proposedBy] ?? item.proposedBy}
              </span>
            </span>
            {reorderAction?.allowed || withdrawAction?.allowed ? (
              <span className="sv-agenda-builder__item-actions">
                {reorderAction?.allowed ? (
                  <>
                    <Button
                      className="sv-button"
                      data-variant="secondary"
                      data-size="small"
                      isDisabled={index === 0}
                      aria-label={`${text.up[locale]}: ${item.title}`}
                      onPress={() => move(index, -1)}
                    >
                      ↑
                    </Button>
                    <Button
                      className="sv-button"
                      data-variant="secondary"
                      data-size="small"
                      isDisabled={index === ordered.length - 1}
                      aria-label={`${text.down[locale]}: ${item.title}`}
                      onPress={() => move(index, 1)}
                    >
                      ↓
                    </Button>
                  </>
                ) : null}
                {withdrawAction?.allowed ? (
                  <Button
                    className="sv-button"
                    data-variant="tertiary"
                    data-size="small"
                    aria-label={`${text.withdraw[locale]}: ${item.title}`}
                    onPress={() => onWithdraw?.(item.id)}
                  >
                    {text.withdraw[locale]}
                  </Button>
                ) : null}
              </span>
            ) : null}
          </li>
        ))}
      </ol>

      {proposeAction.allowed ? (
        <Form className="sv-agenda-builder__form" validationBehavior="aria" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-propose`}>
          <Sub className="sv-subheading" id={`${id}-propose`}>
            {text.propose[locale]}
          </Sub>
          <ErrorSummary errors={errors} fieldIds={fieldIds} headingLevel={4} locale={locale} />
          <TextField className="sv-field" id={fieldIds['item.title']} value={title} onChange={setTitle} name="title" isInvalid={messageOf('item.title') !== undefined}>
            <Label className="sv-label">{text.title[locale]}</Label>
            <Input className="sv-input" />
            <FieldError className="sv-field-error">{messageOf('item.title')}</FieldError>
          </TextField>
          <RadioGroup
            className="sv-agenda-builder__kinds"
            value={kind}
            onChange={(value) => setKind(AgendaItemKind.parse(value))}
            orientation="horizontal"
            id={fieldIds['item.kind']}
          >
            <Label className="sv-label">{text.kind[locale]}</Label>
            {AgendaItemKind.options.map((k) => (
              <Radio key={k} value={k} className="sv-radio">
                {agendaItemKindLabels[k][locale]}
              </Radio>
            ))}
          </RadioGroup>
          <NumberField
            className="sv-field sv-agenda-builder__duration"
            value={duration}
            onChange={(v) => setDuration(Number.isFinite(v) ? v : 20)}
            minValue={1}
            maxValue={600}
            isInvalid={messageOf('item.durationMinutes') !== undefined}
            id={fieldIds['item.durationMinutes']}
          >
            <Label className="sv-label">{text.duration[locale]}</Label>
            <Input className="sv-input" />
            <FieldError className="sv-field-error">{messageOf('item.durationMinutes')}</FieldError>
          </NumberField>
          <TextField className="sv-field" id={fieldIds['item.description']} value={description} onChange={setDescription} isInvalid={messageOf('item.description') !== undefined}>
            <Label className="sv-label">{text.description[locale]}</Label>
            <Text slot="description" className="sv-description">
              {text.descriptionHelp[locale]}
            </Text>
            <TextArea className="sv-input" data-multiline="" />
            <FieldError className="sv-field-error">{messageOf('item.description')}</FieldError>
          </TextField>
          <div className="sv-button-group">
            <Button className="sv-button" type="submit">
              {text.submit[locale]}
            </Button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
