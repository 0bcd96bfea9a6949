/**
 * MinutesEditor — the secretary writes, per agenda item, what was informed, discussed and
 * decided (Markdown), saves the draft to core, and the process leader approves (justerar)
 * and publishes. Decisions, actions and escalations already recorded are kept as they are;
 * what core accepts and who may approve is core's answer, shown on the buttons.
 */
import type { AgendaItem, Locale, Minutes } from '@samverkan/core';
import { useId, useState } from 'react';
import { Label, TextArea, TextField } from 'react-aria-components';
import { ActionButton, type ActionDescriptor } from '../button/action-button.js';
import { useLocale } from '../i18n/locale.js';

type Part = 'informed' | 'discussed' | 'decided';
type Notes = Record<string, Partial<Record<Part, string>>>;

export interface MinutesEditorProps {
  agenda: readonly AgendaItem[];
  /** The draft so far, if any. */
  minutes?: Minutes;
  /** May the person save the draft (`actions.draftMinutes`). */
  draftAction: ActionDescriptor;
  /** May the person approve the minutes (`actions.approveMinutes`). */
  approveAction?: ActionDescriptor;
  /** May the person publish them as a public record (`actions.publishMinutes`). */
  publishAction?: ActionDescriptor;
  onDraft?: (minutes: Minutes) => void;
  onApprove?: () => void;
  onPublish?: () => void;
  locale?: Locale;
}

const text = {
  heading: { sv: 'Skriv minnesanteckningar', en: 'Write the minutes' },
  informed: { sv: 'Informerades', en: 'Informed' },
  discussed: { sv: 'Diskuterades', en: 'Discussed' },
  decided: { sv: 'Beslutades', en: 'Decided' },
  save: { sv: 'Spara utkast', en: 'Save draft' },
  hint: { sv: 'Markdown går bra; HTML visas som text.', en: 'Markdown is fine; HTML is shown as text.' },
} as const;

function notesOf(minutes: Minutes | undefined): Notes {
  return Object.fromEntries((minutes?.items ?? []).map((m) => [m.itemId, { informed: m.informed, discussed: m.discussed, decided: m.decided }]));
}

export function MinutesEditor({ agenda, minutes, draftAction, approveAction, publishAction, onDraft, onApprove, onPublish, locale: localeProp }: MinutesEditorProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const [notes, setNotes] = useState<Notes>(() => notesOf(minutes));
  const ordered = [...agenda].sort((a, b) => a.position - b.position);
  const set = (itemId: string, part: Part, value: string) => setNotes((n) => ({ ...n, [itemId]: { ...n[itemId], [part]: value } }));

  const build = (): Minutes => ({
    items: ordered.flatMap((item) => {
      const n = notes[item.id] ?? {};
      const parts = Object.fromEntries((['informed', 'discussed', 'decided'] as const).flatMap((p) => (n[p]?.trim() ? [[p, n[p].trim()]] : [])));
      return Object.keys(parts).length > 0 ? [{ itemId: item.id, ...parts }] : [];
    }),
    decisions: minutes?.decisions ?? [],
    actions: minutes?.actions ?? [],
    escalations: minutes?.escalations ?? [],
  });

  return (
    <section className="sv-minutes-editor" aria-labelledby={`${id}-heading`}>
      <h2 className="sv-heading" id={`${id}-heading`}>
        {text.heading[locale]}
      </h2>
      <p className="sv-description">{text.hint[locale]}</p>
      {ordered.map((item) => (
        <fieldset key={item.id} className="sv-minutes-editor__item" disabled={!draftAction.allowed}>
          <legend className="sv-minutes-editor__legend">{item.title}</legend>
          {(['informed', 'discussed', 'decided'] as const).map((part) => (
            <TextField
              key={part}
              className="sv-field"
              value={notes[item.id]?.[part] ?? ''}
              onChange={(v) => set(item.id, part, v)}
              isDisabled={!draftAction.allowed}
            >
              <Label className="sv-label">
                {text[part][locale]} <span className="sv-visually-hidden">– {item.title}</span>
              </Label>
              <TextArea className="sv-input" data-multiline="" />
            </TextField>
          ))}
        </fieldset>
      ))}
      <div className="sv-minutes-editor__actions">
        <ActionButton action={{ ...draftAction, label: text.save[locale] }} variant="secondary" onAction={() => onDraft?.(build())} />
        {approveAction ? <ActionButton action={approveAction} onAction={() => onApprove?.()} /> : null}
        {publishAction ? <ActionButton action={publishAction} onAction={() => onPublish?.()} /> : null}
      </div>
    </section>
  );
}
