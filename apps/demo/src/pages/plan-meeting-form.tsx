/**
 * Planera ett möte vid behov — a meeting without a series, under its group's own meeting rules,
 * with its own chair, host organisation, secretary and justerare (they rotate in many networks).
 * Offered for the groups in which core lets the visitor convene (`can` of a probe of
 * `planMeeting`); the meeting core accepts opens on its own page, and a refusal shows core's
 * message beside the field it names.
 */
import { personDisplayName, type Locale } from '@samverkan/core';
import { command, staffingPlansForGroup } from '@samverkan/core/runtime';
import { newCommandId, PROBE_TEXT, useCommand, useRuntimeState } from '@samverkan/react';
import { ErrorSummary, formErrors, stockholmInstant, stockholmParts, type FormError } from '@samverkan/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useDemo } from '../app/demo-context.js';
import { useDispatchWithFeedback } from '../app/dispatch-with-feedback.js';
import { navigate } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { CheckboxList, errorAt, fieldId, SelectInput, TextInput, type Choice } from '../shell/form-fields.js';
import { Section } from '../shell/section.js';

const text = {
  heading: { sv: 'Planera ett möte vid behov', en: 'Plan a meeting as needed' },
  intro: {
    sv: 'Ett möte utan mötesserie, med gruppens egna mötesregler. Ordförande, värd, sekreterare och justerare gäller bara det här mötet.',
    en: 'A meeting without a series, under the group’s own meeting rules. Chair, host, secretary and the approvers of the minutes are for this meeting only.',
  },
  group: { sv: 'Grupp', en: 'Group' },
  title: { sv: 'Mötets rubrik', en: 'The meeting’s title' },
  date: { sv: 'Datum (ÅÅÅÅ-MM-DD)', en: 'Date (YYYY-MM-DD)' },
  time: { sv: 'Klockslag (TT:MM)', en: 'Time (HH:MM)' },
  duration: { sv: 'Längd i minuter', en: 'Length in minutes' },
  place: { sv: 'Plats (valfritt)', en: 'Place (optional)' },
  chair: { sv: 'Ordförande för mötet', en: 'Chair of the meeting' },
  host: { sv: 'Värdorganisation', en: 'Host organisation' },
  secretary: { sv: 'Sekreterare', en: 'Secretary' },
  approvers: { sv: 'Justerare', en: 'Approvers of the minutes' },
  nobody: { sv: 'Ingen särskild', en: 'No one in particular' },
  submit: { sv: 'Planera mötet', en: 'Plan the meeting' },
} as const;

/** A meeting id under the network's prefix: the date and a random part, never a name. */
function meetingIdOf(networkId: string, date: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'datum';
  return `${networkId}:mote-${day}-${newCommandId().slice(0, 6)}`;
}

/** Whole minutes as typed, or the text itself so core says what is wrong with it. */
function minutes(value: string): number | string {
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : value.trim();
}

export function PlanMeetingForm({ locale }: { locale: Locale }) {
  const { sampleId, now } = useDemo();
  const state = useRuntimeState((s) => [s.dataset]);
  const { can } = useCommand();
  const { dispatch, pending } = useDispatchWithFeedback();

  // The groups in which core lets the visitor convene a meeting: a probe a month ahead.
  const groups = useMemo(() => {
    const probeAt = new Date(Date.parse(now) + 30 * 86_400_000).toISOString();
    return state.dataset.groups.filter(
      (g) =>
        can(
          command({ type: 'planMeeting', id: newCommandId(), meetingId: 'probe', meeting: { id: 'probe', groupId: g.id, title: PROBE_TEXT, startsAt: probeAt, durationMinutes: 60 } }),
        ).ok,
    );
  }, [state, can, now]);

  const start = stockholmParts(new Date(Date.parse(now) + 21 * 86_400_000).toISOString());
  const [groupId, setGroupId] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState('13:00');
  const [duration, setDuration] = useState('90');
  const [place, setPlace] = useState('');
  const [chairId, setChairId] = useState('');
  const [hostId, setHostId] = useState('');
  const [secretaryId, setSecretaryId] = useState('');
  const [approverIds, setApproverIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FormError[]>([]);

  const group = groups.find((g) => g.id === groupId) ?? groups[0];
  const members: Choice[] = useMemo(() => {
    if (!group) return [];
    const ids = [...new Set(staffingPlansForGroup(state, group.id).flatMap((p) => p.entries.flatMap((e) => e.personIds)))];
    return ids.flatMap((id) => {
      const person = state.dataset.people.find((p) => p.id === id);
      return person ? [{ value: id, label: personDisplayName(person, locale) }] : [];
    });
  }, [state, group, locale]);
  if (!group) return null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const meetingId = meetingIdOf(sampleId, date.trim());
    const startsAt = stockholmInstant(date.trim(), time.trim()) ?? `${date.trim()}T${time.trim()}`;
    const result = await dispatch(
      command({
        type: 'planMeeting',
        id: newCommandId(),
        meetingId,
        meeting: {
          id: meetingId,
          groupId: group.id,
          title: title.trim(),
          startsAt,
          durationMinutes: minutes(duration) as number,
          ...(place.trim() ? { place: place.trim() } : {}),
          ...(chairId ? { chairId } : {}),
          ...(hostId ? { hostOrganisationId: hostId } : {}),
          ...(secretaryId ? { secretaryId } : {}),
          ...(approverIds.length > 0 ? { minutesApproverIds: approverIds } : {}),
        },
      }),
    );
    if (!result.ok) return setErrors(formErrors('planMeeting', result, locale));
    setErrors([]);
    navigate(pathOf(sampleId, 'meetings', meetingId));
  };

  const at = (key: string) => errorAt(errors, key);
  const optional = (choices: Choice[]): Choice[] => [{ value: '', label: text.nobody[locale] }, ...choices];
  const organisations: Choice[] = state.dataset.organisations.map((o) => ({ value: o.id, label: o.name }));
  return (
    <Section title={text.heading[locale]}>
      <p className="sv-description">{text.intro[locale]}</p>
      <form className="sv-demo-action-form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={errors} fieldIds={Object.fromEntries(errors.map((e) => [e.key, fieldId(e.key)]))} headingLevel={3} />
        {groups.length > 1 ? (
          <SelectInput fieldKey="meeting.groupId" label={text.group[locale]} error={at('meeting.groupId')} value={group.id} onChange={setGroupId} choices={groups.map((g) => ({ value: g.id, label: g.name }))} />
        ) : null}
        <TextInput fieldKey="meeting.title" label={text.title[locale]} error={at('meeting.title')} value={title} onChange={setTitle} />
        <div className="sv-demo-form__row">
          <TextInput fieldKey="meeting.startsAt" label={text.date[locale]} error={at('meeting.startsAt')} inputMode="numeric" value={date} onChange={setDate} />
          <TextInput fieldKey="meeting.time" label={text.time[locale]} inputMode="numeric" value={time} onChange={setTime} />
          <TextInput fieldKey="meeting.durationMinutes" label={text.duration[locale]} error={at('meeting.durationMinutes')} inputMode="numeric" value={duration} onChange={setDuration} />
        </div>
        <TextInput fieldKey="meeting.place" label={text.place[locale]} error={at('meeting.place')} value={place} onChange={setPlace} />
        <SelectInput fieldKey="meeting.chairId" label={text.chair[locale]} error={at('meeting.chairId')} value={chairId} onChange={setChairId} choices={optional(members)} />
        <SelectInput fieldKey="meeting.hostOrganisationId" label={text.host[locale]} error={at('meeting.hostOrganisationId')} value={hostId} onChange={setHostId} choices={optional(organisations)} />
        <SelectInput fieldKey="meeting.secretaryId" label={text.secretary[locale]} error={at('meeting.secretaryId')} value={secretaryId} onChange={setSecretaryId} choices={optional(members)} />
        <CheckboxList fieldKey="meeting.minutesApproverIds" label={text.approvers[locale]} error={at('meeting.minutesApproverIds')} values={approverIds} onChange={setApproverIds} choices={members} />
        <div className="sv-demo-form__actions">
          <button type="submit" className="sv-button" disabled={pending}>
            {text.submit[locale]}
          </button>
        </div>
      </form>
    </Section>
  );
}
