/**
 * A network on the demo's shared server, signed out: its log and people are for its members, so
 * the page says so and leads to the sign-in. (Published records — approved mandates, published
 * agendas and minutes — are public on the server's `/public` routes, for anyone.)
 */
import type { Locale } from '@samverkan/core';
import { PageHeading } from '../shell/page-heading.js';
import { signInUrl, type DemoServer } from '../server/demo-server.js';

const text = {
  title: { sv: 'Logga in', en: 'Sign in' },
  body: {
    sv: 'Nätverket finns på demons delade server. Dess möten, uppdrag och personer är till för dem som är med i nätverket: logga in för att se och arbeta i det.',
    en: 'The network is on the demo’s shared server. Its meetings, mandates and people are for those in the network: sign in to see it and work in it.',
  },
  demo: {
    sv: 'I demon väljer du vem du är på inloggningssidan. I en riktig driftsättning loggar man in med sin organisations inloggning (OpenID Connect).',
    en: 'In the demo you choose who you are on the sign-in page. In a real deployment people sign in with their organisation’s sign-in (OpenID Connect).',
  },
  signIn: { sv: 'Logga in i nätverket', en: 'Sign in to the network' },
} as const;

export function SignInPage({ locale, server, network, networkName, returnTo }: { locale: Locale; server: DemoServer; network: string; networkName: string; returnTo: string }) {
  return (
    <>
      <PageHeading title={text.title[locale]} context={networkName} />
      <p>{text.body[locale]}</p>
      <p className="sv-description">{text.demo[locale]}</p>
      <p>
        <a className="sv-button" data-variant="primary" href={signInUrl(server, network, returnTo)}>
          {text.signIn[locale]}
        </a>
      </p>
    </>
  );
}
