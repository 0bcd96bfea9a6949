import * as z from 'zod';
import type { LocalizedText } from '../shared/localized.js';
import { DocumentVersion, Id, Instant, IsoDate, Label, MachineMessage, Text, WebAddress } from '../shared/primitives.schema.js';
import { localizedError } from '../shared/validation.js';
import { DeliverableKindValue } from './deliverable-kind.js';
import { listLimits } from '../shared/limits.js';
import { Extensions } from '../shared/extensions.schema.js';

/** Who owns a deliverable: a named person, or a role (whoever holds it at the time). */
export const DeliverableOwnerKind = z.enum(['person', 'role']);
export type DeliverableOwnerKind = z.infer<typeof DeliverableOwnerKind>;

export const deliverableOwnerKindLabels: Record<DeliverableOwnerKind, LocalizedText> = {
  person: { sv: 'Person', en: 'Person' },
  role: { sv: 'Roll', en: 'Role' },
};

/**
 * Where a deliverable is in its lifecycle — the states of `deliverableMachine`. Overdue is
 * not a status: it is derived from the due date (see `isOverdue`).
 */
export const DeliverableStatus = z.enum(['planned', 'drafting', 'inReview', 'approved', 'published', 'archived']);
export type DeliverableStatus = z.infer<typeof DeliverableStatus>;

export const deliverableStatusLabels: Record<DeliverableStatus, LocalizedText> = {
  planned: { sv: 'Planerad', en: 'Planned' },
  drafting: { sv: 'Under arbete', en: 'Being drafted' },
  inReview: { sv: 'Under granskning', en: 'In review' },
  approved: { sv: 'Godkänd', en: 'Approved' },
  published: { sv: 'Publicerad', en: 'Published' },
  archived: { sv: 'Arkiverad', en: 'Archived' },
};

const DocumentUrl = WebAddress;

/** One section of a deliverable's outline (disposition): its heading and what to write under it. */
export const OutlineSection = z.strictObject({
  heading: Label,
  /** What the section should say, e.g. "Vad har nätverket gjort under året?". */
  guidance: Text.optional(),
});
export type OutlineSection = z.infer<typeof OutlineSection>;

/**
 * Mall för leveransobjekt — a template a deliverable is produced from: its kind, title and the
 * outline of sections every deliverable made from it starts with (an annual report's headings).
 */
export const DeliverableTemplate = z.strictObject({
  id: Id,
  kind: DeliverableKindValue,
  title: Label,
  outline: z.array(OutlineSection).min(1).max(listLimits.document),
});
export type DeliverableTemplate = z.infer<typeof DeliverableTemplate>;
export type DeliverableTemplateInput = z.input<typeof DeliverableTemplate>;

/** Leveransobjekt — something a mandate must produce, e.g. minutes, an agreement, a final report. */
export const Deliverable = z.strictObject({
  id: Id,
  kind: DeliverableKindValue,
  title: Label,
  /** Beskrivning, e.g. "Minnesanteckningar ska tydligt visa vad som informerats, diskuterats och beslutats". */
  description: Text.optional(),
  /** The mandate (uppdragsbeskrivning) that requires it. */
  mandateId: Id.optional(),
  /** The group it belongs to, where it is a group's deliverable (minutes of a network). */
  groupId: Id.optional(),
  /** The person or role responsible; `ownerKind` says which. */
  ownerId: Id,
  ownerKind: DeliverableOwnerKind.default('person'),
  /** Förfallodag — the day it must be approved by; after it, it is overdue. */
  due: IsoDate,
  /** Where the document lives (intranet, the network's public page). */
  documentUrl: DocumentUrl.optional(),
  /** Version of the document as written in it, e.g. "1.0". */
  version: DocumentVersion.optional(),
  /** Diarienummer, once registered. */
  diaryNumber: Label.optional(),
  /** The template it was produced from, where there is one. */
  templateId: Id.optional(),
  /** Disposition — the sections the document must have (copied from its template when it is planned). */
  outline: z.array(OutlineSection).max(listLimits.document).optional(),
  /**
   * Which occurrence of a recurring deliverable of its mandate this is: the deliverable's id in
   * the mandate (`MandateDeliverable.id`) and the year (the annual report for 2030).
   */
  occurrence: z.strictObject({ mandateDeliverableId: Id, year: z.int().min(2000).max(2100) }).optional(),
  /** Tillägg — the region's own data, namespaced (`vgr:kostnadsstalle`); core keeps it and never reads it. */
  extensions: Extensions.optional(),
});
export type Deliverable = z.infer<typeof Deliverable>;
export type DeliverableInput = z.input<typeof Deliverable>;

/** A deliverable with its current status — what lists and the overdue rule work on. */
export const DeliverableWithStatus = Deliverable.extend({ status: DeliverableStatus });
export type DeliverableWithStatus = z.infer<typeof DeliverableWithStatus>;

/** Who did something, and when. */
export const DeliverableStamp = z.strictObject({ by: Id, at: Instant });
export type DeliverableStamp = z.infer<typeof DeliverableStamp>;

/** A reviewer's request for changes (sends the deliverable back to drafting). */
export const DeliverableChangeRequest = DeliverableStamp.extend({ comment: Text });
export type DeliverableChangeRequest = z.infer<typeof DeliverableChangeRequest>;

/** A flagged, not refused, irregularity, e.g. a deliverable submitted after its due date. */
export const DeliverableWarning = z.strictObject({
  code: z.literal('submittedLate'),
  message: MachineMessage,
});
export type DeliverableWarning = z.infer<typeof DeliverableWarning>;

/**
 * The deliverable as its lifecycle has shaped it: the machine's context. Besides the
 * document data it keeps who submitted, approved, published or archived it and every
 * request for changes, so the trail is readable without replaying events.
 */
export const DeliverableContext = Deliverable.extend({
  changeRequests: z.array(DeliverableChangeRequest).max(listLimits.history).default([]),
  /** The latest submission for review. */
  submitted: DeliverableStamp.optional(),
  /** Set once approved; `approvingBody` names who approved where that matters (e.g. "Styrgruppen"). */
  approved: DeliverableStamp.extend({ approvingBody: Label.optional() }).optional(),
  published: DeliverableStamp.optional(),
  /** `dropped` is true when it was archived without ever being approved (abandoned). */
  archived: DeliverableStamp.extend({ reason: Text.optional(), dropped: z.boolean() }).optional(),
  warnings: z.array(DeliverableWarning).max(listLimits.history).default([]),
})
  .refine((d) => d.published === undefined || d.approved !== undefined, {
    ...localizedError('en publicerad leverans måste vara godkänd', 'a published deliverable must have been approved'),
    path: ['published'],
  })
  .refine((d) => d.archived?.dropped !== true || d.archived.reason !== undefined, {
    ...localizedError('en leverans som avbryts måste ha ett skäl', 'a dropped deliverable needs a reason'),
    path: ['archived', 'reason'],
  });
export type DeliverableContext = z.infer<typeof DeliverableContext>;
