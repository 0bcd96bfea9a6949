/** Startsidan — choose one of the sample networks, or load one's own. */
import { useLocale } from '@samverkan/ui';
import { Link } from '../app/router.js';
import { ownNetworkPath, pathOf } from '../app/routes.js';
import { ownNetworkId, ownNetworkNote, sampleInfos } from '../app/samples.js';
import { useDemoServer } from '../server/use-demo-server.js';
import { PageHeading } from '../shell/page-heading.js';

const text = {
  title: { sv: 'Välj ett exempelnätverk', en: 'Choose a sample network' },
  intro: {
    sv: 'Samverkan är en öppen verktygslåda för samarbete mellan region och kommuner. Välj ett nätverk, agera som en av personerna i det och pröva hur ett möte går till, hur en uppdragsbeskrivning ändras och hur seminarier och överenskommelser följs upp.',
    en: 'Samverkan is an open toolkit for collaboration between regions and municipalities. Choose a network, act as one of its people and try how a meeting runs, how a mandate is amended and how seminars and agreements are followed up.',
  },
  browser: { sv: 'Allt du gör sparas bara i din webbläsare.', en: 'Everything you do is kept in your browser only.' },
  shared: {
    sv: 'Demon körs på en delad server: du loggar in som en av personerna, och det du gör syns för alla andra som är inloggade i samma nätverk. Öppna två webbläsare för att se två personer arbeta tillsammans.',
    en: 'The demo runs on a shared server: you sign in as one of the people, and what you do shows for everyone else signed in to the same network. Open two browsers to see two people work together.',
  },
  open: { sv: 'Öppna', en: 'Open' },
  own: { sv: 'Skapa ert eget nätverk steg för steg, eller läs in det från en fil.', en: 'Make your own network step by step, or load it from a file.' },
  yours: { sv: 'Ert eget nätverk, sparat i den här webbläsaren.', en: 'Your own network, kept in this browser.' },
} as const;

export function StartPage() {
  const locale = useLocale();
  const server = useDemoServer();
  // The visitor's own network, once made in this browser (not on the shared server).
  const own = server ? undefined : ownNetworkNote();
  return (
    <>
      <PageHeading title={text.title[locale]} />
      <p className="sv-demo-lead">
        {text.intro[locale]} {(server ? text.shared : text.browser)[locale]}
      </p>
      <ul className="sv-demo-cards">
        {sampleInfos.map((sample) => (
          <li key={sample.id} className="sv-demo-card">
            <h2 className="sv-heading">
              <Link className="sv-demo-card__link" href={pathOf(sample.id, 'overview')}>
                {sample.name[locale]}
              </Link>
            </h2>
            <p className="sv-description">{sample.summary[locale]}</p>
          </li>
        ))}
        {own ? (
          <li className="sv-demo-card">
            <h2 className="sv-heading">
              <Link className="sv-demo-card__link" href={pathOf(ownNetworkId, 'overview')}>
                {own.name[locale]}
              </Link>
            </h2>
            <p className="sv-description">{text.yours[locale]}</p>
          </li>
        ) : null}
      </ul>
      <p className="sv-description">
        <Link href={ownNetworkPath}>{text.own[locale]}</Link>
      </p>
    </>
  );
}
