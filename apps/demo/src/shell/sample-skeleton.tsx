/**
 * The frame of a sample's page while its code and data load: the same banner and navigation as
 * the loaded page, so nothing moves when the page arrives.
 */
import type { Locale } from '@samverkan/core';
import type { SamplePage } from '../app/routes.js';
import type { SampleInfo } from '../app/samples.js';
import { Layout } from './layout.js';

const text = {
  loading: { sv: 'Laddar exemplet…', en: 'Loading the sample…' },
  failed: { sv: 'Exemplet kunde inte laddas:', en: 'The sample could not be loaded:' },
} as const;

export function staticPages(info: SampleInfo): SamplePage[] {
  const optional = (page: 'seminars' | 'agreements' | 'documents'): SamplePage[] => (info.optionalPages.includes(page) ? [page] : []);
  return ['overview', 'meetings', 'year', 'mandates', ...optional('seminars'), ...optional('agreements'), ...optional('documents'), 'deliverables', 'records', 'staffing', 'audit', 'data'];
}

export function SampleSkeleton({ info, locale, current, error }: { info: SampleInfo; locale: Locale; current: SamplePage; error?: string }) {
  return (
    <Layout
      locale={locale}
      sample={{ sampleId: info.id, name: info.name[locale], pages: staticPages(info), current }}
    >
      <p className="sv-description" role={error ? 'alert' : 'status'}>
        {error ? `${text.failed[locale]} ${error}` : text.loading[locale]}
      </p>
    </Layout>
  );
}
