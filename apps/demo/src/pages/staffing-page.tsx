/**
 * Bemanning — each mandate's and each group's staffing plan (roles × organisations, «VAKANT» in
 * words where a seat lacks a holder) and the roles with their responsibilities and authorities —
 * the permissions core checks for every command. Below, what the visitor may change where core
 * lets them (staffing-actions.tsx): fill a vacancy, add a person, set up a working group.
 */
import { personDisplayName } from '@samverkan/core';
import { currentMandate } from '@samverkan/core/runtime';
import { useRuntimeState, useSamverkan, useVacancies } from '@samverkan/react';
import { RoleCard, StaffingPlan } from '@samverkan/ui';
import { useMemo } from 'react';
import { useDemo } from '../app/demo-context.js';
import { AddPersonForm, FillVacancies, SetUpGroupForm } from './staffing-actions.js';
import { mandateIds } from '../app/network-mandates.js';
import { PageHeading } from '../shell/page-heading.js';
import { Section } from '../shell/section.js';

const text = {
  title: { sv: 'Bemanning och roller', en: 'Staffing and roles' },
  roles: { sv: 'Roller', en: 'Roles' },
} as const;

export default function StaffingPage() {
  const { locale } = useSamverkan();
  const { info } = useDemo();
  const state = useRuntimeState((s) => [s.dataset, s.mandates]);
  const people = useMemo(() => Object.fromEntries(state.dataset.people.map((p) => [p.id, personDisplayName(p, locale)])), [state, locale]);
  const organisations = useMemo(() => Object.fromEntries(state.dataset.organisations.map((o) => [o.id, o.name])), [state]);
  const vacancyRows = useVacancies();
  // Groups with staffing of their own (set up by command, or a network without a mandate).
  const groups = state.dataset.groups.filter((g) => g.staffingPlan && g.staffingPlan.entries.length > 0 && !g.closedAt);
  const mandates = mandateIds(state).map((id) => currentMandate(state, id)).filter((m) => m !== undefined);
  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      {mandates.map((m) => (
        <Section key={m.id} title={m.title}>
          <StaffingPlan plan={m.staffingPlan} roles={m.roles} people={people} organisations={organisations} />
          <h3 className="sv-subheading">{text.roles[locale]}</h3>
          <div className="sv-demo-roles">
            {m.roles.map((role) => {
              const entries = m.staffingPlan.entries.filter((e) => e.roleId === role.id);
              const holders = [...new Set(entries.flatMap((e) => e.personIds))].map((id) => people[id] ?? id);
              const vacancies = vacancyRows.filter((v) => v.source.kind === 'mandate' && v.source.id === m.id && v.roleId === role.id).reduce((n, v) => n + v.missing, 0);
              return <RoleCard key={role.id} role={role} holders={holders} vacancies={vacancies} />;
            })}
          </div>
        </Section>
      ))}
      {groups.map((g) => (
        <Section key={g.id} title={g.name}>
          <StaffingPlan plan={g.staffingPlan!} roles={state.dataset.roles} people={people} organisations={organisations} />
        </Section>
      ))}
      <FillVacancies locale={locale} />
      <AddPersonForm locale={locale} />
      <SetUpGroupForm locale={locale} />
    </>
  );
}
