/**
 * Årsplan — a meeting series' year on the calendar: its meetings with where each stands, the
 * Swedish days off, and on request core's proposal for the year (dates that avoid holidays
 * and the summer break, with why a date moved). `useYearPlan` and the kit's YearPlan.
 */
import { useSamverkan, useSamverkanSelector, useYearPlan } from '@samverkan/react';
import { YearPlan } from '@samverkan/ui';
import { useId, useState } from 'react';
import { useDemo } from '../app/demo-context.js';
import { PageHeading } from '../shell/page-heading.js';

const text = {
  title: { sv: 'Årsplan', en: 'Year plan' },
  series: { sv: 'Mötesserie', en: 'Meeting series' },
  year: { sv: 'År', en: 'Year' },
  propose: { sv: 'Visa förslag på datum för året (samma veckodag som i dag)', en: 'Show proposed dates for the year (the same weekday as now)' },
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
    </>
  );
}
