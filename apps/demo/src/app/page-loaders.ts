/**
 * The code of each page of a sample, one chunk per page, and the samples' data. The entry
 * starts fetching the page's chunk together with the sample's runtime (app.tsx), so they arrive
 * in one round trip; sample-app.tsx renders the pages lazily.
 */
import type { SampleRoute } from './routes.js';

export const pageLoaders = {
  overview: () => import('../pages/overview-page.js'),
  meetings: () => import('../pages/meetings-page.js'),
  year: () => import('../pages/year-plan-page.js'),
  documents: () => import('../pages/documents-page.js'),
  meeting: () => import('../pages/meeting-page.js'),
  mandates: () => import('../pages/mandates-page.js'),
  mandate: () => import('../pages/mandate-page.js'),
  seminars: () => import('../pages/seminars-page.js'),
  agreements: () => import('../pages/agreements-page.js'),
  agreement: () => import('../pages/agreement-page.js'),
  deliverables: () => import('../pages/deliverables-page.js'),
  staffing: () => import('../pages/staffing-page.js'),
  records: () => import('../pages/records-page.js'),
  audit: () => import('../pages/audit-page.js'),
  data: () => import('../pages/data-page.js'),
  print: () => import('../pages/print-page.js'),
} satisfies Record<SampleRoute['page'], () => Promise<unknown>>;

/** Core's loading of a sample (`loadSample`, `resetToSample`), which fetches that sample's data. */
export const loadSampleData = () => import('./sample-loading.js');

/**
 * Fetches a meeting's page ahead of a move to it — its chunk, the workspace's and the parts of
 * the kit's MeetingWorkspace that a meeting's stage may show (`preloadMeetingWorkspace`) — on a
 * sign of intent: a pointer over, or focus on, a link to a meeting. Nothing is fetched twice.
 */
export function preloadMeetingPage(): void {
  void pageLoaders
    .meeting()
    .then((page) => page.preloadMeetingWorkspacePart())
    .catch(() => undefined);
}
