/**
 * What the demo says when core found its log changed (`getState().damaged`): on the page of a
 * damaged meeting or mandate, which record and why, that it shows the record as it was before
 * the damage and cannot be changed; on the overview, every damaged record of the network. Both
 * point to the reset on the Demodata page, which brings the sample back as shipped.
 */
import type { Locale } from '@samverkan/core';
import { parseStream, type StreamDamage } from '@samverkan/core/runtime';
import { useSamverkan, useSamverkanSelector } from '@samverkan/react';
import { useId } from 'react';
import { useDemo } from '../app/demo-context.js';
import { Link } from '../app/router.js';
import { pathOf, type SamplePage } from '../app/routes.js';

const text = {
  damaged: { sv: 'Handlingen är skadad', en: 'The record is damaged' },
  unsealed: { sv: 'Handlingen kan inte kontrolleras', en: 'The record cannot be verified' },
  network: { sv: 'Skadade handlingar i exemplets logg', en: 'Damaged records in the sample’s log' },
  networkIntro: {
    sv: 'Loggen i din webbläsare har ändrats utanför demon. De här handlingarna visas som de var före skadan och kan inte ändras; resten av nätverket fungerar som vanligt.',
    en: 'The log in your browser was changed outside the demo. These records are shown as they were before the damage and cannot be changed; the rest of the network works as usual.',
  },
  unsealedIntro: {
    sv: 'Exemplets data sparades av en äldre version av demon, innan loggen fick kontrollsummor. Allt visas, men inget kan ändras förrän exemplet återställs.',
    en: 'The sample’s data were stored by an older version of the demo, before the log carried hashes. Everything is shown, but nothing can be changed until the sample is reset.',
  },
  reset: { sv: 'Återställ exemplet på sidan Demodata', en: 'Reset the sample on the Demo data page' },
} as const;

/** The page that shows a stream's record, where the demo has one. */
function pageOf(stream: string): { page: SamplePage; id: string } | undefined {
  const where = parseStream(stream);
  if (where?.kind === 'meeting') return { page: 'meetings', id: where.id };
  if (where?.kind === 'mandate') return { page: 'mandates', id: where.id };
  if (where?.kind === 'agreement') return { page: 'agreements', id: where.id };
  return undefined;
}

function ResetLink({ locale }: { locale: Locale }) {
  const { sampleId } = useDemo();
  return (
    <p>
      <Link href={pathOf(sampleId, 'data')}>{text.reset[locale]}</Link>
    </p>
  );
}

/** On a record's page: whether the record is damaged, and why. Nothing for a sound record. */
export function RecordDamageNotice({ stream }: { stream: string }) {
  const { locale } = useSamverkan();
  const damage = useSamverkanSelector((s) => s.damaged.find((d) => d.stream === stream));
  const id = useId();
  if (!damage) return null;
  const unsealed = damage.code === 'unsealed';
  return (
    <section className="sv-notice sv-demo-damage" data-variant={unsealed ? 'warning' : 'danger'} data-damage={damage.code} aria-labelledby={id}>
      <h2 className="sv-subheading" id={id}>
        {unsealed ? text.unsealed[locale] : text.damaged[locale]}
      </h2>
      <p>{damage.reason[locale]}</p>
      <ResetLink locale={locale} />
    </section>
  );
}

/** On the overview: every damaged record of the network, linked to its page where it has one. */
export function NetworkDamageNotice() {
  const { locale } = useSamverkan();
  const { sampleId } = useDemo();
  const damaged = useSamverkanSelector((s) => s.damaged);
  const id = useId();
  if (damaged.length === 0) return null;
  const real = damaged.filter((d) => d.code !== 'unsealed');
  const item = (d: StreamDamage) => {
    const page = pageOf(d.stream);
    return (
      <li key={d.stream} className="sv-demo-list__item">
        {page ? <Link href={pathOf(sampleId, page.page, page.id)}>{d.stream}</Link> : <span>{d.stream}</span>}
        <span className="sv-demo-list__meta">{d.reason[locale]}</span>
      </li>
    );
  };
  return (
    <section className="sv-notice sv-demo-damage" data-variant={real.length > 0 ? 'danger' : 'warning'} aria-labelledby={id}>
      <h2 className="sv-subheading" id={id}>
        {text.network[locale]}
      </h2>
      <p>{real.length > 0 ? text.networkIntro[locale] : text.unsealedIntro[locale]}</p>
      {real.length > 0 ? <ul className="sv-demo-list">{real.map(item)}</ul> : null}
      <ResetLink locale={locale} />
    </section>
  );
}
