/**
 * The demo's URLs. Every page of a sample lives under the sample's id; an aggregate's page
 * carries the part of its id after the sample's prefix (`fyrbodal:mote-2019-12-05` →
 * `/fyrbodal/meetings/mote-2019-12-05`).
 */
import { ownNetworkId, sampleInfo, type NetworkId } from './samples.js';

export const samplePages = ['overview', 'meetings', 'year', 'mandates', 'seminars', 'agreements', 'documents', 'deliverables', 'records', 'staffing', 'audit', 'data'] as const;
export type SamplePage = (typeof samplePages)[number];

/** The documents the demo prints (print-page.tsx): a meeting's three, a mandate, the ESF report. */
export const printDocuments = ['notice', 'minutes', 'attendance', 'mandate', 'esf'] as const;
export type PrintDocumentKind = (typeof printDocuments)[number];

/** Where a network of one's own is made (the guided form) or loaded from a file. */
export const ownNetworkPath = '/eget-natverk';

export type Route =
  | { page: 'start' }
  | { page: 'notFound' }
  /** A network of one's own, loaded from a file (own-network-page.tsx). */
  | { page: 'ownNetwork' }
  | { page: SamplePage; sampleId: NetworkId }
  | { page: 'meeting' | 'mandate' | 'agreement'; sampleId: NetworkId; id: string }
  | { page: 'print'; sampleId: NetworkId; document: PrintDocumentKind; id?: string };

/** A section whose URL may name one record, and the page of that record (`/fyrbodal/meetings/<id>`). */
export const detailOf = { meetings: 'meeting', mandates: 'mandate', agreements: 'agreement' } as const;

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
    return { page: detailOf[section as keyof typeof detailOf], sampleId, id: idOf(sampleId, parts[2]!) };
  }
  return { page: 'notFound' };
}

/** `/<sample>/print/<document>[/<id>]`: a meeting's and a mandate's documents name the record, the ESF report none. */
function parsePrint(sampleId: NetworkId, rest: string[]): Route {
  const document = rest[0] as PrintDocumentKind;
  if (!printDocuments.includes(document)) return { page: 'notFound' };
  if (document === 'esf') return rest.length === 1 ? { page: 'print', sampleId, document } : { page: 'notFound' };
  return rest.length === 2 ? { page: 'print', sampleId, document, id: idOf(sampleId, rest[1]!) } : { page: 'notFound' };
}

/**
 * A record's id from its part of the URL: a sample's ids carry the sample's prefix, left out of
 * the URL; an own network's ids are whatever its file gave them, so they go whole.
 */
function idOf(networkId: NetworkId, local: string): string {
  return networkId === ownNetworkId ? local : `${networkId}:${local}`;
}

function localOf(networkId: NetworkId, id: string): string {
  return networkId !== ownNetworkId && id.startsWith(`${networkId}:`) ? id.slice(networkId.length + 1) : id;
}

/** The path of a document's print page. */
export function printPath(sampleId: NetworkId, document: PrintDocumentKind, id?: string): string {
  const base = `/${sampleId}/print/${document}`;
  if (id === undefined) return base;
  return `${base}/${encodeURIComponent(localOf(sampleId, id))}`;
}

/** The path of a sample's page, or of one aggregate's page. */
export function pathOf(sampleId: NetworkId, page: SamplePage, id?: string): string {
  const base = page === 'overview' ? `/${sampleId}` : `/${sampleId}/${page}`;
  if (id === undefined) return base;
  return `${base}/${encodeURIComponent(localOf(sampleId, id))}`;
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
