/**
 * The named queries the API serves (`GET /api/networks/{network}/queries/{name}`): core's query
 * functions over the network's state, each with its parameters read from the query string by a
 * zod schema (so a bad parameter is a located `VALIDATION` error, and the OpenAPI description is
 * generated from the same schemas). A time the query needs (`now`, `today`) is the server's
 * clock unless given; `personId` defaults to the signed-in person where the query takes one.
 */
import * as z from 'zod';
import {
  agendaDeadlines,
  agendaItemsAwaitingPublication,
  agreementRatification,
  attendanceByOrganisation,
  auditTrail,
  esfReportQuery,
  mandateVersionHistory,
  minutesAwaiting,
  overdueDeliverablesQuery,
  programmeOverview,
  upcomingMeetings,
  vacanciesQuery,
  type RuntimeState,
  type StoredEvent,
} from '@samverkan/core/runtime';

const id = z.string().min(1).max(120);
const instant = z.iso.datetime({ offset: true });
const day = z.iso.date();

/** What a query is given besides its parameters. */
export interface QueryContext {
  state: RuntimeState;
  /** The server's clock now. */
  now: string;
  /** The signed-in person. */
  personId: string;
  /** The network's log (only the audit trail reads it). */
  log: () => Promise<StoredEvent[]>;
}

export interface NamedQuery {
  /** What it answers, for the OpenAPI description. */
  summary: string;
  params: z.ZodObject;
  run(params: Record<string, unknown>, context: QueryContext): unknown;
}

const swedishDay = (instantText: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instantText));

const period = (p: Record<string, unknown>) => (p.from && p.to ? { period: { start: p.from as string, end: p.to as string } } : {});
const definedOnly = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));

export const namedQueries: Record<string, NamedQuery> = {
  upcomingMeetings: {
    summary: 'Kommande möten — the meetings ahead, soonest first (of the signed-in person unless `all=true`).',
    params: z.strictObject({ now: instant.optional(), groupId: id.optional(), limit: z.coerce.number().int().min(1).max(500).optional(), all: z.enum(['true', 'false']).optional() }),
    run: (p, c) => upcomingMeetings(c.state, definedOnly({ now: (p.now as string) ?? c.now, groupId: p.groupId, limit: p.limit, personId: p.all === 'true' ? undefined : c.personId }) as never),
  },
  agendaDeadlines: {
    summary: 'Sista dag för agenda — agenda deadlines near or passed.',
    params: z.strictObject({ now: instant.optional(), groupId: id.optional(), nearDays: z.coerce.number().int().min(0).max(60).optional() }),
    run: (p, c) => agendaDeadlines(c.state, definedOnly({ now: (p.now as string) ?? c.now, groupId: p.groupId, nearDays: p.nearDays }) as never),
  },
  agendaItemsAwaitingPublication: {
    summary: 'Proposed agenda items of meetings whose agenda is not yet published.',
    params: z.strictObject({ now: instant.optional(), groupId: id.optional(), all: z.enum(['true', 'false']).optional() }),
    run: (p, c) => agendaItemsAwaitingPublication(c.state, definedOnly({ now: (p.now as string) ?? c.now, groupId: p.groupId, personId: p.all === 'true' ? undefined : c.personId }) as never),
  },
  minutesAwaiting: {
    summary: 'Meetings held whose minutes are not yet published, and the step each waits for.',
    params: z.strictObject({ now: instant.optional(), groupId: id.optional() }),
    run: (p, c) => minutesAwaiting(c.state, definedOnly({ now: (p.now as string) ?? c.now, groupId: p.groupId }) as never),
  },
  overdueDeliverables: {
    summary: 'Försenade leveranser — deliverables past their due date.',
    params: z.strictObject({ today: day.optional(), mandateId: id.optional(), groupId: id.optional() }),
    run: (p, c) => overdueDeliverablesQuery(c.state, definedOnly({ today: (p.today as string) ?? swedishDay(c.now), mandateId: p.mandateId, groupId: p.groupId }) as never),
  },
  attendanceByOrganisation: {
    summary: 'Närvaro per organisation for a group, optionally within a period (from–to).',
    params: z.strictObject({ groupId: id, from: day.optional(), to: day.optional(), seatRoleId: id.optional() }),
    run: (p, c) => attendanceByOrganisation(c.state, definedOnly({ groupId: p.groupId, seatRoleId: p.seatRoleId, ...period(p) }) as never),
  },
  esfReport: {
    summary: 'ESF-rapport — hours × unit cost per professional category, optionally for a project and period.',
    params: z.strictObject({ projectId: id.optional(), from: day.optional(), to: day.optional(), yearlyCapHours: z.coerce.number().min(0).max(100_000).optional() }),
    run: (p, c) => esfReportQuery(c.state, definedOnly({ projectId: p.projectId, yearlyCapHours: p.yearlyCapHours, ...period(p) }) as never),
  },
  mandateVersionHistory: {
    summary: 'Versionshistorik — a mandate’s versions, approvals, open review round and pending amendment.',
    params: z.strictObject({ mandateId: id }),
    run: (p, c) => mandateVersionHistory(c.state, { mandateId: p.mandateId as string }) ?? null,
  },
  agreementRatification: {
    summary: 'Where an agreement’s parties stand in adopting it.',
    params: z.strictObject({ agreementId: id }),
    run: (p, c) => agreementRatification(c.state, { agreementId: p.agreementId as string }) ?? null,
  },
  programmeOverview: {
    summary: 'A seminar programme’s themes and seminars with their reporting status.',
    params: z.strictObject({ programmeId: id.optional() }),
    run: (p, c) => programmeOverview(c.state, definedOnly({ programmeId: p.programmeId }) as never),
  },
  vacancies: {
    summary: 'Vakanser — seats of the staffing plans without holders.',
    params: z.strictObject({ groupId: id.optional() }),
    run: (p, c) => vacanciesQuery(c.state, definedOnly({ groupId: p.groupId }) as never),
  },
  auditTrail: {
    summary: 'Händelselogg — every accepted command: who, in which role, when and why.',
    params: z.strictObject({ locale: z.enum(['sv', 'en']).optional() }),
    run: async (p, c) => auditTrail(await c.log(), c.state, definedOnly({ locale: p.locale }) as never),
  },
};
