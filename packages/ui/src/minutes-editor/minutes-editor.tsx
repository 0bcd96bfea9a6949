/**
 * MinutesEditor — the secretary writes, per agenda item, what was informed, discussed and
 * decided, and saves the draft to core. Decisions, actions and escalations already recorded
 * are kept as they are. Core's refusal of a draft comes back as an error summary at the top of
 * the editor and a message beside the field, named in words. Approving and publishing the
 * minutes are steps of the meeting (MeetingLifecycle, MeetingWorkspace), each confirmed; the
 * editor is offered only to someone core lets draft.
 */
import type { AgendaItem, Locale, Minutes } from '@samverkan/core';
import { useId, useState } from 'react';
import { Button, FieldError, Label, TextArea, TextField } from 'react-aria-components';
import type { ActionDescriptor } from '../button/action-button.js';
import { ErrorSummary } from '../error-summary/error-summary.js';
import { errorFor, type FormError } from '../error-summary/form-error.js';
import { useLocale } from '../i18n/locale.js';

type Part = 'informed' | 'discussed' | 'decided';
type Notes = Record<string, Partial<Record<Part, string>>>;

export interface MinutesEditorProps {
  agenda: readonly AgendaItem[];
  /** The draft so far, if any. */
  minutes?: Minutes;
  /** May the person save the draft (`actions.draftMinutes`); the editor shows only when so. */
  draftAction: ActionDescriptor;
  /**
   * Called with the minutes when the person saves; answer with core's refusal as form errors
   * (`formErrors('draftMinutes', …)`) to show them, or nothing when it was recorded.
   */
  onDraft?: (minutes: Minutes) => void | readonly FormError[] | Promise<void | readonly FormError[]>;
  /** The heading's level (2 when omitted). */
  headingLevel?: 2 | 3;
  /** Disables saving while a command is under way. */
  isPending?: boolean;
  locale?: Locale;
}

const text = {
  heading: { sv: 'Minnesanteckningar', en: 'Minutes' },
  hint: {
    sv: 'Skriv för varje punkt vad som informerades, diskuterades och beslutades. Vanlig text går bra; listor med - och **fet stil** fungerar.',
    en: 'For each item, write what was informed, discussed and decided. Plain text is fine; lists with - and **bold** work.',
  },
  informed: { sv: 'Informerades', en: 'Informed' },
  discussed: { sv: 'Diskuterades', en: 'Discussed' },
  decided: { sv: 'Beslutades', en: 'Decided' },
  save: { sv: 'Spara utkast', en: 'Save draft' },
  saved: { sv: 'Senast sparat utkast visas.', en: 'The last saved draft is shown.' },
} as const;

const parts = ['informed', 'discussed', 'decided'] as const;

function notesOf(minutes: Minutes | undefined): Notes {
  return Object.fromEntries((minutes?.items ?? []).map((m) => [m.itemId, { informed: m.informed, discussed: m.discussed, decided: m.decided }]));
}

export function MinutesEditor({ agenda, minutes, draftAction, onDraft, headingLevel = 2, isPending = false, locale: localeProp }: MinutesEditorProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const [notes, setNotes] = useState<Notes>(() => notesOf(minutes));
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const ordered = [...agenda].sort((a, b) => a.position - b.position);
  const set = (itemId: string, part: Part, value: string) => setNotes((n) => ({ ...n, [itemId]: { ...n[itemId], [part]: value } }));
  const H = `h${headingLevel}` as 'h2';

  const build = (): Minutes => ({
    items: ordered.flatMap((item) => {
      const n = notes[item.id] ?? {};
      const filled = Object.fromEntries(parts.flatMap((p) => (n[p]?.trim() ? [[p, n[p].trim()]] : [])));
      return Object.keys(filled).length > 0 ? [{ itemId: item.id, ...filled }] : [];
    }),
    decisions: minutes?.decisions ?? [],
    actions: minutes?.actions ?? [],
    escalations: minutes?.escalations ?? [],
  });
  // Core names a field by its place in the minutes sent: `minutes.items.0.decided`.
  const built = build();
  const keyOf = (itemId: string, part: Part) => {
    const index = built.items.findIndex((i) => i.itemId === itemId);
    return `minutes.items.${index}.${part}`;
  };
  const fieldId = (itemId: string, part: Part) => `${id}-${itemId}-${part}`;
  const fieldIds = Object.fromEntries(ordered.flatMap((item) => parts.map((p) => [keyOf(item.id, p), fieldId(item.id, p)])));

  // A message about an item's field names the item: «Nätverkets möten 2020 – Beslutades: …».
  const named = errors.map((e) => {
    const match = /^minutes\.items\.(\d+)\.(informed|discussed|decided)$/.exec(e.key);
    const item = match ? ordered.find((i) => i.id === built.items[Number(match[1])]?.itemId) : undefined;
    return item && match ? { ...e, field: `${item.title} – ${text[match[2] as Part][locale]}` } : e;
  });

  if (!draftAction.allowed) return null;

  const save = async () => {
    const answer = await onDraft?.(build());
    setErrors(answer && answer.length > 0 ? answer : []);
  };

  return (
    <section className="sv-minutes-editor" aria-labelledby={`${id}-heading`}>
      <H className="sv-heading" id={`${id}-heading`}>
        {text.heading[locale]}
      </H>
      <p className="sv-description">{text.hint[locale]}</p>
      <ErrorSummary errors={named} fieldIds={fieldIds} headingLevel={headingLevel === 2 ? 3 : 4} locale={locale} />
      {ordered.map((item, index) => (
        <fieldset key={item.id} className="sv-minutes-editor__item">
          <legend className="sv-minutes-editor__legend">
            {index + 1}. {item.title}
          </legend>
          {parts.map((part) => {
            const error = errorFor(errors, keyOf(item.id, part));
            return (
              <TextField
                key={part}
                id={fieldId(item.id, part)}
                className="sv-field"
                value={notes[item.id]?.[part] ?? ''}
                onChange={(v) => set(item.id, part, v)}
                isInvalid={error !== undefined}
              >
                <Label className="sv-label">
                  {text[part][locale]} <span className="sv-visually-hidden">– {item.title}</span>
                </Label>
                <TextArea className="sv-input" data-multiline="" />
                <FieldError className="sv-field-error">{error?.message}</FieldError>
              </TextField>
            );
          })}
        </fieldset>
      ))}
      <div className="sv-button-group">
        <Button className="sv-button" data-variant="secondary" data-action="draftMinutes" isDisabled={isPending} onPress={() => void save()}>
          {text.save[locale]}
        </Button>
      </div>
    </section>
  );
}
