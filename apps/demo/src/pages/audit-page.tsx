/**
 * Händelselogg — every accepted command of the whole network, or of one aggregate (a meeting, a
 * mandate, an agreement, …): who did it, in which role, when and why (core's `auditTrail` through `useAuditTrail`,
 * shown by the kit's AuditTrail with its filters by kind of event and person).
 */
import { DATASET_STREAM } from '@samverkan/core/runtime';
import { useAuditTrail, useSamverkan, useSamverkanSelector } from '@samverkan/react';
import { AuditTrail } from '@samverkan/ui';
import { auditTrailCsv } from '@samverkan/core/documents';
import { useId } from 'react';
import { useDemo } from '../app/demo-context.js';
import { navigate, useLocation } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { saveFile } from '../shell/download.js';
import { PageHeading } from '../shell/page-heading.js';

const text = {
  title: { sv: 'Händelselogg', en: 'Audit trail' },
  choose: { sv: 'Visa loggen för', en: 'Show the trail of' },
  whole: { sv: 'Hela nätverket', en: 'The whole network' },
  dataset: { sv: 'Exemplets grunddata', en: 'The sample’s base data' },
  csv: { sv: 'Hämta loggen (CSV för Excel)', en: 'Download the trail (CSV for Excel)' },
  kinds: {
    mandate: { sv: 'Uppdrag', en: 'Mandate' },
    meeting: { sv: 'Möte', en: 'Meeting' },
    deliverable: { sv: 'Leverans', en: 'Deliverable' },
    agreement: { sv: 'Överenskommelse', en: 'Agreement' },
    theme: { sv: 'Tema', en: 'Theme' },
    seminar: { sv: 'Seminarium', en: 'Seminar' },
    communicationPlan: { sv: 'Kommunikationsplan', en: 'Communication plan' },
  },
} as const;

export default function AuditPage() {
  const { locale } = useSamverkan();
  const { sampleId, info } = useDemo();
  const id = useId();
  const { search } = useLocation();
  const streams = useSamverkanSelector((s) =>
    [...s.mandates.values(), ...s.meetings.values(), ...s.agreements.values(), ...s.deliverables.values(), ...s.themes.values(), ...s.seminars.values()].map((v) => ({
      stream: v.stream,
      kind: v.kind,
      title: 'title' in v.context && typeof v.context.title === 'string' ? v.context.title : 'mandate' in v.context ? v.context.mandate.title : v.id,
    })),
  );
  const requested = search.get('stream');
  // Without a (known) stream in the address, the whole network's log.
  const stream = requested && (requested === DATASET_STREAM || streams.some((s) => s.stream === requested)) ? requested : undefined;
  const { entries, loading, error } = useAuditTrail(stream);
  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      <div className="sv-field">
        <label className="sv-label" htmlFor={id}>
          {text.choose[locale]}
        </label>
        <select
          id={id}
          className="sv-demo-select"
          value={stream ?? ''}
          onChange={(e) =>
            navigate(e.target.value ? `${pathOf(sampleId, 'audit')}?stream=${encodeURIComponent(e.target.value)}` : pathOf(sampleId, 'audit'), { replace: true })
          }
        >
          <option value="">{text.whole[locale]}</option>
          {streams.map((s) => (
            <option key={s.stream} value={s.stream}>
              {text.kinds[s.kind][locale]}: {s.title}
            </option>
          ))}
          <option value={DATASET_STREAM}>{text.dataset[locale]}</option>
        </select>
      </div>
      <p>
        <button type="button" className="sv-button" data-variant="secondary" disabled={loading || entries.length === 0} onClick={() => saveFile(auditTrailCsv(entries, locale))}>
          {text.csv[locale]}
        </button>
      </p>
      <AuditTrail entries={entries} loading={loading} error={error} heading={stream === undefined ? text.whole[locale] : (streams.find((s) => s.stream === stream)?.title ?? text.dataset[locale])} />
    </>
  );
}
