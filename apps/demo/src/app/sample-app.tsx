/**
 * A sample network in use: its runtime (on IndexedDB) goes into `SamverkanProvider` with the
 * chosen actor, language and the demo's "now"; every page then renders what core's queries and
 * `can` answer. Loaded lazily with the domain code; the page's own chunk is fetched while the
 * sample opens.
 */
import type { Locale } from '@samverkan/core';
import { SamverkanProvider, useSamverkanSelector } from '@samverkan/react';
import { formatDateTime } from '@samverkan/ui';
import { lazy, startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Layout } from '../shell/layout.js';
import { RoleSwitcher } from '../shell/role-switcher.js';
import { SampleSkeleton } from '../shell/sample-skeleton.js';
import { DemoContext, type DemoContextValue } from './demo-context.js';
import { useClearFeedback } from './feedback.js';
import { updatePreferences, usePreferences } from './preferences.js';
import { Link, useLocation } from './router.js';
import { pathOf, sectionOf, type SamplePage, type SampleRoute } from './routes.js';
import { openSample, type OpenSample } from './sample-runtime.js';
import { sampleInfo, type SampleId } from './samples.js';

const loaders = {
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
  audit: () => import('../pages/audit-page.js'),
  data: () => import('../pages/data-page.js'),
} satisfies Record<SampleRoute['page'], () => Promise<unknown>>;

const OverviewPage = lazy(loaders.overview);
const MeetingsPage = lazy(loaders.meetings);
const YearPlanPage = lazy(loaders.year);
const DocumentsPage = lazy(loaders.documents);
const MeetingPage = lazy(loaders.meeting);
const MandatesPage = lazy(loaders.mandates);
const MandatePage = lazy(loaders.mandate);
const SeminarsPage = lazy(loaders.seminars);
const AgreementsPage = lazy(loaders.agreements);
const AgreementPage = lazy(loaders.agreement);
const DeliverablesPage = lazy(loaders.deliverables);
const StaffingPage = lazy(loaders.staffing);
const AuditPage = lazy(loaders.audit);
const DataPage = lazy(loaders.data);

const text = {
  today: { sv: 'Demon står på', en: 'The demo stands at' },
  sampleToday: { sv: '(exemplets egen dag)', en: '(the sample’s own day)' },
  change: { sv: 'Ändra datum eller återställ', en: 'Change the date or reset' },
} as const;

function pageOf(route: SampleRoute): ReactNode {
  switch (route.page) {
    case 'overview':
      return <OverviewPage />;
    case 'meetings':
      return <MeetingsPage />;
    case 'meeting':
      return <MeetingPage meetingId={route.id} />;
    case 'year':
      return <YearPlanPage />;
    case 'documents':
      return <DocumentsPage />;
    case 'mandates':
      return <MandatesPage />;
    case 'mandate':
      return <MandatePage mandateId={route.id} />;
    case 'seminars':
      return <SeminarsPage />;
    case 'agreements':
      return <AgreementsPage />;
    case 'agreement':
      return <AgreementPage agreementId={route.id} />;
    case 'deliverables':
      return <DeliverablesPage />;
    case 'staffing':
      return <StaffingPage />;
    case 'audit':
      return <AuditPage />;
    case 'data':
      return <DataPage />;
  }
}

/** The pages a sample has something to show on (seminars and agreements only where it has them). */
function useSamplePages(): SamplePage[] {
  const has = useSamverkanSelector((s) => ({
    themes: s.themes.size > 0,
    agreements: s.agreements.size > 0,
    documents: s.dataset.communicationPlans.length + s.dataset.riskAnalyses.length > 0,
  }));
  return [
    'overview',
    'meetings',
    'year',
    'mandates',
    ...(has.themes ? (['seminars'] as const) : []),
    ...(has.agreements ? (['agreements'] as const) : []),
    ...(has.documents ? (['documents'] as const) : []),
    'deliverables',
    'staffing',
    'audit',
    'data',
  ];
}

function SampleFrame({ route, context }: { route: SampleRoute; context: DemoContextValue }) {
  const pages = useSamplePages();
  const prefs = usePreferences();
  const actor = prefs.actors[route.sampleId] ?? context.info.defaultActor;
  const { pathname } = useLocation();
  const clear = useClearFeedback();
  useEffect(() => clear(), [pathname, clear]);
  const { locale, now, referenceDate, sampleId } = context;
  return (
    <Layout
      locale={locale}
      sample={{
        sampleId,
        name: context.info.name[locale],
        pages,
        current: sectionOf(route),
        roleSwitcher: <RoleSwitcher actor={actor} onChange={(next) => updatePreferences((p) => ({ ...p, actors: { ...p.actors, [sampleId]: next } }))} />,
      }}
      footer={
        <p className="sv-demo-footer__clock">
          {text.today[locale]} <time dateTime={now}>{formatDateTime(now, locale)}</time>
          {now === referenceDate ? ` ${text.sampleToday[locale]}` : ''}. <Link href={pathOf(sampleId, 'data')}>{text.change[locale]}</Link>
        </p>
      }
    >
      <Suspense fallback={null}>
        <div key={pathname} className="sv-demo-page">
          {pageOf(route)}
        </div>
      </Suspense>
    </Layout>
  );
}

function useOpenSample(sampleId: SampleId): { open?: OpenSample; error?: string } {
  const [state, setState] = useState<{ sampleId?: SampleId; open?: OpenSample; error?: string }>({});
  useEffect(() => {
    let current = true;
    openSample(sampleId).then(
      // A transition: React renders the page in slices, so the main thread stays responsive.
      (open) => current && startTransition(() => setState({ sampleId, open })),
      (error: unknown) => current && setState({ sampleId, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [sampleId]);
  return state.sampleId === sampleId ? state : {};
}

export default function SampleApp({ route, locale }: { route: SampleRoute; locale: Locale }) {
  const prefs = usePreferences();
  const info = sampleInfo(route.sampleId)!;
  const { open, error } = useOpenSample(route.sampleId);
  // Fetch the page's code while the sample opens.
  void loaders[route.page]();
  if (!open) return <SampleSkeleton info={info} locale={locale} current={sectionOf(route)} error={error} />;
  const actor = prefs.actors[route.sampleId] ?? info.defaultActor;
  const now = prefs.clocks[route.sampleId] ?? open.referenceDate;
  const context: DemoContextValue = { sampleId: route.sampleId, info, locale, referenceDate: open.referenceDate, now };
  return (
    <SamverkanProvider runtime={open.runtime} actor={actor} locale={locale} now={now}>
      <DemoContext.Provider value={context}>
        <SampleFrame route={route} context={context} />
      </DemoContext.Provider>
    </SamverkanProvider>
  );
}
