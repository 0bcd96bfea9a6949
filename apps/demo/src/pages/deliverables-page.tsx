/**
 * Leveranser — the deliverables by status with the days overdue (core's derivation from the
 * due date and the demo's today), and each deliverable's next steps as core answers them.
 */
import { deliverableActionTypes, useDeliverables, useSamverkan } from '@samverkan/react';
import { ActionButton, DeliverableBoard } from '@samverkan/ui';
import { deliverablesCsv } from '@samverkan/core/documents';
import { useDemo } from '../app/demo-context.js';
import { saveFile } from '../shell/download.js';
import { useDispatchWithFeedback } from '../app/dispatch-with-feedback.js';
import { PageHeading } from '../shell/page-heading.js';
import { Section } from '../shell/section.js';

const text = {
  title: { sv: 'Leveranser', en: 'Deliverables' },
  steps: { sv: 'Nästa steg', en: 'Next steps' },
  none: { sv: 'Du har inget att göra med leveranserna just nu.', en: 'There is nothing for you to do with the deliverables now.' },
  csv: { sv: 'Hämta leveranserna (CSV för Excel)', en: 'Download the deliverables (CSV for Excel)' },
} as const;

/** The steps a deliverable row offers without more input (changes and archiving ask for text). */
const direct = deliverableActionTypes.filter((t) => t !== 'requestChanges' && t !== 'archiveDeliverable');

export default function DeliverablesPage() {
  const { locale, runtime } = useSamverkan();
  const { info } = useDemo();
  const { columns, rows } = useDeliverables();
  const { dispatch } = useDispatchWithFeedback();
  const doable = rows.filter((row) => direct.some((t) => row.actions[t].allowed));
  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      <DeliverableBoard columns={columns} />
      <p>
        <button type="button" className="sv-button" data-variant="secondary" onClick={() => saveFile(deliverablesCsv(runtime.getState(), locale))}>
          {text.csv[locale]}
        </button>
      </p>
      <Section title={text.steps[locale]}>
        {doable.length === 0 ? <p className="sv-description">{text.none[locale]}</p> : null}
        <ul className="sv-demo-list">
          {doable.map((row) => (
            <li key={row.id} className="sv-demo-list__item">
              <span>
                {row.title} <span className="sv-demo-list__meta">({row.statusLabel})</span>
              </span>
              <span className="sv-demo-actions">
                {direct
                  .filter((t) => row.actions[t].allowed)
                  .map((t) => (
                    <ActionButton
                      key={t}
                      action={{ ...row.actions[t], label: `${row.actions[t].label}: ${row.title}` }}
                      variant="secondary"
                      onAction={() => void dispatch({ type: t, deliverableId: row.id })}
                    />
                  ))}
              </span>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
