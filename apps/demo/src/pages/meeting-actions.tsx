/**
 * Two steps of a meeting beside its workspace, each offered only where core says the visitor may:
 * the meeting's own roles — who chairs, hosts, keeps the minutes and approves them
 * (`assignMeetingRoles`; in a network where the chair rotates, a new name each meeting) — and an
 * escalation from the minutes to the commissioner (`escalateDecision`), for a matter beyond the
 * group's authority. A refusal shows core's message beside the field it names.
 */
import { escalationTargetLabels, EscalationTarget, personDisplayName, type Locale, type MeetingContext } from '@samverkan/core';
import { command, staffingPlansForGroup } from '@samverkan/core/runtime';
import { newCommandId, PROBE_TEXT, useCommand, useRuntimeState, useSamverkan, useSamverkanSelector } from '@samverkan/react';
import { ErrorSummary, formErrors, type FormError } from '@samverkan/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useDispatchWithFeedback } from '../app/dispatch-with-feedback.js';
import { CheckboxList, errorAt, fieldId, SelectInput, TextInput, type Choice } from '../shell/form-fields.js';
import { Section } from '../shell/section.js';

const text = {
  roles: { sv: 'Roller för mötet', en: 'Roles for the meeting' },
  rolesIntro: {
    sv: 'Ordförande, värd, sekreterare och justerare för just det här mötet — i ett nätverk där de roterar, nya namn varje gång.',
    en: 'Chair, host, secretary and approvers of the minutes for this meeting only — in a network where they rotate, new names each time.',
  },
  chair: { sv: 'Ordförande för mötet', en: 'Chair of the meeting' },
  host: { sv: 'Värdorganisation', en: 'Host organisation' },
  secretary: { sv: 'Sekreterare', en: 'Secretary' },
  approvers: { sv: 'Justerare', en: 'Approvers of the minutes' },
  nobody: { sv: 'Ingen särskild', en: 'No one in particular' },
  saveRoles: { sv: 'Spara rollerna', en: 'Save the roles' },
  escalate: { sv: 'Eskalera till uppdragsgivaren', en: 'Escalate to the commissioner' },
  escalateIntro: {
    sv: 'En fråga som gruppen inte själv kan besluta om förs upp till uppdragsgivaren och tas med i minnesanteckningarna.',
    en: 'A matter the group cannot decide itself goes to the commissioner and is recorded in the minutes.',
  },
  item: { sv: 'Från punkten', en: 'From the item' },
  noItem: { sv: 'Ingen särskild punkt', en: 'No particular item' },
  matter: { sv: 'Vad behöver beslutas?', en: 'What needs deciding?' },
  to: { sv: 'Till', en: 'To' },
  reason: { sv: 'Varför kan gruppen inte besluta själv?', en: 'Why can the group not decide itself?' },
  send: { sv: 'Eskalera', en: 'Escalate' },
} as const;

export function MeetingActions({ meetingId }: { meetingId: string }) {
  const { locale } = useSamverkan();
  const meeting = useSamverkanSelector((s) => s.meetings.get(meetingId)?.context);
  if (!meeting) return null;
  return (
    <>
      <MeetingRolesForm meeting={meeting} locale={locale} />
      <EscalateForm meeting={meeting} locale={locale} />
    </>
  );
}

function useMembers(groupId: string, locale: Locale): Choice[] {
  const state = useRuntimeState((s) => [s.dataset, s.mandates]);
  return useMemo(() => {
    const ids = [...new Set(staffingPlansForGroup(state, groupId).flatMap((p) => p.entries.flatMap((e) => e.personIds)))];
    return ids.flatMap((id) => {
      const p = state.dataset.people.find((x) => x.id === id);
      return p ? [{ value: id, label: personDisplayName(p, locale) }] : [];
    });
  }, [state, groupId, locale]);
}

function MeetingRolesForm({ meeting, locale }: { meeting: MeetingContext; locale: Locale }) {
  const { can } = useCommand();
  const { dispatch, pending } = useDispatchWithFeedback();
  const organisations = useSamverkanSelector((s) => s.dataset.organisations);
  const members = useMembers(meeting.groupId, locale);
  const [chairId, setChairId] = useState(meeting.chairId ?? '');
  const [hostId, setHostId] = useState(meeting.hostOrganisationId ?? '');
  const [secretaryId, setSecretaryId] = useState(meeting.secretaryId ?? '');
  const [approverIds, setApproverIds] = useState<string[]>(meeting.minutesApproverIds ?? []);
  const [errors, setErrors] = useState<FormError[]>([]);
  const build = () =>
    command({
      type: 'assignMeetingRoles',
      id: newCommandId(),
      meetingId: meeting.id,
      roles: {
        ...(chairId ? { chairId } : {}),
        ...(hostId ? { hostOrganisationId: hostId } : {}),
        ...(secretaryId ? { secretaryId } : {}),
        ...(approverIds.length > 0 ? { minutesApproverIds: approverIds } : {}),
      },
    });
  // Offered only where core would take the roles as they stand now from the visitor.
  const allowed = can(command({ type: 'assignMeetingRoles', id: newCommandId(), meetingId: meeting.id, roles: {} })).ok;
  if (!allowed) return null;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await dispatch(build());
    setErrors(result.ok ? [] : formErrors('assignMeetingRoles', result, locale));
  };
  const optional = (choices: Choice[]): Choice[] => [{ value: '', label: text.nobody[locale] }, ...choices];
  return (
    <Section title={text.roles[locale]}>
      <p className="sv-description">{text.rolesIntro[locale]}</p>
      <form className="sv-demo-action-form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={errors} fieldIds={Object.fromEntries(errors.map((e) => [e.key, fieldId(e.key)]))} headingLevel={3} />
        <SelectInput fieldKey="roles.chairId" label={text.chair[locale]} error={errorAt(errors, 'roles.chairId')} value={chairId} onChange={setChairId} choices={optional(members)} />
        <SelectInput fieldKey="roles.hostOrganisationId" label={text.host[locale]} error={errorAt(errors, 'roles.hostOrganisationId')} value={hostId} onChange={setHostId} choices={optional(organisations.map((o) => ({ value: o.id, label: o.name })))} />
        <SelectInput fieldKey="roles.secretaryId" label={text.secretary[locale]} error={errorAt(errors, 'roles.secretaryId')} value={secretaryId} onChange={setSecretaryId} choices={optional(members)} />
        <CheckboxList fieldKey="roles.minutesApproverIds" label={text.approvers[locale]} error={errorAt(errors, 'roles.minutesApproverIds')} values={approverIds} onChange={setApproverIds} choices={members} />
        <div className="sv-demo-form__actions">
          <button type="submit" className="sv-button" disabled={pending}>
            {text.saveRoles[locale]}
          </button>
        </div>
      </form>
    </Section>
  );
}

function EscalateForm({ meeting, locale }: { meeting: MeetingContext; locale: Locale }) {
  const { can } = useCommand();
  const { dispatch, pending } = useDispatchWithFeedback();
  const [itemId, setItemId] = useState('');
  const [matter, setMatter] = useState('');
  const [to, setTo] = useState<EscalationTarget>('commissioner');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const probe = command({ type: 'escalateDecision', id: newCommandId(), meetingId: meeting.id, escalation: { id: 'probe', text: PROBE_TEXT, to: 'commissioner', reason: PROBE_TEXT } });
  if (!can(probe).ok) return null;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await dispatch(
      command({
        type: 'escalateDecision',
        id: newCommandId(),
        meetingId: meeting.id,
        escalation: { id: `eskalering-${newCommandId().slice(0, 8)}`, ...(itemId ? { itemId } : {}), text: matter.trim(), to, reason: reason.trim() },
      }),
    );
    if (!result.ok) return setErrors(formErrors('escalateDecision', result, locale));
    setErrors([]);
    setMatter('');
    setReason('');
  };
  const items = [...meeting.agenda].sort((a, b) => a.position - b.position);
  return (
    <Section title={text.escalate[locale]}>
      <p className="sv-description">{text.escalateIntro[locale]}</p>
      <form className="sv-demo-action-form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={errors} fieldIds={Object.fromEntries(errors.map((e) => [e.key, fieldId(e.key)]))} headingLevel={3} />
        <SelectInput fieldKey="escalation.itemId" label={text.item[locale]} error={errorAt(errors, 'escalation.itemId')} value={itemId} onChange={setItemId} choices={[{ value: '', label: text.noItem[locale] }, ...items.map((i) => ({ value: i.id, label: i.title }))]} />
        <TextInput fieldKey="escalation.text" label={text.matter[locale]} error={errorAt(errors, 'escalation.text')} multiline value={matter} onChange={setMatter} />
        <SelectInput fieldKey="escalation.to" label={text.to[locale]} error={errorAt(errors, 'escalation.to')} value={to} onChange={(v) => setTo(v as EscalationTarget)} choices={EscalationTarget.options.map((t) => ({ value: t, label: escalationTargetLabels[t][locale] }))} />
        <TextInput fieldKey="escalation.reason" label={text.reason[locale]} error={errorAt(errors, 'escalation.reason')} multiline value={reason} onChange={setReason} />
        <div className="sv-demo-form__actions">
          <button type="submit" className="sv-button" disabled={pending}>
            {text.send[locale]}
          </button>
        </div>
      </form>
    </Section>
  );
}
