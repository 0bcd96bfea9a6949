/**
 * Skapa ett nätverk steg för steg — the guided form of a network of one's own: the network,
 * its organisations, people, roles, a group with its meeting rules, the group's staffing and the
 * network's administrator, a draft mandate, and a last look before it is made. One step at a
 * time, every field a native control (Tab between them, arrows in a list); «Nästa» asks core
 * about the step — the dataset so far through core's `Dataset` schema, the mandate through a
 * trial of `createMandate` — and shows core's message beside each field it names, with a summary
 * at the top that takes focus. The made network then opens like a sample (`/eget`).
 */
import {
  Authority,
  authorityLabels,
  GroupKind,
  groupKindLabels,
  OrganisationKind,
  ProfessionalCategory,
  professionalCategoryLabels,
  RoleKind,
  roleKindLabels,
  type Locale,
  type ValidationIssue,
} from '@samverkan/core';
import { ErrorSummary, formErrors, type FormError } from '@samverkan/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { runningNow, startClock } from '../app/clock.js';
import { createOwnNetwork, tryOwnNetwork, type BuildAnswer } from '../app/own-network.js';
import { checkDraft, initialDraft, newId, steps, type NetworkDraft, type Step } from '../app/own-network-draft.js';
import { navigate } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { ownNetworkId } from '../app/samples.js';
import { CheckboxList, fieldId, Row, SelectInput, TextInput, type Choice } from '../shell/form-fields.js';

const text = {
  heading: { sv: 'Skapa ett nätverk steg för steg', en: 'Make a network step by step' },
  progress: { sv: (n: number, of: number) => `Steg ${n} av ${of}`, en: (n: number, of: number) => `Step ${n} of ${of}` },
  steps: {
    network: { sv: 'Nätverket', en: 'The network' },
    organisations: { sv: 'Organisationer', en: 'Organisations' },
    people: { sv: 'Personer', en: 'People' },
    roles: { sv: 'Roller och befogenheter', en: 'Roles and authorities' },
    group: { sv: 'Grupp och mötesregler', en: 'Group and meeting rules' },
    staffing: { sv: 'Bemanning', en: 'Staffing' },
    mandate: { sv: 'Uppdragsbeskrivning', en: 'Mandate' },
    review: { sv: 'Granska och skapa', en: 'Review and make' },
  },
  intro: {
    network: { sv: 'Vad heter nätverket och vad gör det?', en: 'What is the network called and what does it do?' },
    organisations: { sv: 'Vilka organisationer samverkar? En region, kommuner, ett kommunalförbund …', en: 'Which organisations collaborate? A region, municipalities, an association …' },
    people: { sv: 'Vilka personer deltar, och för vilken organisation? Hitta gärna på namn i demon.', en: 'Who takes part, and for which organisation? Invented names are fine in the demo.' },
    roles: { sv: 'Vilka roller finns och vad får de göra? Befogenheterna är det verktyget prövar varje handling mot.', en: 'Which roles are there and what may they do? The authorities are what the toolkit checks every act against.' },
    group: { sv: 'Gruppen som möts, och dess regler för möten vid behov.', en: 'The group that meets, and its rules for meetings held as needed.' },
    staffing: { sv: 'Vem sitter på vilken plats i gruppen? En plats utan person är vakant. Välj också vem som förvaltar nätverket.', en: 'Who holds which seat in the group? A seat without a person is vacant. Choose also who administers the network.' },
    mandate: { sv: 'Ett första utkast till gruppens uppdragsbeskrivning, med gruppen som uppdragsgivare. Det kan sedan skickas på granskning.', en: 'A first draft of the group’s mandate, with the group as commissioner. It can then be sent for review.' },
    review: { sv: 'Så här ser nätverket ut. När du skapar det ersätter det ett tidigare eget nätverk i den här webbläsaren.', en: 'This is the network. Making it replaces an earlier network of your own in this browser.' },
  },
  next: { sv: 'Nästa', en: 'Next' },
  back: { sv: 'Tillbaka', en: 'Back' },
  create: { sv: 'Skapa nätverket', en: 'Make the network' },
  creating: { sv: 'Skapar nätverket …', en: 'Making the network …' },
  name: { sv: 'Nätverkets namn', en: 'The network’s name' },
  nameEn: { sv: 'Namn på engelska (valfritt)', en: 'Name in English (optional)' },
  description: { sv: 'Beskrivning', en: 'Description' },
  organisation: { sv: (n: number) => `Organisation ${n}`, en: (n: number) => `Organisation ${n}` },
  organisationName: { sv: 'Namn', en: 'Name' },
  kind: { sv: 'Slag', en: 'Kind' },
  addOrganisation: { sv: 'Lägg till en organisation', en: 'Add an organisation' },
  remove: { sv: (what: string) => `Ta bort ${what}`, en: (what: string) => `Remove ${what}` },
  person: { sv: (n: number) => `Person ${n}`, en: (n: number) => `Person ${n}` },
  personName: { sv: 'Namn', en: 'Name' },
  personOrganisation: { sv: 'Organisation', en: 'Organisation' },
  category: { sv: 'Yrkeskategori', en: 'Professional category' },
  title: { sv: 'Titel (valfritt)', en: 'Title (optional)' },
  addPerson: { sv: 'Lägg till en person', en: 'Add a person' },
  noPeople: { sv: 'Inga personer än.', en: 'No people yet.' },
  role: { sv: (n: number) => `Roll ${n}`, en: (n: number) => `Role ${n}` },
  roleName: { sv: 'Rollens namn', en: 'The role’s name' },
  roleKind: { sv: 'Slag av roll', en: 'Kind of role' },
  authorities: { sv: 'Befogenheter', en: 'Authorities' },
  chosen: { sv: (n: number) => `${n} valda`, en: (n: number) => `${n} chosen` },
  addRole: { sv: 'Lägg till en roll', en: 'Add a role' },
  groupName: { sv: 'Gruppens namn', en: 'The group’s name' },
  groupKind: { sv: 'Slag av grupp', en: 'Kind of group' },
  host: { sv: 'Värdorganisation', en: 'Host organisation' },
  leadTime: { sv: 'Dagordningen senast, dagar före mötet', en: 'Agenda due, days before the meeting' },
  minutesDue: { sv: 'Minnesanteckningarna senast, dagar efter mötet', en: 'Minutes due, days after the meeting' },
  place: { sv: 'Vanlig mötesplats (valfritt)', en: 'Usual place (optional)' },
  seat: { sv: (n: number) => `Plats ${n}`, en: (n: number) => `Seat ${n}` },
  seatRole: { sv: 'Roll', en: 'Role' },
  seatOrganisation: { sv: 'För organisation', en: 'For organisation' },
  wholeGroup: { sv: 'Hela gruppen', en: 'The whole group' },
  seatPerson: { sv: 'Person', en: 'Person' },
  vacant: { sv: 'Vakant', en: 'Vacant' },
  addSeat: { sv: 'Lägg till en plats', en: 'Add a seat' },
  administrator: { sv: 'Nätverksadministratör', en: 'Network administrator' },
  administratorHint: { sv: 'Läser in nätverket och raderar personuppgifter på begäran.', en: 'Loads the network and erases personal data on request.' },
  choose: { sv: 'Välj …', en: 'Choose …' },
  createMandate: { sv: 'Skapa ett utkast till uppdragsbeskrivning', en: 'Make a draft mandate' },
  mandateTitle: { sv: 'Rubrik', en: 'Title' },
  background: { sv: 'Bakgrund', en: 'Background' },
  purpose: { sv: 'Syfte', en: 'Purpose' },
  scope: { sv: 'Avgränsning', en: 'Scope' },
  tasks: { sv: 'Uppgifter, en per rad', en: 'Tasks, one per line' },
  start: { sv: 'Startdatum (ÅÅÅÅ-MM-DD)', en: 'Start date (YYYY-MM-DD)' },
  end: { sv: 'Slutdatum (ÅÅÅÅ-MM-DD, valfritt)', en: 'End date (YYYY-MM-DD, optional)' },
  drafter: { sv: 'Vem skriver utkastet?', en: 'Who writes the draft?' },
  noMandate: { sv: 'Inget utkast till uppdragsbeskrivning.', en: 'No draft mandate.' },
  seats: { sv: 'Platser', en: 'Seats' },
  vacancies: { sv: 'Vakanta platser', en: 'Vacant seats' },
} as const;

const organisationKindLabels: Record<OrganisationKind, { sv: string; en: string }> = {
  region: { sv: 'Region', en: 'Region' },
  municipality: { sv: 'Kommun', en: 'Municipality' },
  associationOfMunicipalities: { sv: 'Kommunalförbund', en: 'Association of municipalities' },
  administration: { sv: 'Förvaltning', en: 'Administration' },
  unit: { sv: 'Enhet', en: 'Unit' },
  agency: { sv: 'Myndighet', en: 'Agency' },
  company: { sv: 'Företag', en: 'Company' },
};

/** A message of core's without the path it starts with («organisations[0].name» får inte vara tom → får inte vara tom). */
function withoutPath(issue: ValidationIssue, locale: Locale): string {
  const message = issue.message[locale];
  const prefix = `«${issue.pathText}» `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

const keyOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

export function NetworkWizard({ locale }: { locale: Locale }) {
  const [draft, setDraft] = useState<NetworkDraft>(initialDraft);
  const [stepIndex, setStepIndex] = useState(0);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step: Step = steps[stepIndex]!;
  // A new step: its heading takes focus, so a screen reader hears where the form is.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [stepIndex]);

  // The fields rendered in this step, by the key core's issues name them with, and their labels.
  const labels = new Map<string, string>();
  const field = (key: string, label: string) => {
    labels.set(key, label);
    const error = errors.find((e) => e.key === key || e.key.startsWith(`${key}.`));
    return { fieldKey: key, label, error: error?.message };
  };
  const nearestField = (key: string) => [...labels.keys()].filter((k) => key === k || key.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0];

  const update = (change: (d: NetworkDraft) => NetworkDraft) => setDraft((d) => change(d));
  const datasetErrors = (issues: readonly ValidationIssue[]): FormError[] => {
    const out: FormError[] = [];
    for (const issue of issues) {
      // The English name falls back to the Swedish one, and the description is one text: one message each.
      const key = keyOf(issue.path) === 'name.en' && draft.nameEn.trim() === '' ? 'name.sv' : keyOf(issue.path);
      const near = nearestField(key);
      const error = { key: near ?? key, field: near ? (labels.get(near) ?? '') : '', message: withoutPath(issue, locale) };
      if (!out.some((e) => e.key === error.key && e.message === error.message)) out.push(error);
    }
    return out;
  };
  const refusalErrors = (answer: Extract<BuildAnswer, { ok: false }>): FormError[] => {
    if (answer.stage === 'createMandate') {
      return formErrors('createMandate', answer.error, locale).map((e) => {
        const near = e.key === '' ? (labels.has('mandate.drafter') ? 'mandate.drafter' : '') : (nearestField(e.key) ?? e.key);
        return { ...e, key: near };
      });
    }
    // A refused load: who loads it is the administrator chosen in the staffing step.
    return [{ key: 'networkStaffing', field: text.administrator[locale], message: answer.error.message[locale] }];
  };

  const go = (index: number) => {
    moved.current = true;
    setErrors([]);
    setStepIndex(index);
  };

  const now = () => runningNow(startClock(new Date().toISOString()));

  const next = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (step === 'mandate') {
      if (draft.mandate.create) {
        setBusy(true);
        const answer = await tryOwnNetwork(draft, now());
        setBusy(false);
        if (!answer.ok) {
          setErrors(answer.stage === 'load' ? [{ key: '', field: '', message: answer.error.message[locale] }] : refusalErrors(answer));
          return;
        }
      }
      return go(stepIndex + 1);
    }
    if (step === 'review') {
      setBusy(true);
      const answer = await createOwnNetwork(draft, now());
      setBusy(false);
      if (!answer.ok) return setErrors(refusalErrors(answer));
      navigate(pathOf(ownNetworkId, 'overview'));
      return;
    }
    const issues = checkDraft(draft, step);
    if (issues.length > 0) return setErrors(datasetErrors(issues));
    // Entering the staffing step with no seats yet: one seat per role to fill in.
    if (step === 'group' && draft.seats.length === 0) {
      update((d) => ({ ...d, seats: d.roles.map((r) => ({ key: newId('plats'), roleId: r.id, organisationId: '', personId: '' })) }));
    }
    go(stepIndex + 1);
  };

  const organisations: Choice[] = draft.organisations.map((o, n) => ({ value: o.id, label: o.name.trim() || text.organisation[locale](n + 1) }));
  const people: Choice[] = draft.people.map((p, n) => ({ value: p.id, label: p.name.trim() || text.person[locale](n + 1) }));
  const choose = (choices: Choice[]): Choice[] => [{ value: '', label: text.choose[locale] }, ...choices];
  const fieldIds = Object.fromEntries(errors.map((e) => [e.key, fieldId(e.key)]));

  return (
    <section className="sv-demo-wizard" aria-labelledby="wizard-heading">
      <h2 className="sv-heading" id="wizard-heading">
        {text.heading[locale]}
      </h2>
      <ol className="sv-demo-wizard__steps">
        {steps.map((s, n) => (
          <li key={s} aria-current={n === stepIndex ? 'step' : undefined} data-done={n < stepIndex ? '' : undefined}>
            {text.steps[s][locale]}
          </li>
        ))}
      </ol>
      <form className="sv-demo-form sv-demo-wizard__form" onSubmit={(event) => void next(event)} noValidate>
        <h3 className="sv-subheading" ref={heading} tabIndex={-1}>
          {text.progress[locale](stepIndex + 1, steps.length)}: {text.steps[step][locale]}
        </h3>
        <p className="sv-description">{text.intro[step][locale]}</p>
        <ErrorSummary errors={errors} fieldIds={fieldIds} headingLevel={4} />

        {step === 'network' && (
          <>
            <TextInput {...field('name.sv', text.name[locale])} value={draft.name} onChange={(v) => update((d) => ({ ...d, name: v }))} />
            <TextInput {...field('name.en', text.nameEn[locale])} value={draft.nameEn} onChange={(v) => update((d) => ({ ...d, nameEn: v }))} />
            <TextInput {...field('description', text.description[locale])} multiline value={draft.description} onChange={(v) => update((d) => ({ ...d, description: v }))} />
          </>
        )}

        {step === 'organisations' && (
          <>
            <ul className="sv-demo-wizard__rows">
              {draft.organisations.map((o, n) => {
                const set = (change: Partial<typeof o>) => update((d) => ({ ...d, organisations: d.organisations.map((x) => (x.id === o.id ? { ...x, ...change } : x)) }));
                const title = text.organisation[locale](n + 1);
                return (
                  <Row
                    key={o.id}
                    title={title}
                    actions={
                      draft.organisations.length > 1 ? (
                        <button type="button" className="sv-button" data-variant="tertiary" onClick={() => update((d) => ({ ...d, organisations: d.organisations.filter((x) => x.id !== o.id) }))}>
                          {text.remove[locale](title.toLowerCase())}
                        </button>
                      ) : undefined
                    }
                  >
                    <TextInput {...field(`organisations.${n}.name`, `${text.organisationName[locale]} (${title.toLowerCase()})`)} value={o.name} onChange={(v) => set({ name: v })} />
                    <SelectInput
                      {...field(`organisations.${n}.kind`, `${text.kind[locale]} (${title.toLowerCase()})`)}
                      value={o.kind}
                      onChange={(v) => set({ kind: v as OrganisationKind })}
                      choices={OrganisationKind.options.map((k) => ({ value: k, label: organisationKindLabels[k][locale] }))}
                    />
                  </Row>
                );
              })}
            </ul>
            <div className="sv-demo-form__actions">
              <button type="button" className="sv-button" data-variant="secondary" onClick={() => update((d) => ({ ...d, organisations: [...d.organisations, { id: newId('organisation'), name: '', kind: 'municipality' }] }))}>
                {text.addOrganisation[locale]}
              </button>
            </div>
          </>
        )}

        {step === 'people' && (
          <>
            {draft.people.length === 0 ? <p className="sv-description">{text.noPeople[locale]}</p> : null}
            <ul className="sv-demo-wizard__rows">
              {draft.people.map((p, n) => {
                const set = (change: Partial<typeof p>) => update((d) => ({ ...d, people: d.people.map((x) => (x.id === p.id ? { ...x, ...change } : x)) }));
                const title = text.person[locale](n + 1);
                const of = ` (${title.toLowerCase()})`;
                return (
                  <Row
                    key={p.id}
                    title={title}
                    actions={
                      <button type="button" className="sv-button" data-variant="tertiary" onClick={() => update((d) => ({ ...d, people: d.people.filter((x) => x.id !== p.id) }))}>
                        {text.remove[locale](title.toLowerCase())}
                      </button>
                    }
                  >
                    <TextInput {...field(`people.${n}.name`, text.personName[locale] + of)} value={p.name} onChange={(v) => set({ name: v })} />
                    <SelectInput {...field(`people.${n}.organisationId`, text.personOrganisation[locale] + of)} value={p.organisationId} onChange={(v) => set({ organisationId: v })} choices={choose(organisations)} />
                    <SelectInput
                      {...field(`people.${n}.professionalCategory`, text.category[locale] + of)}
                      value={p.professionalCategory}
                      onChange={(v) => set({ professionalCategory: v as ProfessionalCategory })}
                      choices={ProfessionalCategory.options.map((c) => ({ value: c, label: professionalCategoryLabels[c][locale] }))}
                    />
                    <TextInput {...field(`people.${n}.title`, text.title[locale] + of)} value={p.title} onChange={(v) => set({ title: v })} />
                  </Row>
                );
              })}
            </ul>
            <div className="sv-demo-form__actions">
              <button
                type="button"
                className="sv-button"
                data-variant="secondary"
                onClick={() => update((d) => ({ ...d, people: [...d.people, { id: newId('person'), name: '', organisationId: d.organisations[0]?.id ?? '', professionalCategory: 'manager', title: '' }] }))}
              >
                {text.addPerson[locale]}
              </button>
            </div>
          </>
        )}

        {step === 'roles' && (
          <>
            <ul className="sv-demo-wizard__rows">
              {draft.roles.map((r, n) => {
                const set = (change: Partial<typeof r>) => update((d) => ({ ...d, roles: d.roles.map((x) => (x.id === r.id ? { ...x, ...change } : x)) }));
                const title = text.role[locale](n + 1);
                const of = ` (${title.toLowerCase()})`;
                return (
                  <Row
                    key={r.id}
                    title={title}
                    actions={
                      draft.roles.length > 1 ? (
                        <button type="button" className="sv-button" data-variant="tertiary" onClick={() => update((d) => ({ ...d, roles: d.roles.filter((x) => x.id !== r.id) }))}>
                          {text.remove[locale](title.toLowerCase())}
                        </button>
                      ) : undefined
                    }
                  >
                    <TextInput {...field(`roles.${n}.name`, text.roleName[locale] + of)} value={r.name} onChange={(v) => set({ name: v })} />
                    <SelectInput {...field(`roles.${n}.kind`, text.roleKind[locale] + of)} value={r.kind} onChange={(v) => set({ kind: v as RoleKind })} choices={RoleKind.options.map((k) => ({ value: k, label: roleKindLabels[k][locale] }))} />
                    <details className="sv-demo-wizard__details">
                      <summary>
                        {text.authorities[locale]}
                        {of} – {text.chosen[locale](r.authorities.length)}
                      </summary>
                      <CheckboxList
                        {...field(`roles.${n}.authorities`, text.authorities[locale] + of)}
                        values={r.authorities}
                        onChange={(v) => set({ authorities: v as Authority[] })}
                        choices={Authority.options.map((a) => ({ value: a, label: authorityLabels[a][locale] }))}
                      />
                    </details>
                  </Row>
                );
              })}
            </ul>
            <div className="sv-demo-form__actions">
              <button type="button" className="sv-button" data-variant="secondary" onClick={() => update((d) => ({ ...d, roles: [...d.roles, { id: newId('roll'), name: '', kind: 'representative', authorities: ['proposeAgendaItem'] }] }))}>
                {text.addRole[locale]}
              </button>
            </div>
          </>
        )}

        {step === 'group' && (
          <>
            <TextInput {...field('groups.0.name', text.groupName[locale])} value={draft.group.name} onChange={(v) => update((d) => ({ ...d, group: { ...d.group, name: v } }))} />
            <SelectInput
              {...field('groups.0.kind', text.groupKind[locale])}
              value={draft.group.kind}
              onChange={(v) => update((d) => ({ ...d, group: { ...d.group, kind: v as GroupKind } }))}
              choices={GroupKind.options.map((k) => ({ value: k, label: groupKindLabels[k][locale] }))}
            />
            <SelectInput {...field('groups.0.hostOrganisationId', text.host[locale])} value={draft.group.hostOrganisationId} onChange={(v) => update((d) => ({ ...d, group: { ...d.group, hostOrganisationId: v } }))} choices={choose(organisations)} />
            <div className="sv-demo-form__row">
              <TextInput {...field('groups.0.meetingRules.agendaLeadTimeDays', text.leadTime[locale])} inputMode="numeric" value={draft.group.agendaLeadTimeDays} onChange={(v) => update((d) => ({ ...d, group: { ...d.group, agendaLeadTimeDays: v } }))} />
              <TextInput {...field('groups.0.meetingRules.minutesDueDays', text.minutesDue[locale])} inputMode="numeric" value={draft.group.minutesDueDays} onChange={(v) => update((d) => ({ ...d, group: { ...d.group, minutesDueDays: v } }))} />
            </div>
            <TextInput {...field('groups.0.meetingRules.place', text.place[locale])} value={draft.group.place} onChange={(v) => update((d) => ({ ...d, group: { ...d.group, place: v } }))} />
          </>
        )}

        {step === 'staffing' && (
          <>
            <ul className="sv-demo-wizard__rows">
              {draft.seats.map((s, n) => {
                const set = (change: Partial<typeof s>) => update((d) => ({ ...d, seats: d.seats.map((x) => (x.key === s.key ? { ...x, ...change } : x)) }));
                const title = text.seat[locale](n + 1);
                const of = ` (${title.toLowerCase()})`;
                const at = `groups.0.staffingPlan.entries.${n}`;
                return (
                  <Row
                    key={s.key}
                    title={title}
                    actions={
                      <button type="button" className="sv-button" data-variant="tertiary" onClick={() => update((d) => ({ ...d, seats: d.seats.filter((x) => x.key !== s.key) }))}>
                        {text.remove[locale](title.toLowerCase())}
                      </button>
                    }
                  >
                    <SelectInput {...field(`${at}.roleId`, text.seatRole[locale] + of)} value={s.roleId} onChange={(v) => set({ roleId: v })} choices={draft.roles.map((r, i) => ({ value: r.id, label: r.name.trim() || text.role[locale](i + 1) }))} />
                    <SelectInput {...field(`${at}.organisationId`, text.seatOrganisation[locale] + of)} value={s.organisationId} onChange={(v) => set({ organisationId: v })} choices={[{ value: '', label: text.wholeGroup[locale] }, ...organisations]} />
                    <SelectInput {...field(`${at}.personIds`, text.seatPerson[locale] + of)} value={s.personId} onChange={(v) => set({ personId: v })} choices={[{ value: '', label: text.vacant[locale] }, ...people]} />
                  </Row>
                );
              })}
            </ul>
            <div className="sv-demo-form__actions">
              <button
                type="button"
                className="sv-button"
                data-variant="secondary"
                onClick={() => update((d) => ({ ...d, seats: [...d.seats, { key: newId('plats'), roleId: d.roles.at(-1)?.id ?? '', organisationId: '', personId: '' }] }))}
              >
                {text.addSeat[locale]}
              </button>
            </div>
            <SelectInput
              {...field('networkStaffing', text.administrator[locale])}
              hint={text.administratorHint[locale]}
              value={draft.administratorId}
              onChange={(v) => update((d) => ({ ...d, administratorId: v }))}
              choices={choose(people)}
            />
          </>
        )}

        {step === 'mandate' && (
          <>
            <div className="sv-demo-check-row">
              <input
                id="wizard-create-mandate"
                type="checkbox"
                className="sv-demo-check"
                checked={draft.mandate.create}
                onChange={(e) => update((d) => ({ ...d, mandate: { ...d.mandate, create: e.target.checked } }))}
              />{' '}
              <label htmlFor="wizard-create-mandate">{text.createMandate[locale]}</label>
            </div>
            {draft.mandate.create && (
              <>
                <TextInput {...field('mandate.title', text.mandateTitle[locale])} value={draft.mandate.title} onChange={(v) => update((d) => ({ ...d, mandate: { ...d.mandate, title: v } }))} />
                <TextInput {...field('mandate.background', text.background[locale])} multiline value={draft.mandate.background} onChange={(v) => update((d) => ({ ...d, mandate: { ...d.mandate, background: v } }))} />
                <TextInput {...field('mandate.purpose', text.purpose[locale])} multiline value={draft.mandate.purpose} onChange={(v) => update((d) => ({ ...d, mandate: { ...d.mandate, purpose: v } }))} />
                <TextInput {...field('mandate.scope', text.scope[locale])} multiline value={draft.mandate.scope} onChange={(v) => update((d) => ({ ...d, mandate: { ...d.mandate, scope: v } }))} />
                <TextInput {...field('mandate.tasks', text.tasks[locale])} multiline value={draft.mandate.tasks} onChange={(v) => update((d) => ({ ...d, mandate: { ...d.mandate, tasks: v } }))} />
                <div className="sv-demo-form__row">
                  <TextInput {...field('mandate.period.start', text.start[locale])} inputMode="numeric" value={draft.mandate.start} onChange={(v) => update((d) => ({ ...d, mandate: { ...d.mandate, start: v } }))} />
                  <TextInput {...field('mandate.period.end', text.end[locale])} inputMode="numeric" value={draft.mandate.end} onChange={(v) => update((d) => ({ ...d, mandate: { ...d.mandate, end: v } }))} />
                </div>
                <SelectInput {...field('mandate.drafter', text.drafter[locale])} value={draft.mandate.drafterId} onChange={(v) => update((d) => ({ ...d, mandate: { ...d.mandate, drafterId: v } }))} choices={choose(people)} />
              </>
            )}
          </>
        )}

        {step === 'review' && <Review draft={draft} locale={locale} />}

        <div className="sv-demo-form__actions">
          {stepIndex > 0 ? (
            <button type="button" className="sv-button" data-variant="secondary" disabled={busy} onClick={() => go(stepIndex - 1)}>
              {text.back[locale]}
            </button>
          ) : null}
          <button type="submit" className="sv-button" disabled={busy}>
            {step === 'review' ? (busy ? text.creating[locale] : text.create[locale]) : text.next[locale]}
          </button>
        </div>
      </form>
    </section>
  );
}

function Review({ draft, locale }: { draft: NetworkDraft; locale: Locale }) {
  const nameOf = (id: string) => draft.people.find((p) => p.id === id)?.name ?? text.vacant[locale];
  const vacant = draft.seats.filter((s) => !s.personId).length;
  return (
    <dl className="sv-description">
      <dt>{text.name[locale]}</dt>
      <dd>{draft.name}</dd>
      <dt>{text.steps.organisations[locale]}</dt>
      <dd>{draft.organisations.map((o) => o.name).join(', ')}</dd>
      <dt>{text.steps.people[locale]}</dt>
      <dd>{draft.people.map((p) => p.name).join(', ')}</dd>
      <dt>{text.steps.roles[locale]}</dt>
      <dd>{draft.roles.map((r) => r.name).join(', ')}</dd>
      <dt>{text.groupName[locale]}</dt>
      <dd>{draft.group.name}</dd>
      <dt>{text.seats[locale]}</dt>
      <dd>
        {draft.seats.length} ({text.vacancies[locale].toLowerCase()}: {vacant})
      </dd>
      <dt>{text.administrator[locale]}</dt>
      <dd>{nameOf(draft.administratorId)}</dd>
      <dt>{text.steps.mandate[locale]}</dt>
      <dd>{draft.mandate.create ? draft.mandate.title : text.noMandate[locale]}</dd>
    </dl>
  );
}
