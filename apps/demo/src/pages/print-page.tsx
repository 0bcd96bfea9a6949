/**
 * A document as it prints: the agenda's notice (kallelse), the minutes with their approval
 * (justering) and fingerprint, a meeting's attendance list, a mandate with its version history,
 * the ESF report. What each contains is core's (`@samverkan/core/documents`); the kit's print
 * views render it, and the kit's print stylesheet puts it on A4 and leaves out everything around
 * it — the banner, the navigation, these buttons — so "Skriv ut" (or "Spara som PDF" in the
 * browser's print dialog) gives the document alone. The document's own heading is the page's h1.
 */
import { attendanceListDocument, esfReportPrintDocument, mandatePrintDocument, minutesDocument, noticeDocument } from '@samverkan/core/documents';
import { useRuntimeState, useSamverkan } from '@samverkan/react';
import { AttendanceListPrint, EsfReportPrint, MandatePrint, MinutesPrint, NoticePrint } from '@samverkan/ui';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useDemo } from '../app/demo-context.js';
import { Link } from '../app/router.js';
import { pathOf, type PrintDocumentKind } from '../app/routes.js';
import { PageHeading } from '../shell/page-heading.js';

const text = {
  print: { sv: 'Skriv ut eller spara som PDF', en: 'Print or save as PDF' },
  help: {
    sv: 'Utskriften blir bara dokumentet, på A4. Välj «Spara som PDF» i utskriftsdialogen för en PDF.',
    en: 'The printout is the document alone, on A4. Choose “Save as PDF” in the print dialog for a PDF.',
  },
  backMeeting: { sv: 'Tillbaka till mötet', en: 'Back to the meeting' },
  backMandate: { sv: 'Tillbaka till uppdraget', en: 'Back to the mandate' },
  backSeminars: { sv: 'Tillbaka till seminarierna', en: 'Back to the seminars' },
  esf: { sv: 'ESF-rapport', en: 'ESF report' },
  kinds: {
    notice: { sv: 'Kallelse', en: 'Notice' },
    minutes: { sv: 'Minnesanteckningar', en: 'Minutes' },
    attendance: { sv: 'Deltagarlista', en: 'Attendance list' },
    mandate: { sv: 'Utskrift', en: 'Printout' },
  },
  missing: { sv: 'Dokumentet finns inte', en: 'No such document' },
  missingBody: {
    sv: 'Det finns inget sådant dokument att skriva ut här ännu, till exempel minnesanteckningar för ett möte som inte har hållits.',
    en: 'There is no such document to print here yet, for example minutes of a meeting that has not been held.',
  },
} as const;

export default function PrintPage({ document: kind, id }: { document: PrintDocumentKind; id?: string }) {
  const { locale } = useSamverkan();
  const { sampleId, info } = useDemo();
  const state = useRuntimeState((s) => [s.meetings, s.mandates, s.seminars, s.themes, s.dataset]);
  const shown: { title: string; view: ReactNode } | undefined = useMemo(() => {
    const meetingTitle = id ? (state.meetings.get(id)?.context.title ?? '') : '';
    switch (kind) {
      case 'esf':
        return { title: text.esf[locale], view: <EsfReportPrint document={esfReportPrintDocument(state, {}, locale)} locale={locale} /> };
      case 'mandate': {
        const doc = id ? mandatePrintDocument(state, id, locale) : undefined;
        return doc && { title: doc.mandate.title, view: <MandatePrint document={doc} locale={locale} /> };
      }
      case 'notice': {
        const doc = id ? noticeDocument(state, id, locale) : undefined;
        return doc && { title: meetingTitle, view: <NoticePrint notice={doc} locale={locale} /> };
      }
      case 'minutes': {
        const doc = id ? minutesDocument(state, id, locale) : undefined;
        return doc && { title: meetingTitle, view: <MinutesPrint minutes={doc} locale={locale} /> };
      }
      case 'attendance': {
        const doc = id ? attendanceListDocument(state, id, locale) : undefined;
        return doc && { title: meetingTitle, view: <AttendanceListPrint list={doc} locale={locale} /> };
      }
    }
  }, [kind, id, state, locale]);

  // The document's h1 names the page; the tab's title says which document of which record.
  useEffect(() => {
    if (shown) globalThis.document.title = [kind === 'esf' ? undefined : text.kinds[kind][locale], shown.title, info.name[locale], 'Samverkan demo'].filter(Boolean).join(' – ');
  }, [shown, info, locale, kind]);

  const back =
    kind === 'mandate' && id ? (
      <Link href={pathOf(sampleId, 'mandates', id)}>{text.backMandate[locale]}</Link>
    ) : kind === 'esf' ? (
      <Link href={pathOf(sampleId, 'seminars')}>{text.backSeminars[locale]}</Link>
    ) : id ? (
      <Link href={pathOf(sampleId, 'meetings', id)}>{text.backMeeting[locale]}</Link>
    ) : null;

  if (!shown) {
    return (
      <>
        <PageHeading title={text.missing[locale]} context={info.name[locale]} />
        <p>{text.missingBody[locale]}</p>
        <p>{back}</p>
      </>
    );
  }
  return (
    <>
      <div className="sv-demo-print-tools">
        <p className="sv-demo-lead">{back}</p>
        <p className="sv-description">{text.help[locale]}</p>
        <p>
          <button type="button" className="sv-button" data-variant="primary" onClick={() => globalThis.print()}>
            {text.print[locale]}
          </button>
        </p>
      </div>
      {shown.view}
    </>
  );
}
