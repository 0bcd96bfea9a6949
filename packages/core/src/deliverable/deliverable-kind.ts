import * as z from 'zod';
import { deliverableKindLabel, deliverableKindLabels, deliverableKinds } from './deliverable-kind.labels.js';
import { ownKindOf } from '../shared/vocabulary.schema.js';

// The lists and labels live in `deliverable-kind.labels.ts` (no zod), for views.
export { deliverableKindLabel, deliverableKindLabels };

/** Leveransobjekt — every kind of deliverable the seeds name. */
export const DeliverableKind = z.enum(deliverableKinds);
export type DeliverableKind = z.infer<typeof DeliverableKind>;

/** A deliverable's kind: one the seeds name, or the region's own (declared in the dataset's vocabulary). */
export const DeliverableKindValue = z.union([DeliverableKind, ownKindOf(DeliverableKind.options)]);
export type DeliverableKindValue = z.infer<typeof DeliverableKindValue>;
