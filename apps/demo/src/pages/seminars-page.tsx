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
import { esfReportCsv } from '@samverkan/core/documents';
import { EsfReport, ErrorSummary, errorFor, formErrors, SeminarProgramme, type FormError } from '@samverkan/ui';
import { useState } from 'react';
import { Button, FieldError, Form, Input, Label, NumberField } from 'react-aria-components';
import { useDemo } from '../app/demo-context.js';
import { Link } from '../app/router.js';
import { printPath } from '../app/routes.js';
import { useDispatchWithFeedback } from '../app/dispatch-with-feedback.js';
import { PageHeading } from '../shell/page-heading.js';
import { saveFile } from '../shell/download.js';
import { Section } from '../shell/section.js';

const text = {
  title: { sv: 'Seminarieprogram', en: 'Seminar programme' },
  esfCsv: { sv: 'Hämta ESF-rapporten (CSV för Excel)', en: 'Download the ESF report (CSV for Excel)' },
  esfPrint: { sv: 'Skriv ut ESF-rapporten eller spara som PDF', en: 'Print the ESF report or save it as PDF' },
  themes: { sv: 'Teman och seminarier', en: 'Themes and seminars' },
  report: { sv: 'Rapportera timmar', en: 'Report hours' },
  reportIntro: {
    sv: 'Seminarier som är genomförda men inte rapporterade. Ange vilka som deltog och hur många timmar var och en arbetade.',
    en: 'Seminars that have been held but not reported. Enter who took part and how many hours each of them worked.',
  },
  nothingToReport: { sv: 'Inga genomförda seminarier väntar på tidrapport.', en: 'No held seminar is waiting for its time report.' },
  notYours: { sv: 'Du kan inte rapportera timmar för de här seminarierna:', en: 'You cannot report hours for these seminars:' },
  hoursFor: { sv: 'Timmar för', en: 'Hours for' },
  attended: { sv: 'Närvarade', en: 'Attended' },
  empty: { sv: 'Programmet har inga teman.', en: 'The programme has no themes.' },
} as const;

/** The report form's heading, where «Rapportera timmar» in the programme takes focus. */
const reportFormId = (seminarId: string) => `rapport-${seminarId.replace(/[^\w-]/g, '-')}`;

function ReportForm({ seminar }: { seminar: SeminarView }) {
  const { locale } = useSamverkan();
  const { can, pending } = useCommand();
  const { dispatch } = useDispatchWithFeedback();
  const people = useSamverkanSelector((s) => s.dataset.people);
  const who = seminar.context.attendance.length > 0 ? seminar.context.attendance : seminar.context.participants;
  const [hours, setHours] = useState<Record<string, number>>({});
  const [absent, setAbsent] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const attendance = who.filter((p) => !absent[p.personId]);
  const rows = attendance.flatMap((p) => (Number.isFinite(hours[p.personId]) && (hours[p.personId] ?? 0) > 0 ? [{ personId: p.personId, hours: hours[p.personId]!, professionalCategory: p.professionalCategory }] : []));
  const command = { type: 'reportSeminar' as const, seminarId: seminar.id, attendance, hours: rows };
  const fieldId = (personId: string) => `${reportFormId(seminar.id)}-${personId.replace(/[^\w-]/g, '-')}`;
  // Core names a row by its place in the hours sent: `hours.3.hours` is the fourth filled-in row.
  const fieldIds: Record<string, string> = { hours: fieldId(who[0]?.personId ?? ''), ...Object.fromEntries(rows.map((r, i) => [`hours.${i}.hours`, fieldId(r.personId)])) };
  const named = errors.map((e) => {
    const match = /^hours\.(\d+)\.hours$/.exec(e.key);
    const row = match ? rows[Number(match[1])] : undefined;
    const name = row ? people.find((x) => x.id === row.personId)?.name : undefined;
    return name ? { ...e, field: `${text.hoursFor[locale]} ${name}` } : e;
  });
  // Offered only to whoever may report this seminar: core's answer for a report with hours.
  const probe = who[0] ? can({ ...command, attendance: who, hours: [{ personId: who[0].personId, hours: 1, professionalCategory: who[0].professionalCategory }] }) : undefined;
  if (probe && !probe.ok && probe.code !== 'VALIDATION') {
    return (
      <Section title={seminar.context.title ?? seminar.id} level={3} headingId={reportFormId(seminar.id)}>
        <p className="sv-description">
          {text.notYours[locale]} {probe.message[locale]}
        </p>
      </Section>
    );
  }
  return (
    <Section title={seminar.context.title ?? seminar.id} level={3} headingId={reportFormId(seminar.id)}>
      <Form
        className="sv-demo-report"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          void dispatch(command).then((result) => setErrors(result.ok ? [] : formErrors('reportSeminar', result, locale)));
        }}
      >
        <ErrorSummary errors={named} fieldIds={fieldIds} headingLevel={4} />
        <ul className="sv-demo-hours">
          {who.map((p) => {
            const name = people.find((x) => x.id === p.personId)?.name ?? p.personId;
            const index = rows.findIndex((r) => r.personId === p.personId);
            const error = index >= 0 ? errorFor(errors, `hours.${index}.hours`) : undefined;
            return (
              <li key={p.personId} className="sv-demo-hours__row">
                <NumberField
                  className="sv-field"
                  id={fieldId(p.personId)}
                  value={hours[p.personId] ?? Number.NaN}
                  onChange={(v) => setHours((h) => ({ ...h, [p.personId]: v }))}
                  minValue={0}
                  maxValue={13}
                  step={0.25}
                  formatOptions={{ maximumFractionDigits: 2 }}
                  isInvalid={error !== undefined}
                >
                  <Label className="sv-label">
                    {text.hoursFor[locale]} {name} ({professionalCategoryLabels[p.professionalCategory][locale]})
                  </Label>
                  <Input className="sv-input" />
                  <FieldError className="sv-field-error">{error?.message}</FieldError>
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
        <div className="sv-button-group">
          <Button type="submit" className="sv-button" isDisabled={pending}>
            {text.report[locale]}
          </Button>
        </div>
      </Form>
    </Section>
  );
}

export default function SeminarsPage() {
  const { locale, runtime } = useSamverkan();
  const { info } = useDemo();
  const { overview, esf, actions } = useSeminarProgramme();
  const held = useSamverkanSelector((s) => [...s.seminars.values()].filter((x) => x.status === 'held'));
  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      {overview.themes.length === 0 ? <p className="sv-description">{text.empty[locale]}</p> : null}
      <SeminarProgramme
        heading={text.themes[locale]}
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
      <p>
        <button type="button" className="sv-button" data-variant="secondary" onClick={() => saveFile(esfReportCsv(runtime.getState(), {}, locale))}>
          {text.esfCsv[locale]}
        </button>{' '}
        <Link href={printPath(info.id, 'esf')}>{text.esfPrint[locale]}</Link>
      </p>
    </>
  );
}
