/**
 * Seminarieprogrammet — the themes the steering group decided, their dialogue seminars and
 * where each stands in its reporting (core's `programmeOverview`, shown by the kit's
 * SeminarProgramme with each seminar's actions), a form to report attendance and the hours
 * of a held seminar (who may, and whether the figures pass the ESF rules, is core's answer),
 * and the ESF report over all reported hours.
 */
import { professionalCategoryLabels } from '@samverkan/core';
import type { SeminarView } from '@samverkan/core/runtime';
import { useCommand, useSamverkan, useSamverkanSelector, useSeminarProgramme } from '@samverkan/react';
import { ActionButton, EsfReport, SeminarProgramme } from '@samverkan/ui';
import { useState } from 'react';
import { Input, Label, NumberField } from 'react-aria-components';
import { describe } from '../app/actions.js';
import { useDemo } from '../app/demo-context.js';
import { useDispatchWithFeedback } from '../app/dispatch-with-feedback.js';
import { PageHeading } from '../shell/page-heading.js';
import { Section } from '../shell/section.js';

const text = {
  title: { sv: 'Seminarieprogram', en: 'Seminar programme' },
  report: { sv: 'Rapportera timmar', en: 'Report hours' },
  reportIntro: {
    sv: 'Genomförda seminarier som väntar på tidrapport. Ange närvaro och arbetade timmar per deltagare.',
    en: 'Held seminars awaiting their time report. Enter attendance and the hours worked per participant.',
  },
  nothingToReport: { sv: 'Inga genomförda seminarier väntar på tidrapport.', en: 'No held seminar is waiting for its time report.' },
  hoursFor: { sv: 'Timmar för', en: 'Hours for' },
  attended: { sv: 'Närvarade', en: 'Attended' },
  empty: { sv: 'Programmet har inga teman.', en: 'The programme has no themes.' },
} as const;

/** The report form's heading, where «Rapportera timmar» in the programme takes focus. */
const reportFormId = (seminarId: string) => `rapport-${seminarId.replace(/[^\w-]/g, '-')}`;

function ReportForm({ seminar }: { seminar: SeminarView }) {
  const { locale } = useSamverkan();
  const { can } = useCommand();
  const { dispatch } = useDispatchWithFeedback();
  const people = useSamverkanSelector((s) => s.dataset.people);
  const who = seminar.context.attendance.length > 0 ? seminar.context.attendance : seminar.context.participants;
  const [hours, setHours] = useState<Record<string, number>>({});
  const [absent, setAbsent] = useState<Record<string, boolean>>({});
  const attendance = who.filter((p) => !absent[p.personId]);
  const rows = attendance.flatMap((p) => (Number.isFinite(hours[p.personId]) && (hours[p.personId] ?? 0) > 0 ? [{ personId: p.personId, hours: hours[p.personId]!, professionalCategory: p.professionalCategory }] : []));
  const command = { type: 'reportSeminar' as const, seminarId: seminar.id, attendance, hours: rows };
  const action = describe('reportSeminar', text.report[locale], can(command), locale);
  return (
    <Section title={seminar.context.title ?? seminar.id} level={3} headingId={reportFormId(seminar.id)}>
      <ul className="sv-demo-hours">
        {who.map((p) => {
          const name = people.find((x) => x.id === p.personId)?.name ?? p.personId;
          return (
            <li key={p.personId} className="sv-demo-hours__row">
              <NumberField
                className="sv-field"
                value={hours[p.personId] ?? Number.NaN}
                onChange={(v) => setHours((h) => ({ ...h, [p.personId]: v }))}
                minValue={0}
                maxValue={13}
                step={0.25}
                formatOptions={{ maximumFractionDigits: 2 }}
              >
                <Label className="sv-label">
                  {text.hoursFor[locale]} {name} ({professionalCategoryLabels[p.professionalCategory][locale]})
                </Label>
                <Input className="sv-input" />
              </NumberField>
              <label className="sv-demo-check">
                <input
                  type="checkbox"
                  className="sv-demo-check__box"
                  checked={!absent[p.personId]}
                  onChange={(e) => setAbsent((a) => ({ ...a, [p.personId]: !e.target.checked }))}
                />
                {text.attended[locale]} <span className="sv-visually-hidden">– {name}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <ActionButton action={action} onAction={() => void dispatch(command)} />
    </Section>
  );
}

export default function SeminarsPage() {
  const { locale } = useSamverkan();
  const { info } = useDemo();
  const { overview, esf, actions } = useSeminarProgramme();
  const held = useSamverkanSelector((s) => [...s.seminars.values()].filter((x) => x.status === 'held'));
  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      {overview.themes.length === 0 ? <p className="sv-description">{text.empty[locale]}</p> : null}
      <SeminarProgramme
        themes={overview.themes}
        actions={actions}
        actionTypes={['reportSeminar']}
        onAction={(seminarId) => document.getElementById(reportFormId(seminarId))?.focus()}
      />
      <Section title={text.report[locale]}>
        <p className="sv-description">{held.length > 0 ? text.reportIntro[locale] : text.nothingToReport[locale]}</p>
        {held.map((s) => (
          <ReportForm key={s.id} seminar={s} />
        ))}
      </Section>
      <EsfReport report={esf} />
    </>
  );
}
