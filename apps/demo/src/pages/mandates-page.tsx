/** Uppdrag — the sample's mandates (Örebro has one per sub-county group), each with its state. */
import { stateLabel } from '@samverkan/core/runtime';
import { useSamverkan, useSamverkanSelector } from '@samverkan/react';
import { useDemo } from '../app/demo-context.js';
import { Link } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { mandateIds } from '../app/network-mandates.js';
import { PageHeading } from '../shell/page-heading.js';

const text = {
  title: { sv: 'Uppdrag', en: 'Mandates' },
  intro: { sv: 'Uppdragsbeskrivningarna med versionshistorik, granskning och fastställande.', en: 'The mandates with their version history, review and approval.' },
} as const;

export default function MandatesPage() {
  const { locale } = useSamverkan();
  const { sampleId, info } = useDemo();
  const mandates = useSamverkanSelector((s) =>
    mandateIds(s).map((id) => ({ id, title: s.mandates.get(id)?.context.mandate.title ?? s.dataset.mandates.find((m) => m.id === id)?.title ?? id, state: s.mandates.get(id)?.state })),
  );
  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      <p className="sv-demo-lead">{text.intro[locale]}</p>
      <ul className="sv-demo-list">
        {mandates.map((m) => (
          <li key={m.id} className="sv-demo-list__item">
            <Link href={pathOf(sampleId, 'mandates', m.id)}>{m.title}</Link>
            {m.state ? <span className="sv-demo-list__meta">{stateLabel('mandate', m.state)[locale]}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
