/**
 * Demodata — the demo's date and its data. The sample runs as of its own today; moving the
 * date forward lets a visitor take a meeting past its agenda deadline or hold it. Reset empties
 * this sample's database and loads the sample as shipped (core's `resetToSample`).
 */
import { useSamverkan } from '@samverkan/react';
import { formatDateTime } from '@samverkan/ui';
import { useState, type FormEvent } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { stockholmInstant, stockholmParts } from '../app/clock.js';
import { useDemo } from '../app/demo-context.js';
import { updatePreferences } from '../app/preferences.js';
import { resetSample } from '../app/sample-runtime.js';
import { PageHeading } from '../shell/page-heading.js';
import { Section } from '../shell/section.js';

const text = {
  title: { sv: 'Demodata', en: 'Demo data' },
  clock: { sv: 'Demons datum', en: 'The demo’s date' },
  clockIntro: {
    sv: 'Exemplet körs som om det vore dess egen dag. Flytta datumet framåt för att till exempel passera sista dag för en agenda eller hålla ett möte. Kommandon registreras med den tid som står här.',
    en: 'The sample runs as if it were its own day. Move the date forward, for example to pass an agenda deadline or to hold a meeting. Commands are recorded at the time set here.',
  },
  now: { sv: 'Nu:', en: 'Now:' },
  date: { sv: 'Datum (ÅÅÅÅ-MM-DD)', en: 'Date (YYYY-MM-DD)' },
  time: { sv: 'Klockslag (TT:MM)', en: 'Time (HH:MM)' },
  set: { sv: 'Ställ in datum', en: 'Set the date' },
  back: { sv: 'Tillbaka till exemplets dag', en: 'Back to the sample’s day' },
  invalid: { sv: 'Skriv ett datum som 2019-11-25 och ett klockslag som 09:00.', en: 'Enter a date like 2019-11-25 and a time like 09:00.' },
  moved: { sv: 'Demons datum är nu', en: 'The demo’s date is now' },
  reset: { sv: 'Återställ exemplet', en: 'Reset the sample' },
  resetIntro: {
    sv: 'Tar bort allt som gjorts i det här exemplet i din webbläsare och läser in exemplets data och historik igen. Datumet går tillbaka till exemplets dag.',
    en: 'Removes everything done in this sample in your browser and loads the sample’s data and history again. The date goes back to the sample’s day.',
  },
  resetDone: { sv: 'Exemplet är återställt.', en: 'The sample has been reset.' },
  resetting: { sv: 'Återställer…', en: 'Resetting…' },
} as const;

export default function DataPage() {
  const { locale, now } = useSamverkan();
  const { sampleId, info, referenceDate } = useDemo();
  const initial = stockholmParts(now);
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const setClock = (instant: string | undefined) => {
    updatePreferences((p) => ({ ...p, clocks: { ...p.clocks, [sampleId]: instant } }));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const instant = stockholmInstant(date.trim(), time.trim());
    if (!instant) {
      setMessage({ ok: false, text: text.invalid[locale] });
      return;
    }
    setClock(instant);
    setMessage({ ok: true, text: `${text.moved[locale]} ${formatDateTime(instant, locale)}.` });
  };
  const reset = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      await resetSample(sampleId);
      setClock(undefined);
      const parts = stockholmParts(referenceDate);
      setDate(parts.date);
      setTime(parts.time);
      setMessage({ ok: true, text: text.resetDone[locale] });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      <div className="sv-demo-status" role="status">
        {message ? (
          <p className="sv-notice" data-variant={message.ok ? 'success' : 'danger'}>
            {message.text}
          </p>
        ) : busy ? (
          <p className="sv-description">{text.resetting[locale]}</p>
        ) : null}
      </div>
      <Section title={text.clock[locale]}>
        <p className="sv-description">{text.clockIntro[locale]}</p>
        <p>
          {text.now[locale]} <time dateTime={now}>{formatDateTime(now, locale)}</time>
        </p>
        <Form className="sv-demo-form" onSubmit={submit}>
          <TextField className="sv-field" value={date} onChange={setDate} name="date" isRequired>
            <Label className="sv-label">{text.date[locale]}</Label>
            <Input className="sv-input" inputMode="numeric" autoComplete="off" />
          </TextField>
          <TextField className="sv-field" value={time} onChange={setTime} name="time" isRequired>
            <Label className="sv-label">{text.time[locale]}</Label>
            <Input className="sv-input" inputMode="numeric" autoComplete="off" />
          </TextField>
          <div className="sv-demo-form__actions">
            <Button className="sv-button" type="submit">
              {text.set[locale]}
            </Button>
            <Button
              className="sv-button"
              data-variant="secondary"
              onPress={() => {
                setClock(undefined);
                const parts = stockholmParts(referenceDate);
                setDate(parts.date);
                setTime(parts.time);
                setMessage({ ok: true, text: `${text.moved[locale]} ${formatDateTime(referenceDate, locale)}.` });
              }}
            >
              {text.back[locale]}
            </Button>
          </div>
        </Form>
      </Section>
      <Section title={text.reset[locale]}>
        <p className="sv-description">{text.resetIntro[locale]}</p>
        <Button className="sv-button" data-variant="secondary" isDisabled={busy} onPress={() => void reset()}>
          {text.reset[locale]}
        </Button>
      </Section>
    </>
  );
}
