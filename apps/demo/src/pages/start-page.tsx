/** Startsidan — choose one of the sample networks, or load one's own. */
import { useLocale } from '@samverkan/ui';
import { Link } from '../app/router.js';
import { ownNetworkPath, pathOf } from '../app/routes.js';
import { sampleInfos } from '../app/samples.js';
import { PageHeading } from '../shell/page-heading.js';

const text = {
  title: { sv: 'Välj ett exempelnätverk', en: 'Choose a sample network' },
  intro: {
    sv: 'Samverkan är en öppen verktygslåda för samverkan mellan region och kommuner. Välj ett nätverk, agera som en av dess personer och pröva mötenas gång, uppdragsbeskrivningen, seminarierna och överenskommelsen. Allt sparas i din webbläsare.',
    en: 'Samverkan is an open toolkit for collaboration between regions and municipalities. Choose a network, act as one of its people and try the meetings, the mandate, the seminars and the agreement. Everything is kept in your browser.',
  },
  open: { sv: 'Öppna', en: 'Open' },
  own: { sv: 'Har ni ett eget nätverk? Läs in det från en fil.', en: 'Have a network of your own? Load it from a file.' },
} as const;

export function StartPage() {
  const locale = useLocale();
  return (
    <>
      <PageHeading title={text.title[locale]} />
      <p className="sv-demo-lead">{text.intro[locale]}</p>
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
      </ul>
      <p className="sv-description">
        <Link href={ownNetworkPath}>{text.own[locale]}</Link>
      </p>
    </>
  );
}
