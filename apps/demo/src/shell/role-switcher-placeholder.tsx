/** The role switcher's frame while the sample loads: same size, nothing to choose yet. */
import type { Locale } from '@samverkan/core';
import { useId } from 'react';

/** The switcher's texts, shared with the switcher itself. */
export const roleSwitcherText = {
  label: { sv: 'Du agerar som', en: 'You are acting as' },
  help: { sv: 'Byt person och roll för att pröva andra befogenheter.', en: 'Switch person and role to try other authorities.' },
  loading: { sv: 'Laddar personerna…', en: 'Loading the people…' },
} as const;

/** The role switcher's frame while the sample loads: same size, nothing to choose yet. */
export function RoleSwitcherPlaceholder({ locale }: { locale: Locale }) {
  const id = useId();
  return (
    <div className="sv-demo-role-switcher">
      <label className="sv-label" htmlFor={id}>
        {roleSwitcherText.label[locale]}
      </label>
      <select id={id} className="sv-demo-select" disabled aria-describedby={`${id}-help`}>
        <option>{roleSwitcherText.loading[locale]}</option>
      </select>
      <p className="sv-demo-hint" id={`${id}-help`}>
        {roleSwitcherText.help[locale]}
      </p>
    </div>
  );
}
