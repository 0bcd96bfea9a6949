/**
 * Allmänna handlingar — the network's register of public records: every approved mandate
 * version, published agenda and minutes and party decision, with the day it was registered,
 * its classification (KLASSA-style levels) and its retention rule (kept, or weeded after so many
 * years by a recorded decision); what the plan allows to be weeded by today; and the published
 * records as open data (JSON, OParl concepts). The register, the weeding report and the open
 * data are core's (`@samverkan/core/documents`); the page renders them.
 */
import { openData, publicRecordsRegister, weedingReport, type RegisterEntry } from '@samverkan/core/documents';
import type { Locale } from '@samverkan/core';
import { useRuntimeState, useSamverkan } from '@samverkan/react';
import { formatDate } from '@samverkan/ui';
import { useMemo } from 'react';
import { useDemo } from '../app/demo-context.js';
import { saveFile } from '../shell/download.js';
import { PageHeading } from '../shell/page-heading.js';
import { Section } from '../shell/section.js';
import { TableWrap } from '../shell/table-wrap.js';

const text = {
  title: { sv: 'Allmänna handlingar', en: 'Public records' },
  intro: {
    sv: 'Det här blir allmänna handlingar i nätverket: fastställda uppdragsbeskrivningar, publicerade kallelser och minnesanteckningar och parters beslut. Varje handling har ett registreringsdatum, en informationsklassning och en regel för bevarande eller gallring.',
    en: 'These become public records in the network: approved mandates, published notices and minutes, and parties’ decisions. Each has a registration date, an information classification and a rule for keeping or weeding it.',
  },
  register: { sv: 'Register', en: 'Register' },
  table: { sv: 'Register över allmänna handlingar', en: 'Register of public records' },
  registered: { sv: 'Registrerad', en: 'Registered' },
  record: { sv: 'Handling', en: 'Record' },
  type: { sv: 'Typ', en: 'Type' },
  classification: { sv: 'Klassning (K/R/T)', en: 'Classification (C/I/A)' },
  retention: { sv: 'Bevarande', en: 'Retention' },
  fingerprint: { sv: 'Kontrollsumma', en: 'Fingerprint' },
  none: { sv: 'Inga allmänna handlingar ännu.', en: 'No public records yet.' },
  preserve: { sv: 'Bevaras', en: 'Kept for good' },
  weed: { sv: (years: number) => `Gallras efter ${years} år`, en: (years: number) => `Weeded after ${years} years` },
  weeding: { sv: 'Gallring', en: 'Weeding' },
  dueNone: { sv: 'Inget får gallras ännu.', en: 'Nothing may be weeded yet.' },
  mayFrom: { sv: 'får gallras från', en: 'may be weeded from' },
  openData: { sv: 'Öppna data', en: 'Open data' },
  openDataHelp: {
    sv: 'Nätverkets publicerade handlingar som öppna data (JSON), med begrepp från OParl: organ, organisationer, möten, dagordningspunkter och handlingar. Inga personuppgifter utöver namn i publicerade handlingar.',
    en: 'The network’s published records as open data (JSON), in OParl’s concepts: bodies, organisations, meetings, agenda items and papers. No personal data beyond names in published records.',
  },
  download: { sv: 'Hämta öppna data (JSON)', en: 'Download open data (JSON)' },
} as const;

const levels = {
  sv: ['0 ingen', '1 låg', '2 måttlig', '3 hög'],
  en: ['0 none', '1 low', '2 moderate', '3 high'],
} as const;

function classificationText(entry: RegisterEntry, locale: Locale): string {
  const { confidentiality, integrity, availability } = entry.classification;
  return [confidentiality, integrity, availability].map((level) => levels[locale][level] ?? String(level)).join(' · ');
}

function retentionText(entry: RegisterEntry, locale: Locale): string {
  return entry.retention.rule === 'preserve' ? text.preserve[locale] : text.weed[locale](entry.retention.afterYears);
}

export default function RecordsPage() {
  const { locale, now } = useSamverkan();
  const { info } = useDemo();
  const state = useRuntimeState((s) => [s.mandates, s.meetings, s.agreements, s.deliverables, s.dataset]);
  const register = useMemo(() => publicRecordsRegister(state).sort((a, b) => b.registered.localeCompare(a.registered)), [state]);
  const weeding = useMemo(() => weedingReport(state, now), [state, now]);
  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      <p className="sv-demo-lead">{text.intro[locale]}</p>
      <Section title={text.register[locale]}>
        {register.length === 0 ? (
          <p className="sv-description">{text.none[locale]}</p>
        ) : (
          <TableWrap label={text.table[locale]}>
            <table className="sv-table sv-demo-register">
              <caption className="sv-visually-hidden">{text.table[locale]}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.registered[locale]}</th>
                  <th scope="col">{text.record[locale]}</th>
                  <th scope="col">{text.type[locale]}</th>
                  <th scope="col">{text.classification[locale]}</th>
                  <th scope="col">{text.retention[locale]}</th>
                  <th scope="col">{text.fingerprint[locale]}</th>
                </tr>
              </thead>
              <tbody>
                {register.map((entry) => (
                  <tr key={entry.id} data-record-type={entry.type}>
                    <td>{formatDate(entry.registered, locale, 'short')}</td>
                    <th scope="row">{entry.version ? `${entry.title} (${entry.version})` : entry.title}</th>
                    <td>{entry.typeLabel[locale]}</td>
                    <td>{classificationText(entry, locale)}</td>
                    <td>{retentionText(entry, locale)}</td>
                    <td>{entry.fingerprint ? <code title={entry.fingerprint}>{entry.fingerprint.slice(0, 12)}…</code> : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </Section>
      <Section title={text.weeding[locale]}>
        <p className="sv-description">{weeding.notice[locale]}</p>
        {weeding.due.length === 0 ? (
          <p>{text.dueNone[locale]}</p>
        ) : (
          <ul className="sv-demo-list">
            {weeding.due.map((entry) => (
              <li key={entry.id} className="sv-demo-list__item">
                {entry.title} <span className="sv-demo-list__meta">({text.mayFrom[locale]} {formatDate(entry.mayBeWeededFrom!, locale)})</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={text.openData[locale]}>
        <p className="sv-description">{text.openDataHelp[locale]}</p>
        <button
          type="button"
          className="sv-button"
          data-variant="secondary"
          onClick={() =>
            saveFile({ filename: `${info.id}-oppna-data.json`, contentType: 'application/json; charset=utf-8', text: `${JSON.stringify(openData(state, { now }), null, 2)}\n` })
          }
        >
          {text.download[locale]}
        </button>
      </Section>
    </>
  );
}
