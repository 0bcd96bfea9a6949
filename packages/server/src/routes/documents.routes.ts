/**
 * The files people take away, made by `@samverkan/core/documents` and served as downloads:
 *
 * - calendar (RFC 5545): a meeting's invitation (`METHOD:REQUEST`, or `CANCEL` once cancelled),
 *   a group's feed — for the network's members — and a person's feed, for the person signed in
 *   or for a calendar app that subscribes with the person's secret feed token (`?token=`, see
 *   `auth/feed-token.ts`; the signed-in person gets the address from `…/me/calendar-feed`);
 * - Excel-friendly CSV, for the network's members (who read its working material): a meeting's
 *   attendance list, attendance per organisation of a group over a period, the ESF report, the
 *   deliverables and the audit trail;
 * - print documents as JSON, for the network's members: a meeting's notice with its agenda
 *   (*kallelse*) and its minutes, as core makes them — what `@samverkan/ui`'s print views
 *   (`NoticePrint`, `MinutesPrint`) render, so a widget prints without core's rules inside it;
 * - public, readable signed out like the other public records: the network's open data (JSON,
 *   OParl concepts) with its JSON Schema, and the register of public records with the weeding
 *   report (which lists, never deletes).
 *
 * `?locale=en` gives English headers and labels; Swedish is the default.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod';
import {
  attendanceByOrganisationCsv,
  auditTrailCsv,
  deliverablesCsv,
  esfReportCsv,
  groupCalendarFeed,
  meetingAttendanceCsv,
  meetingInvitation,
  minutesDocument,
  noticeDocument,
  openData,
  personCalendarFeed,
  publicRecordsRegister,
  weedingReport,
  type DocumentFile,
} from '@samverkan/core/documents';
import { toJsonSchema } from '@samverkan/core/json-schema';
import { auditTrail } from '@samverkan/core/runtime';
import type { AppEnv, ServerParts } from '../server/app-env.js';
import { errorBody, HttpError } from '../server/http-errors.js';
import { asMember, badParameters, networkParam } from './network-access.js';

const id = z.string().min(1).max(120);
const day = z.iso.date();
const localeParam = z.enum(['sv', 'en']).optional();

/** The query string checked by `schema`, or a located 422. */
function queryOf<T extends z.ZodType>(c: Context<AppEnv>, schema: T): z.infer<T> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw badParameters(parsed.error.issues);
  return parsed.data;
}

const periodOf = (q: { from?: string | undefined; to?: string | undefined }) => (q.from && q.to ? { period: { start: q.from, end: q.to } } : {});

const notFound = (what: string) =>
  new HttpError(errorBody('NOT_FOUND', { sv: `«${what}» finns inte i nätverket.`, en: `«${what}» does not exist in the network.` }, { record: what }));

/** `filename` as a Content-Disposition value: an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(filename: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = filename.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

function download(c: Context<AppEnv>, file: DocumentFile | undefined, what: string): Response {
  if (!file) throw notFound(what);
  return c.body(file.text, 200, { 'Content-Type': file.contentType, 'Content-Disposition': contentDisposition(file.filename) });
}

export function documentRoutes(parts: ServerParts): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const nowOf = (network: string) => (parts.clockOf?.(network) ?? parts.clock)();

  // ── Calendar ────────────────────────────────────────────────────────────────────────────
  app.get('/:network/meetings/:meetingId/invitation.ics', (c) =>
    asMember(parts, c, async ({ handle }) => {
      const meetingId = c.req.param('meetingId');
      return download(c, meetingInvitation(handle.runtime.getState(), meetingId, { now: nowOf(handle.name) }), meetingId);
    }),
  );

  app.get('/:network/groups/:groupId/calendar.ics', (c) =>
    asMember(parts, c, async ({ handle }) => {
      const groupId = c.req.param('groupId');
      return download(c, groupCalendarFeed(handle.runtime.getState(), groupId, { now: nowOf(handle.name) }), groupId);
    }),
  );

  app.get('/:network/people/:personId/calendar.ics', async (c) => {
    const network = networkParam(c);
    const personId = c.req.param('personId');
    const token = c.req.query('token');
    if (token !== undefined) {
      // A calendar app subscribing: the token stands for the person, no session needed.
      if (!parts.feedTokens.verify(network, personId, token)) {
        throw new HttpError(errorBody('NOT_AUTHORISED', { sv: 'Länken till kalenderflödet gäller inte (längre).', en: 'The calendar feed link is not (or no longer) valid.' }, { personId }));
      }
      return parts.registry.use(network, async (handle) => download(c, personCalendarFeed(handle.runtime.getState(), personId, { now: nowOf(network) }), personId));
    }
    return asMember(parts, c, async ({ handle, personId: signedIn }) => {
      if (signedIn !== personId) {
        throw new HttpError(errorBody('NOT_AUTHORISED', { sv: 'Du kan bara hämta ditt eget kalenderflöde.', en: 'You can only fetch your own calendar feed.' }, { personId }));
      }
      return download(c, personCalendarFeed(handle.runtime.getState(), personId, { now: nowOf(network) }), personId);
    });
  });

  app.get('/:network/me/calendar-feed', (c) =>
    asMember(parts, c, async ({ handle, personId }) => {
      const token = parts.feedTokens.token(handle.name, personId);
      const path = `/api/networks/${handle.name}/people/${encodeURIComponent(personId)}/calendar.ics?token=${token}`;
      return c.json({ personId, url: new URL(path, parts.config.publicUrl).toString() });
    }),
  );

  // ── CSV for the network's members ──────────────────────────────────────────────────────────
  app.get('/:network/meetings/:meetingId/attendance.csv', (c) =>
    asMember(parts, c, async ({ handle }) => {
      const { locale } = queryOf(c, z.strictObject({ locale: localeParam }));
      const meetingId = c.req.param('meetingId');
      return download(c, meetingAttendanceCsv(handle.runtime.getState(), meetingId, locale), meetingId);
    }),
  );

  app.get('/:network/groups/:groupId/attendance.csv', (c) =>
    asMember(parts, c, async ({ handle }) => {
      const q = queryOf(c, z.strictObject({ locale: localeParam, from: day.optional(), to: day.optional(), seatRoleId: id.optional() }));
      const groupId = c.req.param('groupId');
      const state = handle.runtime.getState();
      if (!state.dataset.groups.some((g) => g.id === groupId)) throw notFound(groupId);
      return download(c, attendanceByOrganisationCsv(state, { groupId, ...(q.seatRoleId ? { seatRoleId: q.seatRoleId } : {}), ...periodOf(q) }, q.locale), groupId);
    }),
  );

  app.get('/:network/esf-report.csv', (c) =>
    asMember(parts, c, async ({ handle }) => {
      const q = queryOf(c, z.strictObject({ locale: localeParam, projectId: id.optional(), from: day.optional(), to: day.optional() }));
      return download(c, esfReportCsv(handle.runtime.getState(), { ...(q.projectId ? { projectId: q.projectId } : {}), ...periodOf(q) }, q.locale), 'esf-report');
    }),
  );

  app.get('/:network/deliverables.csv', (c) =>
    asMember(parts, c, async ({ handle }) => {
      const { locale } = queryOf(c, z.strictObject({ locale: localeParam }));
      return download(c, deliverablesCsv(handle.runtime.getState(), locale), 'deliverables');
    }),
  );

  app.get('/:network/audit-trail.csv', (c) =>
    asMember(parts, c, async ({ handle }) => {
      const { locale } = queryOf(c, z.strictObject({ locale: localeParam }));
      const entries = auditTrail(await handle.runtime.log(), handle.runtime.getState(), { locale: locale ?? 'sv' });
      return download(c, auditTrailCsv(entries, locale), 'audit-trail');
    }),
  );

  // ── Print documents for the network's members ──────────────────────────────────────────────
  app.get('/:network/meetings/:meetingId/notice.json', (c) =>
    asMember(parts, c, async ({ handle }) => {
      const { locale } = queryOf(c, z.strictObject({ locale: localeParam }));
      const meetingId = c.req.param('meetingId');
      const notice = noticeDocument(handle.runtime.getState(), meetingId, locale);
      if (!notice) throw notFound(meetingId);
      return c.json(notice);
    }),
  );

  app.get('/:network/meetings/:meetingId/minutes.json', (c) =>
    asMember(parts, c, async ({ handle }) => {
      const { locale } = queryOf(c, z.strictObject({ locale: localeParam }));
      const meetingId = c.req.param('meetingId');
      const minutes = minutesDocument(handle.runtime.getState(), meetingId, locale);
      if (!minutes) throw notFound(`${meetingId}/minutes`);
      return c.json(minutes);
    }),
  );

  // ── Public: open data and the register ─────────────────────────────────────────────────────
  app.get('/:network/public/open-data.json', (c) =>
    parts.registry.use(networkParam(c), async (handle) => {
      c.header('Content-Disposition', contentDisposition(`${handle.name}-oppna-data.json`, 'inline'));
      c.header('Link', `</api/networks/${handle.name}/public/open-data.schema.json>; rel="describedby"`);
      return c.json(openData(handle.runtime.getState(), { now: nowOf(handle.name) }));
    }),
  );

  app.get('/:network/public/open-data.schema.json', (c) =>
    parts.registry.use(networkParam(c), async () => {
      c.header('Content-Type', 'application/schema+json');
      c.header('Content-Disposition', contentDisposition('OpenData.schema.json', 'inline'));
      return c.body(JSON.stringify(toJsonSchema('OpenData')));
    }),
  );

  app.get('/:network/public/register', (c) =>
    parts.registry.use(networkParam(c), async (handle) => {
      const state = handle.runtime.getState();
      return c.json({
        network: handle.name,
        plan: state.dataset.informationManagement?.plan ?? null,
        entries: publicRecordsRegister(state),
        weeding: weedingReport(state, nowOf(handle.name)),
      });
    }),
  );

  return app;
}
