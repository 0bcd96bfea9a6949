/**
 * Lifecycle of a deliverable (leveransobjekt):
 *
 *   planned --startDrafting--> drafting --submitForReview--> inReview --approveDeliverable--> approved
 *                                  ^                            |
 *                                  +-------requestChanges-------+
 *   approved --publishDeliverable--> published   (final; needs a document link)
 *   approved --archiveDeliverable--> archived    (final; filed without publishing)
 *   planned | drafting --archiveDeliverable { reason }--> archived (dropped)
 *
 * Dropping: a planned or drafting deliverable may be archived as *dropped* (`archived.dropped`)
 * because mandates do end early or change scope, and a deliverable no one will produce must
 * not stay overdue for ever. Dropping needs a reason so the trail says why. A deliverable in
 * review cannot be dropped: the reviewer first decides (request changes, then drop).
 *
 * Late submission is flagged as a warning, never refused; overdue is derived from the due
 * date by `isOverdue`, not stored.
 */
import { assertEvent, assign, setup } from 'xstate';
import { daysBetween, swedishDate } from '../shared/dates.js';
import { readableDateIn } from '../shared/readable-time.js';
import type { Deliverable, DeliverableContext } from './deliverable.schema.js';
import type { DeliverableEvent } from './deliverable.events.js';

export const deliverableMachine = setup({
  types: {
    context: {} as DeliverableContext,
    events: {} as DeliverableEvent,
    input: {} as Deliverable,
  },
  guards: {
    /** Publishing needs somewhere to publish: a link on the event or already on the deliverable. */
    hasDocument: ({ context, event }) =>
      event.type === 'publishDeliverable' && (event.documentUrl ?? context.documentUrl) !== undefined,
    /** Dropping an unapproved deliverable needs a reason. */
    hasReason: ({ event }) => event.type === 'archiveDeliverable' && event.reason !== undefined,
  },
  actions: {
    recordSubmission: assign(({ context, event }) => {
      assertEvent(event, 'submitForReview');
      const submittedOn = swedishDate(event.at);
      const late = daysBetween(context.due, submittedOn);
      const alreadyFlagged = context.warnings.some((w) => w.code === 'submittedLate');
      return {
        submitted: { by: event.by, at: event.at },
        documentUrl: event.documentUrl ?? context.documentUrl,
        version: event.version ?? context.version,
        warnings:
          late > 0 && !alreadyFlagged
            ? [
                ...context.warnings,
                {
                  code: 'submittedLate' as const,
                  message: {
                    sv: `Lämnades till granskning ${late} dagar efter förfallodagen ${readableDateIn(context.due, 'sv')}.`,
                    en: `Submitted for review ${late} days after the due date, ${readableDateIn(context.due, 'en')}.`,
                  },
                },
              ]
            : context.warnings,
      };
    }),
    recordChangeRequest: assign(({ context, event }) => {
      assertEvent(event, 'requestChanges');
      return { changeRequests: [...context.changeRequests, { by: event.by, at: event.at, comment: event.comment }] };
    }),
    recordApproval: assign(({ event }) => {
      assertEvent(event, 'approveDeliverable');
      return {
        approved: {
          by: event.by,
          at: event.at,
          ...(event.approvingBody === undefined ? {} : { approvingBody: event.approvingBody }),
        },
      };
    }),
    recordPublication: assign(({ context, event }) => {
      assertEvent(event, 'publishDeliverable');
      return { published: { by: event.by, at: event.at }, documentUrl: event.documentUrl ?? context.documentUrl };
    }),
    recordArchival: assign(({ event }) => {
      assertEvent(event, 'archiveDeliverable');
      return {
        archived: {
          by: event.by,
          at: event.at,
          dropped: false,
          ...(event.reason === undefined ? {} : { reason: event.reason }),
        },
      };
    }),
    recordDropping: assign(({ event }) => {
      assertEvent(event, 'archiveDeliverable');
      return { archived: { by: event.by, at: event.at, dropped: true, reason: event.reason } };
    }),
  },
}).createMachine({
  id: 'deliverable',
  initial: 'planned',
  context: ({ input }) => ({ ...input, changeRequests: [], warnings: [] }),
  states: {
    planned: {
      on: {
        startDrafting: { target: 'drafting' },
        archiveDeliverable: { guard: 'hasReason', target: 'archived', actions: 'recordDropping' },
      },
    },
    drafting: {
      on: {
        submitForReview: { target: 'inReview', actions: 'recordSubmission' },
        archiveDeliverable: { guard: 'hasReason', target: 'archived', actions: 'recordDropping' },
      },
    },
    inReview: {
      on: {
        approveDeliverable: { target: 'approved', actions: 'recordApproval' },
        requestChanges: { target: 'drafting', actions: 'recordChangeRequest' },
      },
    },
    approved: {
      on: {
        publishDeliverable: { guard: 'hasDocument', target: 'published', actions: 'recordPublication' },
        archiveDeliverable: { target: 'archived', actions: 'recordArchival' },
      },
    },
    published: { type: 'final' },
    archived: { type: 'final' },
  },
});

export type DeliverableMachine = typeof deliverableMachine;
