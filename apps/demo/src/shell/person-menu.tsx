/**
 * Whom the demo acts as — a button in the banner with the person's name and role; it opens a
 * small dialog with the list of people and roles. The choice is the provider's actor and the
 * runtime's identity (the demo's person switcher, not a sign-in); what that person may do is then
 * core's answer on every page.
 */
import { roleDisplayName } from '@samverkan/core';
import { useRuntimeState } from '@samverkan/react';
import { useId, useMemo, useState } from 'react';
import { useDemo } from '../app/demo-context.js';
import type { DemoActor } from '../app/preferences.js';
import { actorOptions } from './actors.js';
import { PersonButtonFace } from './person-button-face.js';
import { PopoverTool } from './popover-tool.js';
import { roleSwitcherText } from './role-switcher-placeholder.js';

export function PersonMenu({ actor, onChange }: { actor: DemoActor; onChange: (actor: DemoActor) => void }) {
  const { locale } = useDemo();
  const id = useId();
  const [open, setOpen] = useState(false);
  const state = useRuntimeState((s) => [s.dataset, s.mandates]);
  const groups = useMemo(() => actorOptions(state, locale), [state, locale]);
  const value = `${actor.personId}|${actor.roleId}`;
  const current = groups.flatMap((g) => g.people.map((p) => ({ ...p, roleName: g.roleName }))).find((p) => `${p.personId}|${p.roleId}` === value);
  const role = state.dataset.roles.find((r) => r.id === actor.roleId);
  const name = current?.personName ?? '';
  const roleName = current?.roleName ?? (role ? roleDisplayName(role, locale) : '');
  return (
    <PopoverTool
      anchorClassName="sv-demo-person-anchor"
      className="sv-demo-tool sv-demo-person"
      isOpen={open}
      onOpenChange={setOpen}
      aria-label={roleSwitcherText.dialog[locale]}
      face={<PersonButtonFace lead={roleSwitcherText.button[locale]} name={name} roleName={roleName} />}
    >
      <label className="sv-label" htmlFor={id} id={`${id}-label`}>
        {roleSwitcherText.label[locale]}
      </label>
      <select
        id={id}
        className="sv-input sv-demo-select"
        value={value}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          const [personId = '', roleId = ''] = event.target.value.split('|');
          onChange({ personId, roleId });
        }}
      >
        {groups.map((group) => (
          <optgroup key={group.roleId} label={group.roleName}>
            {group.people.map((p) => (
              <option key={`${p.personId}|${group.roleId}`} value={`${p.personId}|${group.roleId}`}>
                {p.personName} – {group.roleName}
                {p.organisationName ? `, ${p.organisationName}` : ''}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p className="sv-description" id={`${id}-help`}>
        {roleSwitcherText.help[locale]}
      </p>
    </PopoverTool>
  );
}
