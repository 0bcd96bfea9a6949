/**
 * Demodata — the demo's clock and its data. The sample starts on its own today and the clock
 * runs from there; moving it lets a visitor take a meeting past its agenda deadline or hold it.
 * Reset empties this sample's database and loads the sample as shipped (core's `resetToSample`)
 * — it cannot be undone, so it asks first. On the demo's shared server neither is offered: the
 * time is the server's and the network everyone's.
 */
import { useSamverkan } from '@samverkan/react';
import { ConfirmDialog, formatDateTime } from '@samverkan/ui';
import { useState, type FormEvent } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { stockholmInstant, stockholmParts } from '../app/clock.js';
import { useDemo } from '../app/demo-context.js';
import { setDemoClock } from '../app/demo-clock.js';
import { Link } from '../app/router.js';
import { ownNetworkPath } from '../app/routes.js';
import { resetSample } from '../app/sample-runtime.js';
import { ownNetworkId } from '../app/samples.js';
import { PageHeading } from '../shell/page-heading.js';
import { Section } from '../shell/section.js';

const text = {
  title: { sv: 'Demodata', en: 'Demo data' },
  clock: { sv: 'Demons tid', en: 'The demo’s time' },
  clockIntro: {
    sv: 'Exemplet börjar på sin egen dag och klockan går som vanligt därifrån. Flytta tiden för att till exempel passera sista dag för en agenda eller nå ett mötes start. Det du gör sparas med den tid som gäller då.',
    en: 'The sample starts on its own day and the clock runs as usual from there. Move the time, for example to pass an agenda deadline or to reach a meeting’s start. What you do is recorded at the time it is then.',
  },
  now: { sv: 'Nu:', en: 'Now:' },
  date: { sv: 'Datum (ÅÅÅÅ-MM-DD)', en: 'Date (YYYY-MM-DD)' },
  time: { sv: 'Klockslag (TT:MM)', en: 'Time (HH:MM)' },
  set: { sv: 'Ställ in tiden', en: 'Set the time' },
  back: { sv: 'Tillbaka till exemplets dag', en: 'Back to the sample’s day' },
  invalid: { sv: 'Skriv ett datum som 2019-11-25 och ett klockslag som 09:00.', en: 'Enter a date like 2019-11-25 and a time like 09:00.' },
  moved: { sv: 'Demons tid är nu', en: 'The demo’s time is now' },
  reset: { sv: 'Återställ exemplet', en: 'Reset the sample' },
  resetIntro: {
    sv: 'Tar bort allt som gjorts i det här exemplet i din webbläsare och läser in exemplets data och historik igen. Tiden går tillbaka till exemplets dag.',
    en: 'Removes everything done in this sample in your browser and loads the sample’s data and history again. The time goes back to the sample’s day.',
  },
  resetTitle: { sv: 'Återställa exemplet?', en: 'Reset the sample?' },
  resetBody: {
    sv: 'Allt du har gjort i exemplet tas bort ur din webbläsare: förslag, publiceringar, närvaro och minnesanteckningar. Det går inte att ångra.',
    en: 'Everything you have done in the sample is removed from your browser: proposals, publications, attendance and minutes. This cannot be undone.',
  },
  resetConfirm: { sv: 'Återställ', en: 'Reset' },
  resetDone: { sv: 'Exemplet är återställt.', en: 'The sample has been reset.' },
  resetting: { sv: 'Återställer …', en: 'Resetting …' },
  own: { sv: 'Ett nytt eget nätverk', en: 'A new network of your own' },
  ownIntro: {
    sv: 'Ert eget nätverk återställs inte till något exempel. Vill ni börja om skapar ni ett nytt, som då ersätter det här i din webbläsare.',
    en: 'Your own network is not reset to a sample. To start over, make a new one, which then replaces this one in your browser.',
  },
  ownLink: { sv: 'Skapa eller läs in ett nytt nätverk', en: 'Make or load a new network' },
  shared: { sv: 'Tid och data på den delade servern', en: 'Time and data on the shared server' },
  sharedIntro: {
    sv: 'Demon körs på en delad server. Tiden är serverns klocka, som för varje exempel går från exemplets egen dag, och det som görs sparas med den tiden. Nätverket är allas: det återställs inte härifrån, utan av den som driver servern (starta om demon med en tom datamapp).',
    en: 'The demo runs on a shared server. The time is the server’s clock, which for each sample runs from the sample’s own day, and what is done is recorded at that time. The network is everyone’s: it is not reset from here but by whoever runs the server (restart the demo with an empty data folder).',
  },
} as const;

export default function DataPage() {
  const { shared } = useDemo();
  return shared ? <SharedDataPage /> : <BrowserDataPage />;
}

/** On the shared server: the server's time, and why there is no clock to move or sample to reset. */
function SharedDataPage() {
  const { locale, info, now } = useDemo();
  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      <Section title={text.shared[locale]}>
        <p>
          {text.now[locale]} <time dateTime={now}>{formatDateTime(now, locale)}</time>
        </p>
        <p className="sv-description">{text.sharedIntro[locale]}</p>
      </Section>
    </>
  );
}

/** In this browser alone: the demo's movable clock and a reset of the browser's copy. */
function BrowserDataPage() {
  const { locale } = useSamverkan();
  const { sampleId, info, referenceDate, now } = useDemo();
  const initial = stockholmParts(now);
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const instant = stockholmInstant(date.trim(), time.trim());
    if (!instant) {
      setMessage({ ok: false, text: text.invalid[locale] });
      return;
    }
    setDemoClock(sampleId, instant);
    setMessage({ ok: true, text: `${text.moved[locale]} ${formatDateTime(instant, locale)}.` });
  };
  const reset = async () => {
    setConfirming(false);
    setBusy(true);
    setMessage(undefined);
    try {
      if (sampleId === ownNetworkId) return;
      await resetSample(sampleId);
      setDemoClock(sampleId, referenceDate);
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
        <Form className="sv-demo-form" onSubmit={submit} validationBehavior="aria">
          <div className="sv-demo-form__row">
            <TextField className="sv-field" value={date} onChange={setDate} name="date">
              <Label className="sv-label">{text.date[locale]}</Label>
              <Input className="sv-input" inputMode="numeric" autoComplete="off" />
            </TextField>
            <TextField className="sv-field" value={time} onChange={setTime} name="time">
              <Label className="sv-label">{text.time[locale]}</Label>
              <Input className="sv-input" inputMode="numeric" autoComplete="off" />
            </TextField>
          </div>
          <div className="sv-button-group">
            <Button className="sv-button" type="submit">
              {text.set[locale]}
            </Button>
            <Button
              className="sv-button"
              data-variant="tertiary"
              onPress={() => {
                setDemoClock(sampleId, referenceDate);
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
      {sampleId === ownNetworkId ? (
        <Section title={text.own[locale]}>
          <p className="sv-description">{text.ownIntro[locale]}</p>
          <p>
            <Link href={ownNetworkPath}>{text.ownLink[locale]}</Link>
          </p>
        </Section>
      ) : (
      <Section title={text.reset[locale]}>
        <p className="sv-description">{text.resetIntro[locale]}</p>
        <div>
          <Button className="sv-button" data-variant="danger" isDisabled={busy} onPress={() => setConfirming(true)}>
            {text.reset[locale]}
          </Button>
        </div>
        <ConfirmDialog
          isOpen={confirming}
          onOpenChange={setConfirming}
          title={text.resetTitle[locale]}
          confirmLabel={text.resetConfirm[locale]}
          confirmVariant="danger"
          onConfirm={() => void reset()}
        >
          <p>{text.resetBody[locale]}</p>
        </ConfirmDialog>
      </Section>
      )}
    </>
  );
}
