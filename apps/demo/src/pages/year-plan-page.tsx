/**
 * Årsplan — a meeting series' year on the calendar: its meetings with where each stands, the
 * Swedish days off, and on request core's proposal for the year (dates that avoid holidays
 * and the summer break, with why a date moved). `useYearPlan` and the kit's YearPlan. A date of the
 * proposal can be accepted as a meeting of the series (`planMeeting`), where core lets the
 * visitor convene it.
 */
import { command } from '@samverkan/core/runtime';
import { newCommandId, PROBE_TEXT, useCommand, useSamverkan, useSamverkanSelector, useYearPlan } from '@samverkan/react';
import { ErrorSummary, formatDate, formErrors, stockholmInstant, YearPlan, type FormError } from '@samverkan/ui';
import { useId, useState, type FormEvent } from 'react';
import { useDemo } from '../app/demo-context.js';
import { useDispatchWithFeedback } from '../app/dispatch-with-feedback.js';
import { navigate } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { fieldId, SelectInput, TextInput } from '../shell/form-fields.js';
import { Section } from '../shell/section.js';
import { PageHeading } from '../shell/page-heading.js';

const text = {
  title: { sv: 'Årsplan', en: 'Year plan' },
  series: { sv: 'Mötesserie', en: 'Meeting series' },
  year: { sv: 'År', en: 'Year' },
  propose: { sv: 'Visa förslag på datum för året (samma veckodag som i dag)', en: 'Show proposed dates for the year (the same weekday as now)' },
  accept: { sv: 'Planera ett möte från förslaget', en: 'Plan a meeting from the proposal' },
  date: { sv: 'Föreslaget datum', en: 'Proposed date' },
  meetingTitle: { sv: 'Mötets rubrik', en: 'The meeting’s title' },
  plan: { sv: 'Planera mötet', en: 'Plan the meeting' },
} as const;

export default function YearPlanPage() {
  const { locale, now } = useSamverkan();
  const { info } = useDemo();
  const id = useId();
  const series = useSamverkanSelector((s) => {
    const used = new Set([...s.meetings.values()].map((m) => m.context.seriesId));
    return [...s.dataset.meetingSeries, ...s.dataset.mandates.flatMap((m) => m.meetings)].filter((x) => used.has(x.id)).map((x) => ({ id: x.id, name: x.name }));
  });
  const thisYear = Number(now.slice(0, 4));
  const [seriesId, setSeriesId] = useState(series[0]?.id ?? '');
  const [year, setYear] = useState(thisYear);
  const [propose, setPropose] = useState(false);
  // The proposal keeps the weekday the series meets on now (ISO: 1 = Monday … 7 = Sunday).
  const weekday = useSamverkanSelector((s) => {
    const first = [...s.meetings.values()].find((m) => m.context.seriesId === seriesId);
    const day = first ? new Date(`${first.context.startsAt.slice(0, 10)}T12:00:00Z`).getUTCDay() : 4;
    return day === 0 ? 7 : day;
  });
  const plan = useYearPlan({ seriesId, year, ...(propose ? { proposal: { preferredWeekday: weekday } } : {}) });
  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      <div className="sv-demo-form">
        <div className="sv-field">
          <label className="sv-label" htmlFor={`${id}-series`}>
            {text.series[locale]}
          </label>
          <select id={`${id}-series`} className="sv-demo-select" value={seriesId} onChange={(e) => setSeriesId(e.target.value)}>
            {series.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="sv-field">
          <label className="sv-label" htmlFor={`${id}-year`}>
            {text.year[locale]}
          </label>
          <select id={`${id}-year`} className="sv-demo-select" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {[thisYear - 1, thisYear, thisYear + 1].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <label className="sv-demo-check">
          <input type="checkbox" className="sv-demo-check__box" checked={propose} onChange={(e) => setPropose(e.target.checked)} />
          {text.propose[locale]}
        </label>
      </div>
      <YearPlan
        year={year}
        seriesName={plan.series?.name}
        meetings={plan.meetings}
        daysOff={plan.daysOff}
        today={plan.today}
        {...(plan.proposal ? { proposal: plan.proposal } : {})}
      />
      {plan.series && plan.proposal?.ok ? (
        <AcceptProposal
          key={`${plan.series.id}-${year}`}
          series={plan.series}
          dates={plan.proposal.value.map((p) => p.date).filter((d) => !plan.meetings.some((m) => m.startsAt.slice(0, 10) === d))}
        />
      ) : null}
    </>
  );
}

/**
 * One date of core's proposal taken as a meeting of the series, at the series' usual time:
 * offered only where core lets the visitor convene in the series' group.
 */
function AcceptProposal({ series, dates }: { series: { id: string; name: string; groupId: string; startTime: string; durationMinutes: number }; dates: readonly string[] }) {
  const { locale } = useSamverkan();
  const { sampleId } = useDemo();
  const { can } = useCommand();
  const { dispatch, pending } = useDispatchWithFeedback();
  const [date, setDate] = useState(dates[0] ?? '');
  const [title, setTitle] = useState(series.name);
  const [errors, setErrors] = useState<FormError[]>([]);
  const meetingOf = (id: string, day: string, name: string) => ({
    id,
    groupId: series.groupId,
    seriesId: series.id,
    title: name,
    startsAt: stockholmInstant(day, series.startTime) ?? day,
    durationMinutes: series.durationMinutes,
  });
  const first = dates[0];
  if (!first || !can(command({ type: 'planMeeting', id: newCommandId(), meetingId: 'probe', meeting: meetingOf('probe', first, PROBE_TEXT) })).ok) return null;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const meetingId = `${sampleId}:mote-${date}-${newCommandId().slice(0, 6)}`;
    const result = await dispatch(command({ type: 'planMeeting', id: newCommandId(), meetingId, meeting: meetingOf(meetingId, date, title.trim()) }));
    if (!result.ok) return setErrors(formErrors('planMeeting', result, locale));
    navigate(pathOf(sampleId, 'meetings', meetingId));
  };
  return (
    <Section title={text.accept[locale]}>
      <form className="sv-demo-action-form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={errors} fieldIds={Object.fromEntries(errors.map((e) => [e.key, fieldId(e.key)]))} headingLevel={3} />
        <SelectInput fieldKey="meeting.startsAt" label={text.date[locale]} error={errors.find((e) => e.key.startsWith('meeting.startsAt'))?.message} value={date} onChange={setDate} choices={dates.map((d) => ({ value: d, label: formatDate(d, locale) }))} />
        <TextInput fieldKey="meeting.title" label={text.meetingTitle[locale]} error={errors.find((e) => e.key === 'meeting.title')?.message} value={title} onChange={setTitle} />
        <div className="sv-demo-form__actions">
          <button type="submit" className="sv-button" disabled={pending}>
            {text.plan[locale]}
          </button>
        </div>
      </form>
    </Section>
  );
}
