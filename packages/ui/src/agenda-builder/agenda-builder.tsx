/**
 * AgendaBuilder — members propose items while the call is open; the process leader orders
 * them and publishes the agenda. After the deadline core asks for a reason: the builder
 * shows the reason field and asks core again (`checkPublish`) with the reason written, so
 * the button reflects core's answer, never a rule of its own.
 */
import { AgendaItemKind, agendaItemKindLabels, type AgendaItem, type Locale } from '@samverkan/core';
import { useId, useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, NumberField, Radio, RadioGroup, Text, TextArea, TextField } from 'react-aria-components';
import { ActionButton, type ActionDescriptor } from '../button/action-button.js';
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
  /** May the person propose an item now (`actions.proposeAgendaItem`). */
  proposeAction: ActionDescriptor;
  /** May the person reorder the agenda now. */
  reorderAction?: ActionDescriptor;
  /** May the person withdraw items now. */
  withdrawAction?: ActionDescriptor;
  /** May the person publish now (asked without a late reason). */
  publishAction?: ActionDescriptor;
  /**
   * The agenda deadline has passed, so publishing needs a reason (core's
   * `agendaDeadline.status === 'passed'`): the builder shows the reason field.
   */
  lateReasonRequired?: boolean;
  /** The deadline, shown with the reason field (a calendar day). */
  agendaDeadline?: string;
  /** Asks core whether publishing with this late reason would be accepted. */
  checkPublish?: (lateReason: string) => ActionDescriptor;
  onPropose?: (proposal: AgendaProposal) => void;
  /** Called with every item id in the new order. */
  onReorder?: (itemIds: string[]) => void;
  onWithdraw?: (itemId: string) => void;
  onPublish?: (lateReason?: string) => void;
  locale?: Locale;
}

const text = {
  heading: { sv: 'Bygg dagordningen', en: 'Build the agenda' },
  items: { sv: 'Föreslagna punkter', en: 'Proposed items' },
  empty: { sv: 'Inga punkter föreslagna ännu.', en: 'No items proposed yet.' },
  propose: { sv: 'Föreslå en punkt', en: 'Propose an item' },
  title: { sv: 'Rubrik', en: 'Title' },
  kind: { sv: 'Typ av punkt', en: 'Kind of item' },
  duration: { sv: 'Tid (minuter)', en: 'Time (minutes)' },
  description: { sv: 'Bakgrund (valfritt, Markdown)', en: 'Background (optional, Markdown)' },
  submit: { sv: 'Föreslå punkt', en: 'Propose item' },
  up: { sv: 'Flytta upp', en: 'Move up' },
  down: { sv: 'Flytta ned', en: 'Move down' },
  withdraw: { sv: 'Dra tillbaka', en: 'Withdraw' },
  publish: { sv: 'Publicera', en: 'Publish' },
  lateReason: { sv: 'Skäl till sen publicering', en: 'Reason for publishing late' },
  lateHelp: {
    sv: 'Sista dag för agendan har passerat. Skälet sparas med agendan.',
    en: 'The agenda deadline has passed. The reason is kept with the agenda.',
  },
  deadline: { sv: 'Sista dag', en: 'Deadline' },
  minutes: { sv: 'min', en: 'min' },
  by: { sv: 'av', en: 'by' },
  required: { sv: 'Fyll i rubrik.', en: 'Enter a title.' },
} as const;

export function AgendaBuilder({
  items,
  people = {},
  proposeAction,
  reorderAction,
  withdrawAction,
  publishAction,
  lateReasonRequired = false,
  agendaDeadline,
  checkPublish,
  onPropose,
  onReorder,
  onWithdraw,
  onPublish,
  locale: localeProp,
}: AgendaBuilderProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<AgendaItemKind>('discussion');
  const [duration, setDuration] = useState(20);
  const [description, setDescription] = useState('');
  const [lateReason, setLateReason] = useState('');
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const ids = ordered.map((i) => i.id);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!proposeAction.allowed || title.trim() === '') return;
    const trimmed = description.trim();
    onPropose?.({ title: title.trim(), kind, durationMinutes: duration, ...(trimmed ? { description: trimmed } : {}) });
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

  const reason = lateReason.trim();
  const publish = publishAction && lateReasonRequired && reason !== '' && checkPublish ? checkPublish(reason) : publishAction;

  return (
    <section className="sv-agenda-builder" aria-labelledby={`${id}-heading`}>
      <h2 className="sv-heading" id={`${id}-heading`}>
        {text.heading[locale]}
      </h2>
      <h3 className="sv-subheading" id={`${id}-items`}>
        {text.items[locale]}
      </h3>
      {ordered.length === 0 ? <p className="sv-description">{text.empty[locale]}</p> : null}
      <ol className="sv-agenda-builder__items" aria-labelledby={`${id}-items`}>
        {ordered.map((item, index) => (
          <li key={item.id} className="sv-agenda-builder__item" data-kind={item.kind}>
            <span className="sv-agenda-builder__item-title">{item.title}</span>
            <span className="sv-agenda-builder__item-meta">
              {agendaItemKindLabels[item.kind][locale]} · {item.durationMinutes} {text.minutes[locale]} · {text.by[locale]}{' '}
              {people[item.proposedBy] ?? item.proposedBy}
            </span>
            {reorderAction?.allowed ? (
              <span className="sv-agenda-builder__item-actions">
                <Button
                  className="sv-button"
                  data-variant="secondary"
                  isDisabled={index === 0}
                  aria-label={`${text.up[locale]}: ${item.title}`}
                  onPress={() => move(index, -1)}
                >
                  ↑
                </Button>
                <Button
                  className="sv-button"
                  data-variant="secondary"
                  isDisabled={index === ordered.length - 1}
                  aria-label={`${text.down[locale]}: ${item.title}`}
                  onPress={() => move(index, 1)}
                >
                  ↓
                </Button>
              </span>
            ) : null}
            {withdrawAction?.allowed ? (
              <Button className="sv-button" data-variant="secondary" aria-label={`${text.withdraw[locale]}: ${item.title}`} onPress={() => onWithdraw?.(item.id)}>
                {text.withdraw[locale]}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>

      <Form className="sv-agenda-builder__form" onSubmit={submit} aria-labelledby={`${id}-propose`}>
        <h3 className="sv-subheading" id={`${id}-propose`}>
          {text.propose[locale]}
        </h3>
        <TextField className="sv-field" value={title} onChange={setTitle} isRequired isDisabled={!proposeAction.allowed} name="title">
          <Label className="sv-label">{text.title[locale]}</Label>
          <Input className="sv-input" />
          <FieldError className="sv-field-error">{text.required[locale]}</FieldError>
        </TextField>
        <RadioGroup
          className="sv-agenda-builder__kinds"
          value={kind}
          onChange={(value) => setKind(AgendaItemKind.parse(value))}
          isDisabled={!proposeAction.allowed}
          orientation="horizontal"
        >
          <Label className="sv-label">{text.kind[locale]}</Label>
          {AgendaItemKind.options.map((k) => (
            <Radio key={k} value={k} className="sv-radio">
              {agendaItemKindLabels[k][locale]}
            </Radio>
          ))}
        </RadioGroup>
        <NumberField className="sv-field" value={duration} onChange={(v) => setDuration(Number.isFinite(v) ? v : 20)} minValue={1} maxValue={600} isDisabled={!proposeAction.allowed}>
          <Label className="sv-label">{text.duration[locale]}</Label>
          <Input className="sv-input" />
        </NumberField>
        <TextField className="sv-field" value={description} onChange={setDescription} isDisabled={!proposeAction.allowed}>
          <Label className="sv-label">{text.description[locale]}</Label>
          <TextArea className="sv-input" data-multiline="" />
        </TextField>
        <div className="sv-agenda-builder__submit">
          {proposeAction.allowed ? (
            <Button className="sv-button" type="submit">
              {text.submit[locale]}
            </Button>
          ) : (
            <ActionButton action={{ ...proposeAction, label: text.submit[locale] }} />
          )}
        </div>
      </Form>

      {publishAction ? (
        <div className="sv-agenda-builder__publish" data-late={lateReasonRequired}>
          {lateReasonRequired ? (
            <TextField className="sv-field" value={lateReason} onChange={setLateReason} isRequired>
              <Label className="sv-label">{text.lateReason[locale]}</Label>
              <TextArea className="sv-input" data-multiline="" />
              <Text slot="description" className="sv-description">
                {text.lateHelp[locale]}
                {agendaDeadline ? ` ${text.deadline[locale]}: ${agendaDeadline}.` : ''}
              </Text>
            </TextField>
          ) : null}
          {publish ? <ActionButton action={publish} onAction={() => onPublish?.(lateReasonRequired ? reason : undefined)} /> : null}
        </div>
      ) : null}
    </section>
  );
}
