/** Överenskommelser — the sample's agreements and how far their ratification has come. */
import { agreementStatusLabels } from '@samverkan/core';
import { useSamverkan, useSamverkanSelector } from '@samverkan/react';
import { useDemo } from '../app/demo-context.js';
import { Link } from '../app/router.js';
import { pathOf } from '../app/routes.js';
import { PageHeading } from '../shell/page-heading.js';

const text = { title: { sv: 'Överenskommelser', en: 'Agreements' } } as const;

export default function AgreementsPage() {
  const { locale } = useSamverkan();
  const { sampleId, info } = useDemo();
  const agreements = useSamverkanSelector((s) => [...s.agreements.values()]);
  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      <ul className="sv-demo-list">
        {agreements.map((a) => (
          <li key={a.id} className="sv-demo-list__item">
            <Link href={pathOf(sampleId, 'agreements', a.id)}>{a.context.title}</Link>
            <span className="sv-demo-list__meta">{agreementStatusLabels[a.status][locale]}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
