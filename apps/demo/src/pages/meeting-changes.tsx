/**
 * Ställ in eller flytta — before a meeting is held the convener may cancel it or move it, each
 * with a reason that is kept. The buttons ask core with what the visitor wrote.
 */
import { useCommand, useSamverkan } from '@samverkan/react';
import { ActionButton } from '@samverkan/ui';
import { useState } from 'react';
import { Input, Label, TextArea, TextField } from 'react-aria-components';
import { describe } from '../app/actions.js';
import { stockholmInstant, stockholmParts } from '../app/clock.js';
import { useDispatchWithFeedback } from '../app/dispatch-with-feedback.js';
import { Section } from '../shell/section.js';

const text = {
  title: { sv: 'Ställ in eller flytta mötet', en: 'Cancel or move the meeting' },
  reason: { sv: 'Skäl (sparas med mötet)', en: 'Reason (kept with the meeting)' },
  date: { sv: 'Nytt datum (ÅÅÅÅ-MM-DD)', en: 'New date (YYYY-MM-DD)' },
  time: { sv: 'Ny starttid (TT:MM)', en: 'New start time (HH:MM)' },
} as const;

export function MeetingChanges({ meetingId, startsAt, cancelLabel, rescheduleLabel }: { meetingId: string; startsAt: string; cancelLabel: string; rescheduleLabel: string }) {
  const { locale } = useSamverkan();
  const { can } = useCommand();
  const { dispatch } = useDispatchWithFeedback();
  const current = stockholmParts(startsAt);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(current.date);
  const [time, setTime] = useState(current.time);
  const why = reason.trim();
  const cancel = { type: 'cancelMeeting' as const, meetingId, reason: why };
  const moveTo = stockholmInstant(date.trim(), time.trim()) ?? `${date}T${time}`;
  const reschedule = { type: 'rescheduleMeeting' as const, meetingId, startsAt: moveTo, reason: why };
  return (
    <Section title={text.title[locale]}>
      <div className="sv-demo-form">
        <TextField className="sv-field" value={reason} onChange={setReason}>
          <Label className="sv-label">{text.reason[locale]}</Label>
          <TextArea className="sv-input" data-multiline="" />
        </TextField>
        <ActionButton action={describe('cancelMeeting', cancelLabel, can(cancel), locale)} variant="secondary" onAction={() => void dispatch(cancel)} />
        <TextField className="sv-field" value={date} onChange={setDate}>
          <Label className="sv-label">{text.date[locale]}</Label>
          <Input className="sv-input" inputMode="numeric" autoComplete="off" />
        </TextField>
        <TextField className="sv-field" value={time} onChange={setTime}>
          <Label className="sv-label">{text.time[locale]}</Label>
          <Input className="sv-input" inputMode="numeric" autoComplete="off" />
        </TextField>
        <ActionButton action={describe('rescheduleMeeting', rescheduleLabel, can(reschedule), locale)} variant="secondary" onAction={() => void dispatch(reschedule)} />
      </div>
    </Section>
  );
}
