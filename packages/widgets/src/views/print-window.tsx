/**
 * Printing from a widget (*skriv ut*, or «Spara som PDF» in the print dialog): a window of its
 * own holding only the document — core's print document from the server, rendered by the kit's
 * print view on an A4 page — so nothing of the host page or the widget's controls is printed.
 *
 * The widget opens the window in the click (a pop-up blocker lets that through); it is filled
 * here once the document arrives. Nothing reaches the host page, and nothing needs more than its CSP already
 * allows: the view renders into a shadow root that adopts the widget's own constructed
 * stylesheet (no `<style>`, no script in the window). Loaded when first used (a chunk of its own
 * in the ES module build).
 */
import { MinutesPrint, NoticePrint } from '@samverkan/ui';
import type { MinutesDocument, NoticeDocument } from '@samverkan/core/documents';
import { createRoot } from 'react-dom/client';
import type { NetworkConnection } from '../connection/network-connection.js';
import type { WidgetProblem } from '../element/widget-problem.js';
import { say } from '../i18n/widget-texts.js';
import type { WidgetLocale } from '../public/widget-types.js';
import { widgetStylesheet } from '../styles/widget-stylesheet.js';
import { WidgetFrame } from './widget-frame.js';

/** Which of a meeting's documents: the notice with its agenda (*kallelse*), or the minutes. */
export type PrintedDocument = 'notice' | 'minutes';

/** The page the print view sets itself on (`@page` is not read from a shadow root's sheet). */
const pageRule = '@page { size: A4 portrait; margin: 18mm 16mm 20mm 22mm; } body { margin: 0; }';

/**
 * Fills `view` — the window the click opened (`window.open('', '_blank')`, null when blocked) —
 * with `document` of `meetingId` and prints it. Answers a problem (the window blocked, the
 * document refused or unreachable) for the widget to show, or undefined once the print dialog
 * has been asked for.
 */
export async function printMeetingDocument(
  view: Window | null,
  connection: NetworkConnection,
  meetingId: string,
  document: PrintedDocument,
  locale: WidgetLocale,
): Promise<WidgetProblem | undefined> {
  if (!view) return { code: 'POPUP_BLOCKED', message: { sv: say('printBlocked', 'sv'), en: say('printBlocked', 'en') } };
  view.document.title = say('printing', locale);
  const file = await connection.file(`/meetings/${encodeURIComponent(meetingId)}/${document}.json?locale=${locale}`);
  if (!file.ok) {
    view.close();
    return file.problem;
  }
  const printed = JSON.parse(await file.blob.text()) as NoticeDocument | MinutesDocument;
  const page = view.document;
  page.documentElement.lang = locale;
  page.title = printed.title;
  const sheet = new (view as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(pageRule);
  page.adoptedStyleSheets = [sheet];
  const host = page.createElement('div');
  page.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [widgetStylesheet(page)];
  const container = page.createElement('div');
  shadow.append(container);
  await new Promise<void>((rendered) => {
    createRoot(container).render(
      <WidgetFrame locale={locale}>
        <div
          ref={(element) => {
            if (element) rendered();
          }}
        >
          {document === 'notice' ? <NoticePrint notice={printed as NoticeDocument} locale={locale} /> : <MinutesPrint minutes={printed as MinutesDocument} locale={locale} />}
        </div>
      </WidgetFrame>,
    );
  });
  view.focus();
  view.print();
  return undefined;
}
