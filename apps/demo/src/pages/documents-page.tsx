/**
 * Planer — the structured documents of the sample: communication plans (goals know/feel/do,
 * target groups, channels, activities) and risk analyses as a matrix of likelihood and impact
 * (`useCommunicationPlans`, `useRiskAnalyses`; levels are core's).
 */
import { swedishDate } from '@samverkan/core';
import { useCommunicationPlans, useRiskAnalyses, useSamverkan } from '@samverkan/react';
import { CommunicationPlan, RiskMatrix } from '@samverkan/ui';
import { useDemo } from '../app/demo-context.js';
import { PageHeading } from '../shell/page-heading.js';

const text = {
  title: { sv: 'Kommunikationsplaner och riskanalyser', en: 'Communication plans and risk analyses' },
  none: { sv: 'Exemplet har inga sådana dokument.', en: 'The sample has no such documents.' },
} as const;

export default function DocumentsPage() {
  const { locale, now } = useSamverkan();
  const { info } = useDemo();
  const plans = useCommunicationPlans();
  const risks = useRiskAnalyses();
  return (
    <>
      <PageHeading title={text.title[locale]} context={info.name[locale]} />
      {plans.length + risks.length === 0 ? <p className="sv-description">{text.none[locale]}</p> : null}
      {plans.map((row) => (
        <CommunicationPlan key={row.plan.id} plan={row.plan} current={row.current} contacts={row.contacts} activities={row.activities} today={swedishDate(now)} />
      ))}
      {risks.map((source) => (
        <RiskMatrix key={source.id} title={source.title} scope={source.scope} date={source.date} version={source.version} risks={source.risks} />
      ))}
    </>
  );
}
