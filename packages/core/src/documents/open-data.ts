/**
 * Öppna data — a network's published records as JSON anyone may reuse: approved mandate
 * versions, published agendas and minutes, and the decisions in them. The shape follows the
 * OParl concepts where they fit — `body` (the network), `organization` (its groups), `meeting`,
 * `agendaItem` and `paper` (a document: a mandate version, minutes) — with a JSON Schema
 * (`OpenData`, exported through `@samverkan/core/json-schema`'s generator). Only what is already
 * a public record goes in; working material and people's personal data do not (who attended is
 * left out: the attendance list is a deliverable of its own).
 */
import * as z from 'zod';
import type { RuntimeState } from '../runtime/state.js';
import { swedishDate } from '../shared/dates.js';

const Id = z.string();
const Instant = z.string();

/** A document in OParl's sense: an approved mandate version or published minutes. */
export const OpenDataPaper = z.strictObject({
  id: Id,
  type: z.literal('oparl:Paper'),
  paperType: z.enum(['uppdragsbeskrivning', 'minnesanteckningar']),
  name: z.string(),
  /** The day the document became a public record. */
  date: z.string(),
  version: z.string().optional(),
  /** SHA-256 of the record's content, to check a copy against the log. */
  fingerprint: z.string().optional(),
  /** The approved document itself (a mandate version). */
  content: z.unknown().optional(),
});

export const OpenDataAgendaItem = z.strictObject({
  type: z.literal('oparl:AgendaItem'),
  number: z.string(),
  name: z.string(),
  /** What the minutes say was informed, discussed and decided (published minutes only). */
  informed: z.string().optional(),
  discussed: z.string().optional(),
  decided: z.string().optional(),
  decisions: z.array(z.string()),
});

export const OpenDataMeeting = z.strictObject({
  id: Id,
  type: z.literal('oparl:Meeting'),
  name: z.string(),
  start: Instant,
  end: Instant,
  location: z.string().optional(),
  organization: Id,
  /** OParl's meetingState: the agenda is out, or the minutes are published too. */
  meetingState: z.enum(['agendaPublished', 'minutesPublished', 'cancelled']),
  agendaItem: z.array(OpenDataAgendaItem),
  minutes: Id.optional(),
});

export const OpenDataOrganization = z.strictObject({
  id: Id,
  type: z.literal('oparl:Organization'),
  name: z.string(),
  classification: z.string(),
  parent: Id.optional(),
});

/** The whole export. */
export const OpenData = z.strictObject({
  type: z.literal('samverkan:OpenData'),
  version: z.literal(1),
  generatedAt: Instant,
  body: z.strictObject({ id: Id, type: z.literal('oparl:Body'), name: z.string(), description: z.string() }),
  organization: z.array(OpenDataOrganization),
  meeting: z.array(OpenDataMeeting),
  paper: z.array(OpenDataPaper),
});
export type OpenData = z.infer<typeof OpenData>;

/** The published records of a network as open data, as of `now`. */
export function openData(state: RuntimeState, options: { now: string }): OpenData {
  const { dataset } = state;
  const paper: OpenData['paper'] = [];
  for (const view of state.mandates.values()) {
    for (const v of view.context.approvedVersions) {
      paper.push({
        id: `${view.id}#${v.version}`,
        type: 'oparl:Paper',
        paperType: 'uppdragsbeskrivning',
        name: `${v.content.title}, version ${v.version}`,
        date: swedishDate(v.approvedAt),
        version: v.version,
        fingerprint: v.hash,
        content: v.content,
      });
    }
  }
  const meeting: OpenData['meeting'] = [];
  for (const view of state.meetings.values()) {
    const m = view.context;
    const cancelled = view.status === 'cancelled';
    if (m.agendaPublishedAt === undefined && !cancelled) continue;
    const published = m.publishedAt !== undefined;
    const minutesId = published ? `${m.id}#minnesanteckningar` : undefined;
    if (published && minutesId) {
      paper.push({ id: minutesId, type: 'oparl:Paper', paperType: 'minnesanteckningar', name: `Minnesanteckningar: ${m.title}`, date: swedishDate(m.publishedAt!), ...(m.minutesFingerprint ? { fingerprint: m.minutesFingerprint } : {}) });
    }
    const items = [...m.agenda].sort((a, b) => a.position - b.position);
    meeting.push({
      id: m.id,
      type: 'oparl:Meeting',
      name: m.title,
      start: m.startsAt,
      end: new Date(Date.parse(m.startsAt) + m.durationMinutes * 60_000).toISOString(),
      ...(m.place ? { location: m.place } : {}),
      organization: m.groupId,
      meetingState: cancelled ? 'cancelled' : published ? 'minutesPublished' : 'agendaPublished',
      agendaItem: m.agendaPublishedAt === undefined ? [] : items.map((item, i) => {
        const said = published ? m.minutes?.items.find((x) => x.itemId === item.id) : undefined;
        return {
          type: 'oparl:AgendaItem' as const,
          number: String(i + 1),
          name: item.title,
          ...(said?.informed ? { informed: said.informed } : {}),
          ...(said?.discussed ? { discussed: said.discussed } : {}),
          ...(said?.decided ? { decided: said.decided } : {}),
          decisions: published ? (m.minutes?.decisions ?? []).filter((d) => d.itemId === item.id).map((d) => d.text) : [],
        };
      }),
      ...(minutesId ? { minutes: minutesId } : {}),
    });
  }
  meeting.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  paper.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  return {
    type: 'samverkan:OpenData',
    version: 1,
    generatedAt: options.now,
    body: { id: dataset.id, type: 'oparl:Body', name: dataset.name.sv, description: dataset.description.sv },
    organization: dataset.groups.map((g) => ({ id: g.id, type: 'oparl:Organization' as const, name: g.name, classification: g.kind, ...(g.parentGroupId ? { parent: g.parentGroupId } : {}) })),
    meeting,
    paper,
  };
}
