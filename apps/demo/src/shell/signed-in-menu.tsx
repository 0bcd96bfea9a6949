/**
 * Who is signed in, on the demo's shared server: the person's name and roles in the banner, and
 * a small dialog to sign in as someone else (the development sign-in page) or to sign out. It
 * replaces the person switcher there: who acts is the session's person, never a choice in the page.
 */
import { useRuntimeState } from '@samverkan/react';
import { useMemo, useState } from 'react';
import { useDemo } from '../app/demo-context.js';
import { useLocation } from '../app/router.js';
import { signInUrl, signOut, type DemoServer } from '../server/demo-server.js';
import { actorOptions } from './actors.js';
import { PersonButtonFace } from './person-button-face.js';
import { PopoverTool } from './popover-tool.js';

export const signedInText = {
  button: { sv: 'Inloggad som', en: 'Signed in as' },
  dialog: { sv: 'Din inloggning', en: 'Your sign-in' },
  roles: { sv: 'Dina roller i nätverket', en: 'Your roles in the network' },
  noRoles: { sv: 'Du har ingen roll i nätverkets bemanning just nu.', en: 'You hold no role in the network’s staffing right now.' },
  other: { sv: 'Logga in som någon annan', en: 'Sign in as someone else' },
  signOut: { sv: 'Logga ut', en: 'Sign out' },
  help: {
    sv: 'Demon körs på en delad server: alla som är inloggade ser samma nätverk, och det du gör syns hos de andra direkt.',
    en: 'The demo runs on a shared server: everyone signed in sees the same network, and what you do shows for the others at once.',
  },
} as const;

export function SignedInMenu({ personId, server }: { personId: string; server: DemoServer }) {
  const { locale, sampleId } = useDemo();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const state = useRuntimeState((s) => [s.dataset, s.mandates]);
  const person = state.dataset.people.find((p) => p.id === personId);
  const roles = useMemo(
    () => actorOptions(state, locale).filter((group) => group.people.some((p) => p.personId === personId)).map((group) => group.roleName),
    [state, locale, personId],
  );
  const name = person?.name ?? personId;
  return (
    <PopoverTool
      anchorClassName="sv-demo-person-anchor"
      className="sv-demo-tool sv-demo-person"
      isOpen={open}
      onOpenChange={setOpen}
      aria-label={signedInText.dialog[locale]}
      face={<PersonButtonFace lead={signedInText.button[locale]} name={name} roleName={roles[0] ?? ''} />}
    >
      <h3 className="sv-demo-popover__title">{name}</h3>
      <p className="sv-description">{signedInText.roles[locale]}</p>
      {roles.length > 0 ? (
        <ul className="sv-demo-roles">
          {roles.map((role) => (
            <li key={role}>{role}</li>
          ))}
        </ul>
      ) : (
        <p>{signedInText.noRoles[locale]}</p>
      )}
      <p className="sv-description">{signedInText.help[locale]}</p>
      <p className="sv-demo-actions">
        <a className="sv-button" data-variant="secondary" href={signInUrl(server, sampleId, pathname)}>
          {signedInText.other[locale]}
        </a>
        <button
          type="button"
          className="sv-button"
          data-variant="secondary"
          onClick={() => {
            void signOut().finally(() => globalThis.location.reload());
          }}
        >
          {signedInText.signOut[locale]}
        </button>
      </p>
    </PopoverTool>
  );
}
