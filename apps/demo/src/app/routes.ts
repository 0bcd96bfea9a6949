/**
 * The demo's URLs. Every page of a sample lives under the sample's id; an aggregate's page
 * carries the part of its id after the sample's prefix (`fyrbodal:mote-2019-12-05` →
 * `/fyrbodal/meetings/mote-2019-12-05`).
 */
import type { SampleId } from '@samverkan/core/samples';
import { sampleInfo } from './samples.js';

export const samplePages = ['overview', 'meetings', 'year', 'mandates', 'seminars', 'agreements', 'documents', 'deliverables', 'records', 'staffing', 'audit', 'data'] as const;
export type SamplePage = (typeof samplePages)[number];

/** The documents the demo prints (print-page.tsx): a meeting's three, a mandate, the ESF report. */
export const printDocuments = ['notice', 'minutes', 'attendance', 'mandate', 'esf'] as const;
export type PrintDocumentKind = (typeof printDocuments)[number];

/** Where a network of one's own is loaded from a file. */
export const ownNetworkPath = '/eget-natverk';

export type Route =
  | { page: 'start' }
  | { page: 'notFound' }
  /** A network of one's own, loaded from a file (own-network-page.tsx). */
  | { page: 'ownNetwork' }
  | { page: SamplePage; sampleId: SampleId }
  | { page: 'meeting' | 'mandate' | 'agreement'; sampleId: SampleId; id: string }
  | { page: 'print'; sampleId: SampleId; document: PrintDocumentKind; id?: string };

const detailOf = { meetings: 'meeting', mandates: 'mandate', agreements: 'agreement' } as const;

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'start' };
  if (parts.length === 1 && parts[0] === ownNetworkPath.slice(1)) return { page: 'ownNetwork' };
  const info = sampleInfo(parts[0]!);
  if (!info) return { page: 'notFound' };
  const sampleId = info.id;
  if (parts.length === 1) return { page: 'overview', sampleId };
  if (parts[1] === 'print') return parsePrint(sampleId, parts.slice(2));
  const section = parts[1] as SamplePage;
  if (!samplePages.includes(section) || section === 'overview') return { page: 'notFound' };
  if (parts.length === 2) return { page: section, sampleId };
  if (parts.length === 3 && section in detailOf) {
    return { page: detailOf[section as keyof typeof detailOf], sampleId, id: `${sampleId}:${parts[2]}` };
  }
  return { page: 'notFound' };
}

/** `/<sample>/print/<document>[/<id>]`: a meeting's and a mandate's documents name the record, the ESF report none. */
function parsePrint(sampleId: SampleId, rest: string[]): Route {
  const document = rest[0] as PrintDocumentKind;
  if (!printDocuments.includes(document)) return { page: 'notFound' };
  if (document === 'esf') return rest.length === 1 ? { page: 'print', sampleId, document } : { page: 'notFound' };
  return rest.length === 2 ? { page: 'print', sampleId, document, id: `${sampleId}:${rest[1]}` } : { page: 'notFound' };
}

/** The path of a document's print page. */
export function printPath(sampleId: SampleId, document: PrintDocumentKind, id?: string): string {
  const base = `/${sampleId}/print/${document}`;
  if (id === undefined) return base;
  const local = id.startsWith(`${sampleId}:`) ? id.slice(sampleId.length + 1) : id;
  return `${base}/${encodeURIComponent(local)}`;
}

/** The path of a sample's page, or of one aggregate's page. */
export function pathOf(sampleId: SampleId, page: SamplePage, id?: string): string {
  const base = page === 'overview' ? `/${sampleId}` : `/${sampleId}/${page}`;
  if (id === undefined) return base;
  const local = id.startsWith(`${sampleId}:`) ? id.slice(sampleId.length + 1) : id;
  return `${base}/${encodeURIComponent(local)}`;
}

export type SampleRoute = Exclude<Route, { page: 'start' } | { page: 'notFound' } | { page: 'ownNetwork' }>;

/** The navigation entry a route belongs to. */
export function sectionOf(route: SampleRoute): SamplePage {
  if (route.page === 'meeting') return 'meetings';
  if (route.page === 'mandate') return 'mandates';
  if (route.page === 'agreement') return 'agreements';
  if (route.page === 'print') return route.document === 'mandate' ? 'mandates' : route.document === 'esf' ? 'seminars' : 'meetings';
  return route.page;
}
