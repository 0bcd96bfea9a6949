/**
 * The life of a mandate (uppdragsbeskrivning):
 *
 *   draft ──submitForReview──▶ inReview.collecting ──review…──▶ inReview.endorsed
 *     ▲                              │ (a named body asked for changes,        │ approve (commissioner):
 *     └──── next minor version ◀─────┘  once every body has reviewed)          ▼ next integer version, public record
 *                                                                   active.stable ⇄ active.amendmentPending
 *                                                                        │ conclude (final report)
 *                                                                        ▼
 *                                                                   concluding ──close (commissioner)──▶ closed
 *
 * `end` (commissioner) ends the assignment early from every state but closed. While active,
 * staffing-plan and meeting changes apply at once as a minor version; every other change waits
 * for the commissioner's `approveAmendment`, which makes the next integer version. `extend`
 * (commissioner, under the mandate's extension clause) moves the end date as a minor version.
 * Every approved version is kept, frozen, with the SHA-256 fingerprint of its content: a public
 * record never changes.
 */
import { assign, setup } from 'xstate';
import type { LocalizedText } from '../shared/localized.js';
import { swedishDate } from '../shared/dates.js';
import { readableDateIn } from '../shared/readable-time.js';
import { recordFingerprint } from '../shared/fingerprint.js';
import type { AmendEvent, MandateEvent } from './mandate.events.js';
import {
  applyChange,
  appliesDirectly,
  deepFreeze,
  effectiveEnd,
  extendPeriod,
  extensionRefusal,
  nextMajor,
  nextMinor,
  reviewRoundOutcome,
  type RecordedReview,
  type ReviewRound,
} from './mandate.rules.js';
import {
  Mandate,
  mandateSectionLabels,
  type EscalationOutcome,
  type GoalStatus,
  type MandateChange,
  type MandateImport,
  type MandateMachineInput,
  type VersionEntry,
} from './mandate.schema.js';

/** A version the commissioner approved: a public record (allmän handling), frozen for good. */
export interface ApprovedVersion {
  version: string;
  /** The commissioner body that approved it. */
  approvedBy: string;
  /** The person who recorded the decision. */
  recordedBy: string;
  approvedAt: string;
  /**
   * The SHA-256 fingerprint of `content` (`recordFingerprint(content)`, 64 hex digits), computed
   * when the version was approved: printed or exported beside the record, it lets a reader check
   * a copy against the log. See `recordFingerprint` for why the machine computes it.
   */
  hash: string;
  /** The document exactly as approved (deep-frozen). */
  content: Readonly<Mandate>;
  /**
   * Set for a version approved elsewhere and brought in as approved: `approvedAt` is then the day
   * of the decision, and this says where it is recorded and who recorded it in the tool, when.
   */
  imported?: { approvedByName: string; decisionReference?: string | undefined; recordedAt: string };
}

/** Uppföljning av ett mål — how it stood at a check-in, who recorded it and when. */
export interface GoalFollowUp {
  goalId: string;
  status: GoalStatus;
  comment?: string | undefined;
  by: string;
  at: string;
}

/** The commissioner's decision on a matter escalated from minutes, linked back to them. */
export interface EscalationDecision {
  meetingId: string;
  escalationId: string;
  outcome: EscalationOutcome;
  decision: string;
  reference?: string | undefined;
  /** The commissioner body that decided. */
  decidedBy: string;
  /** The person who recorded the decision. */
  recordedBy: string;
  at: string;
}

/** A change outside staffing and meetings, waiting for the commissioner. */
export interface PendingAmendment {
  change: MandateChange;
  reason?: string | undefined;
  proposedBy: string;
  proposedAt: string;
  /** The version the change was proposed against. */
  baseVersion: string;
}

/** A pending amendment after the commissioner's decision. */
export interface DecidedAmendment extends PendingAmendment {
  decision: 'approved' | 'rejected';
  decidedBy: string;
  decidedAt: string;
  decisionReason?: string | undefined;
  /** The integer version an approval produced. */
  resultingVersion?: string | undefined;
}

/** One use of the extension clause. */
export interface ExtensionRecord {
  from: string;
  to: string;
  reason: string;
  by: string;
  at: string;
}

export interface FinalReportSubmission {
  finalReportId?: string | undefined;
  summary?: string | undefined;
  by: string;
  at: string;
}

/** Where the mandate was when the commissioner ended it early. */
export type EndedFrom = 'draft' | 'inReview' | 'active' | 'concluding';

export interface EarlyEnd {
  reason: string;
  from: EndedFrom;
  asCommissioner: string;
  by: string;
  at: string;
}

export interface Closure {
  asCommissioner: string;
  by: string;
  at: string;
}

export type MandateWarningCode = 'approvedAfterStart' | 'extendedAfterEnd';

/** Something worth flagging that is not a reason to refuse. */
export interface MandateWarning {
  code: MandateWarningCode;
  message: LocalizedText;
  at: string;
}

/** The machine's context: the document itself plus what the lifecycle has recorded. */
export interface MandateContext {
  mandate: Mandate;
  /** The open review round while in review. */
  reviewRound: ReviewRound | null;
  /** Finished rounds, oldest first. */
  completedReviewRounds: ReviewRound[];
  pendingAmendment: PendingAmendment | null;
  decidedAmendments: DecidedAmendment[];
  /** Every approved version, oldest first; entries never change once added. */
  approvedVersions: ApprovedVersion[];
  extensions: ExtensionRecord[];
  finalReport: FinalReportSubmission | null;
  endedEarly: EarlyEnd | null;
  closure: Closure | null;
  warnings: MandateWarning[];
  /** The approval brought with a mandate approved elsewhere (`importApprovedMandate`), or null. */
  imported: MandateImport | null;
  /** The commissioner's decisions on matters escalated from minutes, oldest first. */
  escalationDecisions: EscalationDecision[];
  /** The follow-ups of the mandate's goals, oldest first. */
  goalFollowUps: GoalFollowUp[];
}

/** The sections and their new content of an amend event. */
export function changeOf(event: AmendEvent): MandateChange {
  return { section: event.section, change: event.change } as MandateChange;
}

/** Would the document still be valid with this change? (An amendment never breaks the document.) */
function keepsDocumentValid(mandate: Mandate, change: MandateChange): boolean {
  return Mandate.safeParse(applyChange(mandate, change)).success;
}

function withVersion(mandate: Mandate, version: string, at: string, entry: Omit<VersionEntry, 'date' | 'version'>): Mandate {
  const date = swedishDate(at);
  return { ...mandate, version, date, versionHistory: [...mandate.versionHistory, { date, version, ...entry }] };
}

/** Approving makes the next integer version, a public record kept frozen in `approvedVersions`. */
function approveInto(
  context: MandateContext,
  document: Mandate,
  decision: { asCommissioner: string; by: string; at: string; reason: string },
): Pick<MandateContext, 'mandate' | 'approvedVersions'> {
  const version = nextMajor(document.version);
  const mandate: Mandate = {
    ...withVersion(document, version, decision.at, { issuer: context.mandate.commissioner.name, reason: decision.reason }),
    classification: 'public',
  };
  const content = deepFreeze(structuredClone(mandate));
  const approved: ApprovedVersion = deepFreeze({
    version,
    approvedBy: decision.asCommissioner,
    recordedBy: decision.by,
    approvedAt: decision.at,
    hash: recordFingerprint(content),
    content,
  });
  return { mandate, approvedVersions: [...context.approvedVersions, approved] };
}

function isCommissionerEvent(context: MandateContext, event: MandateEvent): boolean {
  return 'asCommissioner' in event && event.asCommissioner === context.mandate.commissioner.id;
}

function isPendingReviewer(context: MandateContext, event: MandateEvent): boolean {
  const round = context.reviewRound;
  if (event.type !== 'review' || !round) return false;
  return round.reviewers.some((b) => b.id === event.body) && !round.reviews.some((r) => r.body === event.body);
}

function outcomeAfter(context: MandateContext, event: MandateEvent) {
  const round = context.reviewRound;
  if (event.type !== 'review' || !round || !isPendingReviewer(context, event)) return null;
  return reviewRoundOutcome({ reviewers: round.reviewers, reviews: [...round.reviews, recordedReview(event)] });
}

function recordedReview(event: Extract<MandateEvent, { type: 'review' }>): RecordedReview {
  return { body: event.body, outcome: event.outcome, comment: event.comment, by: event.by, at: event.at };
}

function changeLabel(change: MandateChange): string {
  return `Ändrad ${mandateSectionLabels[change.section].sv.toLowerCase()}`;
}

export const mandateMachine = setup({
  types: {
    context: {} as MandateContext,
    events: {} as MandateEvent,
    input: {} as MandateMachineInput,
  },
  guards: {
    /** A draft takes any change that leaves a valid document. */
    draftChangeValid: ({ context, event }) =>
      event.type === 'amend' && keepsDocumentValid(context.mandate, changeOf(event)),
    /** Staffing plan and meetings: applies at once while active (unless it touches a seat the sender may not give). */
    directChangeValid: ({ context, event }) =>
      event.type === 'amend' && appliesDirectly(event.section) && event.needsApproval !== true && keepsDocumentValid(context.mandate, changeOf(event)),
    /** Everything else needs the commissioner's approval. */
    changeNeedsApproval: ({ context, event }) =>
      event.type === 'amend' &&
      (!appliesDirectly(event.section) || event.needsApproval === true) &&
      keepsDocumentValid(context.mandate, changeOf(event)),
    /** A named body of the open round that has not reviewed yet. */
    isPendingReviewer: ({ context, event }) => isPendingReviewer(context, event),
    /** This review is the last one of the round and some body asked for changes. */
    reviewCompletesWithChanges: ({ context, event }) => outcomeAfter(context, event) === 'changesRequested',
    /** This review is the last one of the round and every body endorsed. */
    reviewCompletesEndorsed: ({ context, event }) => outcomeAfter(context, event) === 'endorsed',
    /** The event is sent on behalf of the mandate's commissioner. */
    isCommissioner: ({ context, event }) => isCommissionerEvent(context, event),
    /** The commissioner approves, and the pending change still fits the document as it is now. */
    amendmentApprovable: ({ context, event }) =>
      isCommissionerEvent(context, event) &&
      context.pendingAmendment !== null &&
      keepsDocumentValid(context.mandate, context.pendingAmendment.change),
    /** A version approved elsewhere, not yet recorded as such: the mandate starts in force. */
    importedAsApproved: ({ context }) => context.imported !== null && context.approvedVersions.length === 0,
    /** The commissioner decides a matter escalated from minutes, once. */
    escalationUndecided: ({ context, event }) =>
      event.type === 'decideEscalation' &&
      isCommissionerEvent(context, event) &&
      !context.escalationDecisions.some((d) => d.meetingId === event.meetingId && d.escalationId === event.escalationId),
    /** A follow-up of one of the mandate's goals. */
    isGoal: ({ context, event }) => event.type === 'followUpGoal' && context.mandate.goals.some((g) => g.id === event.goalId),
    /** The commissioner extends within the mandate's extension clause (see `extensionRefusal`). */
    extensionAllowed: ({ context, event }) =>
      event.type === 'extend' &&
      isCommissionerEvent(context, event) &&
      extensionRefusal(context.mandate.period, event.to) === null,
  },
  actions: {
    applyDraftChange: assign(({ context, event }) => {
      if (event.type !== 'amend') return {};
      return { mandate: applyChange(context.mandate, changeOf(event)) };
    }),
    applyDirectChange: assign(({ context, event }) => {
      if (event.type !== 'amend') return {};
      const change = changeOf(event);
      const changed = applyChange(context.mandate, change);
      return {
        mandate: withVersion(changed, nextMinor(changed.version), event.at, {
          issuer: event.by,
          reason: event.reason ?? changeLabel(change),
        }),
      };
    }),
    proposeAmendment: assign(({ context, event }) => {
      if (event.type !== 'amend') return {};
      return {
        pendingAmendment: {
          change: changeOf(event),
          reason: event.reason,
          proposedBy: event.by,
          proposedAt: event.at,
          baseVersion: context.mandate.version,
        },
      };
    }),
    applyAmendment: assign(({ context, event }) => {
      const pending = context.pendingAmendment;
      if (event.type !== 'approveAmendment' || !pending) return {};
      const approved = approveInto(context, applyChange(context.mandate, pending.change), {
        asCommissioner: event.asCommissioner,
        by: event.by,
        at: event.at,
        reason: event.reason ?? pending.reason ?? changeLabel(pending.change),
      });
      return {
        ...approved,
        pendingAmendment: null,
        decidedAmendments: [
          ...context.decidedAmendments,
          {
            ...pending,
            decision: 'approved' as const,
            decidedBy: event.asCommissioner,
            decidedAt: event.at,
            decisionReason: event.reason,
            resultingVersion: approved.mandate.version,
          },
        ],
      };
    }),
    rejectAmendment: assign(({ context, event }) => {
      const pending = context.pendingAmendment;
      if (event.type !== 'rejectAmendment' || !pending) return {};
      return {
        pendingAmendment: null,
        decidedAmendments: [
          ...context.decidedAmendments,
          {
            ...pending,
            decision: 'rejected' as const,
            decidedBy: event.asCommissioner,
            decidedAt: event.at,
            decisionReason: event.reason,
          },
        ],
      };
    }),
    openReviewRound: assign(({ context, event }) => {
      if (event.type !== 'submitForReview') return {};
      return {
        reviewRound: {
          number: context.completedReviewRounds.length + 1,
          version: context.mandate.version,
          reviewers: event.reviewers,
          reviews: [],
          submittedBy: event.by,
          submittedAt: event.at,
        },
      };
    }),
    /** Records the review and, as in the Fyrbodal history, a "Granskad av …" row. */
    recordReview: assign(({ context, event }) => {
      const round = context.reviewRound;
      if (event.type !== 'review' || !round) return {};
      const body = round.reviewers.find((b) => b.id === event.body);
      const date = swedishDate(event.at);
      return {
        reviewRound: { ...round, reviews: [...round.reviews, recordedReview(event)] },
        mandate: {
          ...context.mandate,
          versionHistory: [
            ...context.mandate.versionHistory,
            { date, version: context.mandate.version, issuer: `Granskad av ${body?.name ?? event.body}`, reason: event.comment },
          ],
        },
      };
    }),
    /** Changes requested: back to draft as the next minor version ("Input från nätverk"). */
    returnToDraft: assign(({ context, event }) => {
      const round = context.reviewRound;
      if (event.type !== 'review' || !round) return {};
      const asking = round.reviews.filter((r) => r.outcome === 'changesRequested');
      const names = asking.map((r) => round.reviewers.find((b) => b.id === r.body)?.name ?? r.body);
      const comments = asking.map((r) => r.comment).filter((c): c is string => c !== undefined);
      return {
        mandate: withVersion(context.mandate, nextMinor(context.mandate.version), event.at, {
          issuer: names.join(', '),
          reason: comments.length > 0 ? `Input från granskning: ${comments.join(' ')}` : 'Input från granskning',
        }),
        reviewRound: null,
        completedReviewRounds: [...context.completedReviewRounds, round],
      };
    }),
    approveVersion: assign(({ context, event }) => {
      if (event.type !== 'approve') return {};
      const start = context.mandate.period.start;
      const day = swedishDate(event.at);
      const late: MandateWarning[] =
        day > start
          ? [
              {
                code: 'approvedAfterStart',
                message: {
                  sv: `Uppdraget fastställdes ${readableDateIn(day, 'sv')}, efter att tidplanen började ${readableDateIn(start, 'sv')}`,
                  en: `The mandate was approved on ${readableDateIn(day, 'en')}, after its period began on ${readableDateIn(start, 'en')}`,
                },
                at: event.at,
              },
            ]
          : [];
      return {
        ...approveInto(context, context.mandate, {
          asCommissioner: event.asCommissioner,
          by: event.by,
          at: event.at,
          reason: event.reason ?? 'Fastställd av uppdragsgivaren',
        }),
        reviewRound: null,
        completedReviewRounds: context.reviewRound
          ? [...context.completedReviewRounds, context.reviewRound]
          : context.completedReviewRounds,
        warnings: [...context.warnings, ...late],
      };
    }),
    recordExtension: assign(({ context, event }) => {
      if (event.type !== 'extend') return {};
      const from = effectiveEnd(context.mandate.period) ?? event.to;
      const day = swedishDate(event.at);
      const late: MandateWarning[] =
        day > from
          ? [
              {
                code: 'extendedAfterEnd',
                message: {
                  sv: `Förlängningen beslutades ${readableDateIn(day, 'sv')}, efter att uppdraget löpt ut ${readableDateIn(from, 'sv')}`,
                  en: `The extension was decided on ${readableDateIn(day, 'en')}, after the mandate ran out on ${readableDateIn(from, 'en')}`,
                },
                at: event.at,
              },
            ]
          : [];
      const extended: Mandate = { ...context.mandate, period: extendPeriod(context.mandate.period, event.to) };
      return {
        mandate: withVersion(extended, nextMinor(extended.version), event.at, {
          issuer: context.mandate.commissioner.name,
          reason: `Förlängt till ${event.to}: ${event.reason}`,
        }),
        extensions: [...context.extensions, { from, to: event.to, reason: event.reason, by: event.by, at: event.at }],
        warnings: [...context.warnings, ...late],
      };
    }),
    /** The version approved elsewhere becomes the first approved version, frozen with its fingerprint. */
    recordImport: assign(({ context }) => {
      const imported = context.imported;
      if (!imported) return {};
      const content = deepFreeze(structuredClone(context.mandate));
      const approved: ApprovedVersion = deepFreeze({
        version: context.mandate.version,
        approvedBy: context.mandate.commissioner.id,
        recordedBy: imported.recordedBy,
        approvedAt: imported.approvedOn,
        hash: recordFingerprint(content),
        content,
        imported: { approvedByName: imported.approvedBy ?? context.mandate.commissioner.name, decisionReference: imported.decisionReference, recordedAt: imported.recordedAt },
      });
      return { approvedVersions: [approved] };
    }),
    recordEscalationDecision: assign(({ context, event }) => {
      if (event.type !== 'decideEscalation') return {};
      const { meetingId, escalationId, outcome, decision, reference } = event;
      return {
        escalationDecisions: [
          ...context.escalationDecisions,
          { meetingId, escalationId, outcome, decision, reference, decidedBy: event.asCommissioner, recordedBy: event.by, at: event.at },
        ],
      };
    }),
    recordGoalFollowUp: assign(({ context, event }) => {
      if (event.type !== 'followUpGoal') return {};
      return { goalFollowUps: [...context.goalFollowUps, { goalId: event.goalId, status: event.status, comment: event.comment, by: event.by, at: event.at }] };
    }),
    recordFinalReport: assign(({ event }) => {
      if (event.type !== 'conclude') return {};
      return {
        finalReport: { finalReportId: event.finalReportId, summary: event.summary, by: event.by, at: event.at },
      };
    }),
    recordEarlyEnd: assign(({ event }, params: { from: EndedFrom }) => {
      if (event.type !== 'end') return {};
      return {
        endedEarly: { reason: event.reason, from: params.from, asCommissioner: event.asCommissioner, by: event.by, at: event.at },
      };
    }),
    recordClosure: assign(({ event }) => {
      if (event.type !== 'close') return {};
      return { closure: { asCommissioner: event.asCommissioner, by: event.by, at: event.at } };
    }),
  },
}).createMachine({
  id: 'mandate',
  initial: 'draft',
  context: ({ input }) => ({
    mandate: structuredClone(input.mandate),
    reviewRound: null,
    completedReviewRounds: [],
    pendingAmendment: null,
    decidedAmendments: [],
    approvedVersions: [],
    extensions: [],
    finalReport: null,
    endedEarly: null,
    closure: null,
    warnings: [],
    imported: input.imported ?? null,
    escalationDecisions: [],
    goalFollowUps: [],
  }),
  states: {
    /** Utkast — the working copy; changes apply without a new version. */
    draft: {
      // A mandate approved elsewhere starts in force: it passes through draft at once.
      always: { guard: 'importedAsApproved', target: 'active', actions: 'recordImport' },
      on: {
        amend: { guard: 'draftChangeValid', actions: 'applyDraftChange' },
        submitForReview: { target: 'inReview', actions: 'openReviewRound' },
        end: {
          guard: 'isCommissioner',
          target: 'closed',
          actions: { type: 'recordEarlyEnd', params: { from: 'draft' } },
        },
      },
    },
    /** Granskning — named bodies review one version; the document is frozen meanwhile. */
    inReview: {
      initial: 'collecting',
      on: {
        end: {
          guard: 'isCommissioner',
          target: 'closed',
          actions: { type: 'recordEarlyEnd', params: { from: 'inReview' } },
        },
      },
      states: {
        collecting: {
          on: {
            review: [
              { guard: 'reviewCompletesWithChanges', target: '#mandate.draft', actions: ['recordReview', 'returnToDraft'] },
              { guard: 'reviewCompletesEndorsed', target: 'endorsed', actions: 'recordReview' },
              { guard: 'isPendingReviewer', actions: 'recordReview' },
            ],
          },
        },
        /** Every named body endorsed; waiting for the commissioner. */
        endorsed: {
          on: {
            approve: { guard: 'isCommissioner', target: '#mandate.active', actions: 'approveVersion' },
          },
        },
      },
    },
    /** Fastställd — the approved mandate in force. */
    active: {
      initial: 'stable',
      on: {
        amend: { guard: 'directChangeValid', actions: 'applyDirectChange' },
        decideEscalation: { guard: 'escalationUndecided', actions: 'recordEscalationDecision' },
        followUpGoal: { guard: 'isGoal', actions: 'recordGoalFollowUp' },
        extend: { guard: 'extensionAllowed', actions: 'recordExtension' },
        end: {
          guard: 'isCommissioner',
          target: 'closed',
          actions: { type: 'recordEarlyEnd', params: { from: 'active' } },
        },
      },
      states: {
        stable: {
          on: {
            amend: { guard: 'changeNeedsApproval', target: 'amendmentPending', actions: 'proposeAmendment' },
            conclude: { target: '#mandate.concluding', actions: 'recordFinalReport' },
          },
        },
        /** One change waits for the commissioner; staffing and meetings still change directly. */
        amendmentPending: {
          on: {
            approveAmendment: { guard: 'amendmentApprovable', target: 'stable', actions: 'applyAmendment' },
            rejectAmendment: { guard: 'isCommissioner', target: 'stable', actions: 'rejectAmendment' },
          },
        },
      },
    },
    /** Slutrapport inlämnad — waiting for the commissioner to close. */
    concluding: {
      on: {
        decideEscalation: { guard: 'escalationUndecided', actions: 'recordEscalationDecision' },
        followUpGoal: { guard: 'isGoal', actions: 'recordGoalFollowUp' },
        close: { guard: 'isCommissioner', target: 'closed', actions: 'recordClosure' },
        end: {
          guard: 'isCommissioner',
          target: 'closed',
          actions: { type: 'recordEarlyEnd', params: { from: 'concluding' } },
        },
      },
    },
    /** Avslutat. */
    closed: { type: 'final' },
  },
});

export type MandateMachine = typeof mandateMachine;

/** The names of the machine's states (top level and nested), for labels and UI. */
export type MandateStateName =
  | 'draft'
  | 'inReview'
  | 'collecting'
  | 'endorsed'
  | 'active'
  | 'stable'
  | 'amendmentPending'
  | 'concluding'
  | 'closed';

export const mandateStateLabels: Record<MandateStateName, LocalizedText> = {
  draft: { sv: 'Utkast', en: 'Draft' },
  inReview: { sv: 'På granskning', en: 'In review' },
  collecting: { sv: 'Inväntar granskare', en: 'Awaiting reviewers' },
  endorsed: { sv: 'Tillstyrkt, inväntar fastställande', en: 'Endorsed, awaiting approval' },
  active: { sv: 'Fastställd', en: 'Active' },
  stable: { sv: 'Gällande', en: 'In force' },
  amendmentPending: { sv: 'Ändring inväntar uppdragsgivaren', en: 'Amendment awaiting the commissioner' },
  concluding: { sv: 'Slutrapport inlämnad', en: 'Final report submitted' },
  closed: { sv: 'Avslutat', en: 'Closed' },
};
