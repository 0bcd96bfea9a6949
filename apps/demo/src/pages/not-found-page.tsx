/** A path the demo does not know. */
import { useLocale } from '@samverkan/ui';
import { Link } from '../app/router.js';
import { PageHeading } from '../shell/page-heading.js';

const text = {
  title: { sv: 'Sidan finns inte', en: 'Page not found' },
  back: { sv: 'Till startsidan', en: 'To the start page' },
} as const;

export function NotFoundPage() {
  const locale = useLocale();
  return (
    <>
      <PageHeading title={text.title[locale]} />
      <p>
        <Link href="/">{text.back[locale]}</Link>
      </p>
    </>
  );
}
