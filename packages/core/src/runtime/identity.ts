/**
 * Who is acting. Core decides what is allowed; the host says who is acting, from a source it
 * trusts — a signed-in session on a server, or the demo's person switcher — never from the
 * command body. A command may still name its sender (`by`), but one that names anyone else than
 * the acting person is refused. Only a host that imports records which already carry their
 * senders and times (a sample's history, a restored backup) trusts the commands' own `by` and
 * `at`, and it says so by choosing `trustedRecords()`.
 */

/** Where the runtime learns who is acting. */
export type IdentityPolicy =
  | {
      /** A signed-in session: the host's sign-in says who is acting for each call. */
      kind: 'session';
      /** The acting person's id, or `undefined` when nobody is signed in. */
      actor: () => string | undefined;
    }
  | {
      /**
       * The demo's person switcher: a visitor picks whom to act as. A demo affordance for a
       * browser-only sample network, not a sign-in — never use it where people share a network.
       */
      kind: 'demo';
      actor: () => string | undefined;
    }
  | {
      /**
       * Records that carry their own senders and times (a sample's history, a backup being
       * restored): each command's `by` and `at` are taken as they are, checked like any other
       * (the person exists and holds the authority; a stream's times never go backwards and
       * nothing is dated in the future).
       */
      kind: 'records';
    };

/** A session's identity: `actor` returns the signed-in person's id for the current call. */
export function sessionIdentity(actor: () => string | undefined): IdentityPolicy {
  return { kind: 'session', actor };
}

/** The demo's person switcher: who acts is whoever the visitor switched to last. */
export interface PersonSwitcher {
  readonly kind: 'demo';
  actor: () => string | undefined;
  /** Act as this person from now on (`undefined`: nobody). */
  switchTo: (personId: string | undefined) => void;
}

/** A person switcher for a demo (see `IdentityPolicy`'s `demo`); starts with `initial`. */
export function demoPersonSwitcher(initial?: string): PersonSwitcher {
  let current = initial;
  return {
    kind: 'demo',
    actor: () => current,
    switchTo: (personId) => {
      current = personId;
    },
  };
}

/** Trust each command's own `by` and `at`: only for importing records (see `IdentityPolicy`). */
export function trustedRecords(): IdentityPolicy {
  return { kind: 'records' };
}
