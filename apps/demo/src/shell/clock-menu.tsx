/**
 * The demo's clock in the banner: what time the sample stands at, running, and a small dialog to
 * move it — to pass an agenda deadline, to reach a meeting's start — or back to the sample's own
 * day. A real service has no such control: its server's clock says when.
 */
import { formatDate, formatDateTime, formatTime } from '@samverkan/ui';
import { useId, useState, type FormEvent } from 'react';
import { stockholmInstant, stockholmParts } from '../app/clock.js';
import { useDemo } from '../app/demo-context.js';
import { setDemoClock } from '../app/demo-clock.js';
import { Link } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { PopoverTool } from './popover-tool.js';

export const clockText = {
  button: { sv: 'Demons tid:', en: 'Demo time:' },
  title: { sv: 'Flytta demons tid', en: 'Move the demo’s time' },
  intro: {
    sv: 'Exemplet börjar på sin egen dag och klockan går som vanligt. Flytta den för att till exempel passera sista dag för en agenda eller nå ett mötes start.',
    en: 'The sample starts on its own day and the clock runs as usual. Move it, for example to pass an agenda deadline or to reach a meeting’s start.',
  },
  date: { sv: 'Datum (ÅÅÅÅ-MM-DD)', en: 'Date (YYYY-MM-DD)' },
  time: { sv: 'Klockslag (TT:MM)', en: 'Time (HH:MM)' },
  set: { sv: 'Ställ in tiden', en: 'Set the time' },
  back: { sv: 'Tillbaka till exemplets dag', en: 'Back to the sample’s day' },
  invalid: { sv: 'Skriv ett datum som 2019-11-25 och ett klockslag som 09:00.', en: 'Enter a date like 2019-11-25 and a time like 09:00.' },
  more: { sv: 'Återställ exemplet', en: 'Reset the sample' },
} as const;

/** «20 nov. 2019 12:05»: the time on a phone's banner. */
function shortTime(instant: string, locale: 'sv' | 'en'): string {
  return `${formatDate(stockholmParts(instant).date, locale, 'short')} ${formatTime(instant, locale)}`;
}

export function ClockMenu() {
  const { locale, now, sampleId, referenceDate } = useDemo();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [invalid, setInvalid] = useState(false);
  const openWith = (isOpen: boolean) => {
    if (isOpen) {
      const parts = stockholmParts(now);
      setDate(parts.date);
      setTime(parts.time);
      setInvalid(false);
    }
    setOpen(isOpen);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const instant = stockholmInstant(date.trim(), time.trim());
    if (!instant) {
      setInvalid(true);
      return;
    }
    setDemoClock(sampleId, instant);
    setOpen(false);
  };
  return (
    <PopoverTool
      anchorClassName="sv-demo-clock-anchor"
      className="sv-demo-tool sv-demo-clock"
      isOpen={open}
      onOpenChange={openWith}
      aria-labelledby={`${id}-title`}
      face={
        <>
          <span className="sv-demo-clock__label">{clockText.button[locale]}</span>{' '}
          <time dateTime={now}>
            <span className="sv-demo-clock__long">{formatDateTime(now, locale)}</span>
            <span className="sv-demo-clock__short" aria-hidden="true">
              {shortTime(now, locale)}
            </span>
          </time>
        </>
      }
    >
      <h2 className="sv-demo-popover__title" id={`${id}-title`}>
        {clockText.title[locale]}
      </h2>
      <p className="sv-description">{clockText.intro[locale]}</p>
      <form className="sv-demo-form" onSubmit={submit} noValidate>
        {invalid ? (
          <p className="sv-field-error" role="alert">
            {clockText.invalid[locale]}
          </p>
        ) : null}
        <div className="sv-demo-form__row">
          <div className="sv-field">
            <label className="sv-label" htmlFor={`${id}-date`}>
              {clockText.date[locale]}
            </label>
            <input id={`${id}-date`} className="sv-input" inputMode="numeric" autoComplete="off" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={invalid || undefined} />
          </div>
          <div className="sv-field">
            <label className="sv-label" htmlFor={`${id}-time`}>
              {clockText.time[locale]}
            </label>
            <input id={`${id}-time`} className="sv-input" inputMode="numeric" autoComplete="off" value={time} onChange={(e) => setTime(e.target.value)} aria-invalid={invalid || undefined} />
          </div>
        </div>
        <div className="sv-button-group">
          <button type="submit" className="sv-button">
            {clockText.set[locale]}
          </button>
          <button
            type="button"
            className="sv-button"
            data-variant="tertiary"
            onClick={() => {
              setDemoClock(sampleId, referenceDate);
              setOpen(false);
            }}
          >
            {clockText.back[locale]}
          </button>
        </div>
      </form>
      <p className="sv-description">
        <Link href={pathOf(sampleId, 'data')} onClick={() => setOpen(false)}>
          {clockText.more[locale]}
        </Link>
      </p>
    </PopoverTool>
  );
}
