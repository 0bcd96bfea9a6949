/**
 * A sample network in use: its runtime — on IndexedDB with the person switcher and the demo's
 * clock, or on the demo's shared server with the signed-in person and the server's clock — goes
 * into `SamverkanProvider` with the actor, language and "now"; every page then renders what
 * core's queries and `can` answer. Loaded lazily with the domain code; the page's own chunk is fetched alongside
 * (page-loaders.ts).
 */
import type { Locale } from '@samverkan/core';
import { SamverkanProvider, useSamverkanSelector } from '@samverkan/react';
import { lazy, startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';
import { ClockMenu } from '../shell/clock-menu.js';
import { Layout } from '../shell/layout.js';
import { PersonMenu } from '../shell/person-menu.js';
import { SignedInMenu } from '../shell/signed-in-menu.js';
import { ConnectionNotice } from '../shell/connection-notice.js';
import { SignInPage } from '../pages/sign-in-page.js';
import { runningNow, startClock } from './clock.js';
import { SampleSkeleton } from '../shell/sample-skeleton.js';
import { DemoContext, type DemoContextValue } from './demo-context.js';
import { useClearFeedback } from './feedback.js';
import { updatePreferences, usePreferences } from './preferences.js';
import { useLocation } from './router.js';
import { sectionOf, type SamplePage, type SampleRoute } from './routes.js';
import { pageLoaders } from './page-loaders.js';
import { onReopen, openSample, type OpenSample } from './sample-runtime.js';
import type { SharedSample } from '../server/shared-sample.js';
import { sampleInfo, type NetworkId } from './samples.js';

const OverviewPage = lazy(pageLoaders.overview);
const MeetingsPage = lazy(pageLoaders.meetings);
const YearPlanPage = lazy(pageLoaders.year);
const DocumentsPage = lazy(pageLoaders.documents);
const MeetingPage = lazy(pageLoaders.meeting);
const MandatesPage = lazy(pageLoaders.mandates);
const MandatePage = lazy(pageLoaders.mandate);
const SeminarsPage = lazy(pageLoaders.seminars);
const AgreementsPage = lazy(pageLoaders.agreements);
const AgreementPage = lazy(pageLoaders.agreement);
const DeliverablesPage = lazy(pageLoaders.deliverables);
const StaffingPage = lazy(pageLoaders.staffing);
const RecordsPage = lazy(pageLoaders.records);
const AuditPage = lazy(pageLoaders.audit);
const DataPage = lazy(pageLoaders.data);
const PrintPage = lazy(pageLoaders.print);

/** How often the pages follow the running clock (a command is dated by the runtime's own clock, to the second). */
const TICK_MS = 15_000;

/** Re-renders every `ms`, so what depends on the time (deadlines, "now") follows the running clock. */
function useTick(ms: number): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => startTransition(() => setTick((n) => n + 1)), ms);
    return () => clearInterval(timer);
  }, [ms]);
}

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
    case 'records':
      return <RecordsPage />;
    case 'audit':
      return <AuditPage />;
    case 'data':
      return <DataPage />;
    case 'print':
      return <PrintPage document={route.document} id={route.id} />;
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
    'records',
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
  const { locale, sampleId, shared } = context;
  return (
    <Layout
      locale={locale}
      sample={{
        sampleId,
        name: context.info.name[locale],
        pages,
        current: sectionOf(route),
        tools: shared ? (
          <SignedInMenu personId={shared.personId} server={shared.server} />
        ) : (
          <>
            <ClockMenu />
            <PersonMenu actor={actor} onChange={(next) => updatePreferences((p) => ({ ...p, actors: { ...p.actors, [sampleId]: next } }))} />
          </>
        ),
      }}
      shared={shared !== undefined}
    >
      {shared ? <ConnectionNotice /> : null}
      <Suspense fallback={null}>
        <div key={pathname} className="sv-demo-page">
          {pageOf(route)}
        </div>
      </Suspense>
    </Layout>
  );
}

function useOpenSample(sampleId: NetworkId): { open?: OpenSample; error?: string } {
  const [state, setState] = useState<{ sampleId?: NetworkId; open?: OpenSample; error?: string }>({});
  const [generation, setGeneration] = useState(0);
  // A reset replaces the sample's runtime: open it again.
  useEffect(() => onReopen((id) => id === sampleId && setGeneration((n) => n + 1)), [sampleId]);
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
  }, [sampleId, generation]);
  return state.sampleId === sampleId ? state : {};
}

export default function SampleApp({ route, locale }: { route: SampleRoute; locale: Locale }) {
  const prefs = usePreferences();
  const info = sampleInfo(route.sampleId)!;
  const { open, error } = useOpenSample(route.sampleId);
  useTick(TICK_MS);
  const stored = prefs.clocks[route.sampleId];
  // The clock starts at the sample's own today the first time, and keeps running across reloads.
  useEffect(() => {
    if (open?.kind === 'browser' && !stored) updatePreferences((p) => ({ ...p, clocks: { ...p.clocks, [route.sampleId]: startClock(open.referenceDate) } }));
  }, [open, stored, route.sampleId]);
  if (!open) return <SampleSkeleton info={info} locale={locale} current={sectionOf(route)} error={error} />;
  if (open.kind === 'server') return <SharedSampleApp route={route} locale={locale} open={open} />;
  const actor = prefs.actors[route.sampleId] ?? info.defaultActor;
  const setting = stored ?? startClock(open.referenceDate);
  const now = runningNow(setting);
  // The runtime's identity and clock follow the switcher and the demo's clock (the demo plays
  // the host that says who acts and when); set before the pages ask core anything.
  open.switcher.switchTo(actor.personId);
  open.clock.setting = setting;
  const context: DemoContextValue = { sampleId: route.sampleId, info, locale, referenceDate: open.referenceDate, now, clock: setting };
  return (
    <SamverkanProvider runtime={open.runtime} actor={actor} locale={locale} now={now}>
      <DemoContext.Provider value={context}>
        <SampleFrame route={route} context={context} />
      </DemoContext.Provider>
    </SamverkanProvider>
  );
}

/**
 * The sample on the demo's shared server: the signed-in person acts and the server's clock is
 * the time (no switcher, no movable clock); signed out, the sign-in page.
 */
function SharedSampleApp({ route, locale, open }: { route: SampleRoute; locale: Locale; open: SharedSample }) {
  const info = sampleInfo(route.sampleId)!;
  const { pathname } = useLocation();
  if (!open.personId) {
    return (
      <Layout locale={locale} sample={{ sampleId: route.sampleId, name: info.name[locale], pages: [], current: undefined }} shared>
        <SignInPage locale={locale} server={open.server} network={route.sampleId} networkName={info.name[locale]} returnTo={pathname} />
      </Layout>
    );
  }
  // The server's now, in Stockholm time as the demo writes it.
  const clock = startClock(open.now());
  const now = runningNow(clock);
  const context: DemoContextValue = {
    sampleId: route.sampleId,
    info,
    locale,
    referenceDate: open.referenceDate,
    now,
    clock,
    shared: { server: open.server, personId: open.personId, connection: { connected: open.connected, onConnection: open.onConnection } },
  };
  return (
    <SamverkanProvider runtime={open.runtime} actor={{ personId: open.personId }} locale={locale} now={now}>
      <DemoContext.Provider value={context}>
        <SampleFrame route={route} context={context} />
      </DemoContext.Provider>
    </SamverkanProvider>
  );
}
