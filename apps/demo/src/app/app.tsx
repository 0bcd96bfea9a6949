/**
 * The demo's entry: the router, the start page and the frame. A sample's pages, its runtime and
 * the domain code load only when a sample is opened (sample-app.tsx), so the start page stays
 * light; meanwhile the sample's frame is shown as it will look.
 */
import { LocaleProvider } from '@samverkan/ui';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { NotFoundPage } from '../pages/not-found-page.js';
import { StartPage } from '../pages/start-page.js';
import { Layout } from '../shell/layout.js';
import { SampleSkeleton } from '../shell/sample-skeleton.js';
import { FeedbackProvider } from './feedback.js';
import { pageLoaders } from './page-loaders.js';
import { startFirstLoad } from './sample-first-load.js';
import { usePreferences } from './preferences.js';
import { useLocation } from './router.js';
import { parseRoute, sectionOf } from './routes.js';
import { sampleInfo } from './samples.js';
import { useDemoServer } from '../server/use-demo-server.js';

const loadSampleApp = () => import('./sample-app.js');
const SampleApp = lazy(loadSampleApp);
// A network of one's own brings core's file import and runtime: fetched only when opened.
const OwnNetworkPage = lazy(() => import('../pages/own-network-page.js').then((m) => ({ default: m.OwnNetworkPage })));

export function App() {
  const { pathname } = useLocation();
  const route = parseRoute(pathname);
  const { locale } = usePreferences();
  const shared = useDemoServer() !== undefined;
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  let body: ReactNode;
  if (route.page === 'start') {
    body = (
      <Layout locale={locale} shared={shared}>
        <StartPage />
      </Layout>
    );
  } else if (route.page === 'ownNetwork') {
    body = (
      <Layout locale={locale}>
        <Suspense fallback={null}>
          <OwnNetworkPage />
        </Suspense>
      </Layout>
    );
  } else if (route.page === 'notFound') {
    body = (
      <Layout locale={locale} shared={shared}>
        <NotFoundPage />
      </Layout>
    );
  } else {
    // The page's code is fetched together with the sample's runtime, not after it. On a first
    // visit the worker that loads the sample (and fetches its data) starts now too, beside the
    // evaluation of the page's code, not after it (sample-first-load.ts).
    void pageLoaders[route.page]();
    startFirstLoad(route.sampleId);
    const skeleton = <SampleSkeleton info={sampleInfo(route.sampleId)!} locale={locale} current={sectionOf(route)} />;
    body = (
      <Suspense fallback={skeleton}>
        <SampleApp route={route} locale={locale} />
      </Suspense>
    );
  }
  return (
    <LocaleProvider locale={locale}>
      <FeedbackProvider>{body}</FeedbackProvider>
    </LocaleProvider>
  );
}
