/**
 * Propose an agenda item (*föreslå punkt*): a title, its kind, the time it needs and an
 * optional background in Markdown. Plain form fields with the kit's classes; core checks the
 * proposal on the server, and its refusal is shown beside the form in its own words.
 */
import { agendaItemKindLabels, type AgendaItemKind } from '@samverkan/core';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import type { WidgetProblem } from '../element/widget-problem.js';
import type { WidgetLocale } from '../public/widget-types.js';
import { newCommandId } from '../connection/network-connection.js';
import { say } from '../i18n/widget-texts.js';

/** The kinds core has labels for, in its order. */
const kinds = Object.keys(agendaItemKindLabels) as AgendaItemKind[];

export interface ProposalFormProps {
  locale: WidgetLocale;
  pending: boolean;
  problem: WidgetProblem | undefined;
  headingLevel: 3 | 4;
  /** Sends the item; resolves true when the server recorded it (the form is then emptied). */
  onPropose: (item: Record<string, unknown>) => Promise<boolean>;
}

export function ProposalForm({ locale, pending, problem, headingLevel, onPropose }: ProposalFormProps) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<AgendaItemKind>('discussion');
  const [minutes, setMinutes] = useState('15');
  const [background, setBackground] = useState('');
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <section className="sv-widget__proposal" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="sv-subheading">
        {say('propose', locale)}
      </Heading>
      <form
        className="sv-widget__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (pending) return;
          const item = {
            id: `punkt-${newCommandId().slice(2, 14)}`,
            title,
            kind,
            durationMinutes: Number(minutes),
            ...(background.trim() ? { description: background } : {}),
          };
          void onPropose(item).then((ok) => {
            if (ok) {
              setTitle('');
              setBackground('');
            }
          });
        }}
      >
        {problem ? (
          <div className="sv-notice" data-variant="danger" role="alert" data-code={problem.code}>
            <strong>{say('errorHeading', locale)}: </strong>
            {problem.message[locale]}
          </div>
        ) : null}
        <div className="sv-field">
          <label className="sv-label" htmlFor={`${id}-title`}>
            {say('itemTitle', locale)}
          </label>
          <input id={`${id}-title`} className="sv-input" value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
        </div>
        <div className="sv-field">
          <label className="sv-label" htmlFor={`${id}-kind`}>
            {say('itemKind', locale)}
          </label>
          <select id={`${id}-kind`} className="sv-input" value={kind} onChange={(event) => setKind(event.currentTarget.value as AgendaItemKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {agendaItemKindLabels[k][locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="sv-field">
          <label className="sv-label" htmlFor={`${id}-minutes`}>
            {say('itemMinutes', locale)}
          </label>
          <input id={`${id}-minutes`} className="sv-input" inputMode="numeric" value={minutes} onChange={(event) => setMinutes(event.currentTarget.value)} />
        </div>
        <div className="sv-field">
          <label className="sv-label" htmlFor={`${id}-background`}>
            {say('itemBackground', locale)}
          </label>
          <textarea id={`${id}-background`} className="sv-input" data-multiline="" value={background} onChange={(event) => setBackground(event.currentTarget.value)} />
        </div>
        <div>
          <Button type="submit" className="sv-button" isDisabled={pending}>
            {say('send', locale)}
          </Button>
        </div>
      </form>
    </section>
  );
}
