/**
 * Bemanning i arbete — what a person may change in a network's staffing, each offered only where
 * core says they may (`can` of the command, for each choice): fill a vacant seat (a group's with
 * `fillGroupSeat`, a mandate's with `fillSeat`), add a person to the directory (`addPerson`),
 * and set up a working group under a group (`setUpGroup`). A refusal shows core's message beside
 * the field it names. Choices are listed only where core would accept them; the rule is core's.
 */
import { GroupKind, groupKindLabels, personDisplayName, ProfessionalCategory, professionalCategoryLabels, type Locale } from '@samverkan/core';
import { command, type RuntimeState, type VacancyRow } from '@samverkan/core/runtime';
import { newCommandId, PROBE_TEXT, useCommand, useRuntimeState, useVacancies } from '@samverkan/react';
import { ErrorSummary, formErrors, type FormError } from '@samverkan/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useDemo } from '../app/demo-context.js';
import { useDispatchWithFeedback } from '../app/dispatch-with-feedback.js';
import { CheckboxList, errorAt, fieldId, SelectInput, TextInput, type Choice } from '../shell/form-fields.js';
import { Section } from '../shell/section.js';

const text = {
  vacancies: { sv: 'Tillsätt vakanta platser', en: 'Fill vacant seats' },
  vacancy: { sv: (role: string, where: string) => `${role}${where ? ` för ${where}` : ''}`, en: (role: string, where: string) => `${role}${where ? ` for ${where}` : ''}` },
  in: { sv: 'i', en: 'in' },
  who: { sv: (seat: string) => `Vem tillsätts som ${seat}?`, en: (seat: string) => `Who fills the seat ${seat}?` },
  fill: { sv: 'Tillsätt', en: 'Fill the seat' },
  addPerson: { sv: 'Lägg till en person', en: 'Add a person' },
  addPersonIntro: {
    sv: 'En ny person i nätverkets register. Hen får ingen plats förrän någon tillsätter hen.',
    en: 'A new person in the network’s directory. They hold no seat until someone appoints them.',
  },
  name: { sv: 'Namn', en: 'Name' },
  organisation: { sv: 'Organisation', en: 'Organisation' },
  category: { sv: 'Yrkeskategori', en: 'Professional category' },
  title: { sv: 'Titel (valfritt)', en: 'Title (optional)' },
  add: { sv: 'Lägg till personen', en: 'Add the person' },
  setUp: { sv: 'Tillsätt en arbetsgrupp', en: 'Set up a working group' },
  setUpIntro: {
    sv: 'En grupp under en annan, med en vakant plats för varje organisation som ska vara med. Organisationerna tillsätter sedan sina platser.',
    en: 'A group under another, with a vacant seat for each organisation that takes part. The organisations then fill their seats.',
  },
  parent: { sv: 'Under gruppen', en: 'Under the group' },
  groupName: { sv: 'Gruppens namn', en: 'The group’s name' },
  groupKind: { sv: 'Slag av grupp', en: 'Kind of group' },
  host: { sv: 'Värdorganisation', en: 'Host organisation' },
  seatRole: { sv: 'Roll för platserna', en: 'Role of the seats' },
  seatOrganisations: { sv: 'En plats för', en: 'A seat for' },
  prepares: { sv: 'Bereder ärenden åt gruppen ovanför', en: 'Prepares matters for the group above' },
  create: { sv: 'Tillsätt gruppen', en: 'Set up the group' },
} as const;

/** A person for a probe: valid as data, of the organisation asked about. */
const probePerson = (organisationId: string) => ({ id: 'probe', name: PROBE_TEXT, organisationId, professionalCategory: 'other' as const });

function fillCommand(v: VacancyRow, personId: string) {
  const seat = { roleId: v.roleId, personId, ...(v.organisationId ? { organisationId: v.organisationId } : {}) };
  return v.source.kind === 'group'
    ? command({ type: 'fillGroupSeat', id: newCommandId(), groupId: v.source.id, ...seat })
    : command({ type: 'fillSeat', id: newCommandId(), mandateId: v.source.id, ...seat });
}

const personChoices = (state: RuntimeState, ids: readonly string[], locale: Locale): Choice[] =>
  ids.flatMap((id) => {
    const p = state.dataset.people.find((x) => x.id === id);
    return p ? [{ value: id, label: personDisplayName(p, locale) }] : [];
  });

/** The vacant seats the visitor may fill, each with the people core would accept in it. */
export function FillVacancies({ locale }: { locale: Locale }) {
  const state = useRuntimeState((s) => [s.dataset, s.mandates]);
  const vacancies = useVacancies();
  const { can } = useCommand();
  const open = useMemo(
    () =>
      vacancies.flatMap((v, n) => {
        const candidates = state.dataset.people.filter((p) => !p.erased && can(fillCommand(v, p.id)).ok).map((p) => p.id);
        return candidates.length > 0 ? [{ key: `${v.source.id}|${v.roleId}|${v.organisationId ?? ''}|${n}`, vacancy: v, candidates }] : [];
      }),
    [vacancies, state, can],
  );
  if (open.length === 0) return null;
  return (
    <Section title={text.vacancies[locale]}>
      <ul className="sv-demo-wizard__rows">
        {open.map(({ key, vacancy, candidates }) => (
          <FillVacancy key={key} vacancy={vacancy} choices={personChoices(state, candidates, locale)} locale={locale} />
        ))}
      </ul>
    </Section>
  );
}

function FillVacancy({ vacancy, choices, locale }: { vacancy: VacancyRow; choices: Choice[]; locale: Locale }) {
  const { dispatch, pending } = useDispatchWithFeedback();
  const [personId, setPersonId] = useState(choices[0]?.value ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const role = vacancy.roleNames?.[locale] ?? vacancy.roleName ?? '';
  const seat = text.vacancy[locale](role, vacancy.organisationName ?? '');
  const key = `${vacancy.source.id}.${vacancy.roleId}.${vacancy.organisationId ?? ''}`;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await dispatch(fillCommand(vacancy, personId));
    setErrors(result.ok ? [] : formErrors(vacancy.source.kind === 'group' ? 'fillGroupSeat' : 'fillSeat', result, locale).map((e) => ({ ...e, key: `${key}.personId` })));
  };
  return (
    <li className="sv-demo-wizard__row">
      <form className="sv-demo-action-form" onSubmit={(event) => void submit(event)} noValidate>
        <h3 className="sv-demo-wizard__row-title">
          {seat} {vacancy.source.name ? `${text.in[locale]} ${vacancy.source.name}` : ''}
        </h3>
        <div className="sv-demo-form__row">
          <SelectInput fieldKey={`${key}.personId`} label={text.who[locale](seat)} error={errorAt(errors, `${key}.personId`)} value={personId} onChange={setPersonId} choices={choices} />
        </div>
        <div className="sv-demo-form__actions">
          <button type="submit" className="sv-button" disabled={pending}>
            {text.fill[locale]}
          </button>
        </div>
      </form>
    </li>
  );
}

/** A new person, for the organisations core lets the visitor add people to (those they appoint for). */
export function AddPersonForm({ locale }: { locale: Locale }) {
  const { sampleId } = useDemo();
  const state = useRuntimeState((s) => [s.dataset]);
  const { can } = useCommand();
  const { dispatch, pending } = useDispatchWithFeedback();
  const organisations = useMemo(
    () => state.dataset.organisations.filter((o) => can(command({ type: 'addPerson', id: newCommandId(), personId: 'probe', person: probePerson(o.id) })).ok),
    [state, can],
  );
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [category, setCategory] = useState<ProfessionalCategory>('manager');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  if (organisations.length === 0) return null;
  const organisation = organisationId || organisations[0]!.id;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Opaque, never made from the name: a name is personal data and can be erased, an id cannot.
    const personId = `${sampleId}:person-${newCommandId().slice(0, 8)}`;
    const result = await dispatch(
      command({
        type: 'addPerson',
        id: newCommandId(),
        personId,
        person: { id: personId, name: name.trim(), organisationId: organisation, professionalCategory: category, ...(title.trim() ? { title: title.trim() } : {}) },
      }),
    );
    if (!result.ok) return setErrors(formErrors('addPerson', result, locale));
    setErrors([]);
    setName('');
    setTitle('');
  };
  return (
    <Section title={text.addPerson[locale]}>
      <p className="sv-description">{text.addPersonIntro[locale]}</p>
      <form className="sv-demo-action-form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={errors} fieldIds={Object.fromEntries(errors.map((e) => [e.key, fieldId(e.key)]))} headingLevel={3} />
        <TextInput fieldKey="person.name" label={text.name[locale]} error={errorAt(errors, 'person.name')} value={name} onChange={setName} />
        <SelectInput fieldKey="person.organisationId" label={text.organisation[locale]} error={errorAt(errors, 'person.organisationId')} value={organisation} onChange={setOrganisationId} choices={organisations.map((o) => ({ value: o.id, label: o.name }))} />
        <SelectInput
          fieldKey="person.professionalCategory"
          label={text.category[locale]}
          value={category}
          onChange={(v) => setCategory(v as ProfessionalCategory)}
          choices={ProfessionalCategory.options.map((c) => ({ value: c, label: professionalCategoryLabels[c][locale] }))}
        />
        <TextInput fieldKey="person.title" label={text.title[locale]} error={errorAt(errors, 'person.title')} value={title} onChange={setTitle} />
        <div className="sv-demo-form__actions">
          <button type="submit" className="sv-button" disabled={pending}>
            {text.add[locale]}
          </button>
        </div>
      </form>
    </Section>
  );
}

/** A working group under a group in which core lets the visitor set up groups. */
export function SetUpGroupForm({ locale }: { locale: Locale }) {
  const { sampleId } = useDemo();
  const state = useRuntimeState((s) => [s.dataset]);
  const { can } = useCommand();
  const { dispatch, pending } = useDispatchWithFeedback();
  const parents = useMemo(
    () =>
      state.dataset.groups.filter(
        (g) => can(command({ type: 'setUpGroup', id: newCommandId(), groupId: 'probe', group: { id: 'probe', kind: 'workingGroup', name: PROBE_TEXT, hostOrganisationId: g.hostOrganisationId, parentGroupId: g.id } })).ok,
      ),
    [state, can],
  );
  const [parentId, setParentId] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<GroupKind>('workingGroup');
  const [hostId, setHostId] = useState('');
  const [roleId, setRoleId] = useState('');
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const [prepares, setPrepares] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const parent = parents.find((g) => g.id === parentId) ?? parents[0];
  if (!parent) return null;
  const roles = state.dataset.roles.filter((r) => !r.authorities.includes('administerNetwork'));
  const role = roleId || roles.find((r) => r.kind === 'representative')?.id || roles[0]?.id || '';
  const host = hostId || parent.hostOrganisationId;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const groupId = `${sampleId}:grupp-${newCommandId().slice(0, 8)}`;
    const result = await dispatch(
      command({
        type: 'setUpGroup',
        id: newCommandId(),
        groupId,
        group: {
          id: groupId,
          kind,
          name: name.trim(),
          hostOrganisationId: host,
          parentGroupId: parent.id,
          ...(prepares ? { preparesForGroupIds: [parent.id] } : {}),
          staffingPlan: { entries: organisationIds.map((organisationId) => ({ roleId: role, organisationId, personIds: [] })) },
        },
      }),
    );
    if (!result.ok) return setErrors(formErrors('setUpGroup', result, locale));
    setErrors([]);
    setName('');
    setOrganisationIds([]);
  };
  const organisations: Choice[] = state.dataset.organisations.map((o) => ({ value: o.id, label: o.name }));
  return (
    <Section title={text.setUp[locale]}>
      <p className="sv-description">{text.setUpIntro[locale]}</p>
      <form className="sv-demo-action-form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={errors} fieldIds={Object.fromEntries(errors.map((e) => [e.key, fieldId(e.key)]))} headingLevel={3} />
        {parents.length > 1 ? (
          <SelectInput fieldKey="group.parentGroupId" label={text.parent[locale]} error={errorAt(errors, 'group.parentGroupId')} value={parent.id} onChange={setParentId} choices={parents.map((g) => ({ value: g.id, label: g.name }))} />
        ) : null}
        <TextInput fieldKey="group.name" label={text.groupName[locale]} error={errorAt(errors, 'group.name')} value={name} onChange={setName} />
        <SelectInput fieldKey="group.kind" label={text.groupKind[locale]} error={errorAt(errors, 'group.kind')} value={kind} onChange={(v) => setKind(v as GroupKind)} choices={GroupKind.options.map((k) => ({ value: k, label: groupKindLabels[k][locale] }))} />
        <SelectInput fieldKey="group.hostOrganisationId" label={text.host[locale]} error={errorAt(errors, 'group.hostOrganisationId')} value={host} onChange={setHostId} choices={organisations} />
        <SelectInput fieldKey="group.staffingPlan.roleId" label={text.seatRole[locale]} error={errorAt(errors, 'group.staffingPlan')} value={role} onChange={setRoleId} choices={roles.map((r) => ({ value: r.id, label: r.name }))} />
        <CheckboxList fieldKey="group.staffingPlan.entries" label={text.seatOrganisations[locale]} values={organisationIds} onChange={setOrganisationIds} choices={organisations} />
        <div className="sv-demo-check-row">
          <input id="set-up-prepares" type="checkbox" className="sv-demo-check" checked={prepares} onChange={(e) => setPrepares(e.target.checked)} />{' '}
          <label htmlFor="set-up-prepares">{text.prepares[locale]}</label>
        </div>
        <div className="sv-demo-form__actions">
          <button type="submit" className="sv-button" disabled={pending}>
            {text.create[locale]}
          </button>
        </div>
      </form>
    </Section>
  );
}
