/**
 * Uppdragsbeskrivningen — what the mandate is and where it stands, the visitor's one next step,
 * the document itself, then the review round and a form to propose an amendment for whoever
 * may: the kit's MandateWorkspace, every answer core's. Approving, extending, submitting the
 * final report and ending are confirmed in a dialog that says what happens.
 */
import { useMandate, useSamverkan } from '@samverkan/react';
import { MandateWorkspace } from '@samverkan/ui';
import { useDemo } from '../app/demo-context.js';
import { Link } from '../app/router.js';
import { pathOf, printPath } from '../app/routes.js';
import { RecordDamageNotice } from '../shell/damage-notice.js';
import { PageHeading } from '../shell/page-heading.js';

const text = {
  print: { sv: 'Skriv ut eller spara som PDF', en: 'Print or save as PDF' },
  notFound: { sv: 'Uppdraget finns inte i exemplet', en: 'No such mandate in the sample' },
  back: { sv: 'Alla uppdrag', en: 'All mandates' },
  audit: { sv: 'Händelselogg för uppdraget', en: 'Audit trail of the mandate' },
} as const;

export default function MandatePage({ mandateId }: { mandateId: string }) {
  const { locale } = useSamverkan();
  const { sampleId, info } = useDemo();
  const { mandate, view } = useMandate(mandateId);
  if (!mandate) {
    return (
      <>
        <PageHeading title={text.notFound[locale]} context={info.name[locale]} />
        <Link href={pathOf(sampleId, 'mandates')}>{text.back[locale]}</Link>
      </>
    );
  }
  return (
    <>
      <PageHeading title={mandate.title} context={info.name[locale]} />
      <p className="sv-demo-lead">
        <Link href={pathOf(sampleId, 'mandates')}>{text.back[locale]}</Link>
        {view ? (
          <>
            {' · '}
            <Link href={`${pathOf(sampleId, 'audit')}?stream=${encodeURIComponent(view.stream)}`}>{text.audit[locale]}</Link>
          </>
        ) : null}
        {' · '}
        <Link href={printPath(sampleId, 'mandate', mandateId)}>{text.print[locale]}</Link>
      </p>
      {view ? <RecordDamageNotice stream={view.stream} /> : null}
      <MandateWorkspace mandateId={mandateId} />
    </>
  );
}
