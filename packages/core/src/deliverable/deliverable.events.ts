import * as z from 'zod';
import { DocumentVersion, EventMeta, Label, Text, WebAddress } from '../shared/primitives.schema.js';

const DocumentUrl = WebAddress;

/** Påbörja — the owner starts writing. */
export const StartDrafting = EventMeta.extend({ type: z.literal('startDrafting') });

/** Lämna till granskning — optionally with the link to and version of the draft. */
export const SubmitForReview = EventMeta.extend({
  type: z.literal('submitForReview'),
  documentUrl: DocumentUrl.optional(),
  version: DocumentVersion.optional(),
});

/** Begära ändringar — the reviewer sends it back to drafting and says why. */
export const RequestChanges = EventMeta.extend({ type: z.literal('requestChanges'), comment: Text });

/** Godkänna — `approvingBody` names the body that approved where that matters (e.g. "Styrgruppen"). */
export const ApproveDeliverable = EventMeta.extend({
  type: z.literal('approveDeliverable'),
  approvingBody: Label.optional(),
});

/** Publicera — make it available (for a public record: on the network's public page); needs a document link. */
export const PublishDeliverable = EventMeta.extend({
  type: z.literal('publishDeliverable'),
  documentUrl: DocumentUrl.optional(),
});

/**
 * Arkivera — file it without publishing. Before approval this drops the deliverable, which
 * needs a reason (e.g. "uppdraget avslutades i förtid").
 */
export const ArchiveDeliverable = EventMeta.extend({
  type: z.literal('archiveDeliverable'),
  reason: Text.optional(),
});

export const DeliverableEvent = z.discriminatedUnion('type', [
  StartDrafting,
  SubmitForReview,
  RequestChanges,
  ApproveDeliverable,
  PublishDeliverable,
  ArchiveDeliverable,
]);
export type DeliverableEvent = z.infer<typeof DeliverableEvent>;
export type DeliverableEventType = DeliverableEvent['type'];
