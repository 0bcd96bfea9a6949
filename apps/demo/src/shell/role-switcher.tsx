/**
 * Du agerar som — the demo acts as one person in one role at a time, so that every authority
 * can be tried. The choice is the provider's actor (`by` and `as` of every command); what that
 * person may do is then core's answer on every page.
 */
import { useRuntimeState } from '@samverkan/react';
import { useId, useMemo } from 'react';
import { useDemo } from '../app/demo-context.js';
import type { DemoActor } from '../app/preferences.js';
import { actorOptions } from './actors.js';
import { roleSwitcherText } from './role-switcher-placeholder.js';


export function RoleSwitcher({ actor, onChange }: { actor: DemoActor; onChange: (actor: DemoActor) => void }) {
  const { locale } = useDemo();
  const id = useId();
  const state = useRuntimeState((s) => [s.dataset, s.mandates]);
  const groups = useMemo(() => actorOptions(state, locale), [state, locale]);
  const value = `${actor.personId}|${actor.roleId}`;
  return (
    <div className="sv-demo-role-switcher">
      <label className="sv-label" htmlFor={id}>
        {roleSwitcherText.label[locale]}
      </label>
      <select
        id={id}
        className="sv-demo-select"
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
      <p className="sv-demo-hint" id={`${id}-help`}>
        {roleSwitcherText.help[locale]}
      </p>
    </div>
  );
}
