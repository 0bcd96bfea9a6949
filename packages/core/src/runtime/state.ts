/**
 * What the runtime knows at a moment: the dataset (who takes part, the plans) and the
 * current state of every aggregate, replayed from its stream. Queries are pure functions of
 * this, so a UI, a test and a server compute the same views.
 */
import type { Agreement, AgreementStatus } from '../agreement/agreement.schema.js';
import type { CommunicationPlanContext } from '../communication/communication-plan.machine.js';
import type { Dataset } from '../dataset/dataset.schema.js';
import type { DeliverableContext, DeliverableStatus } from '../deliverable/deliverable.schema.js';
import type { MandateContext } from '../mandate/mandate.machine.js';
import type { MeetingContext, MeetingStatus } from '../meeting/meeting.schema.js';
import type { DialogueSeminar, DialogueSeminarStatus } from '../seminar/dialogue-seminar.schema.js';
import type { Theme, ThemeStatus } from '../seminar/theme.schema.js';
import type { StreamDamage } from './damage.js';

/** The kinds of aggregate, each a stream of events replayed through its machine. */
export type AggregateKind = 'mandate' | 'meeting' | 'theme' | 'seminar' | 'deliverable' | 'agreement' | 'communicationPlan';

/** Mandate states, top level (the machine nests `inReview.*` and `active.*`). */
export type MandateStatus = 'draft' | 'inReview' | 'active' | 'concluding' | 'closed';

/** One aggregate as queries see it. */
export interface AggregateView<Context, Status extends string> {
  id: string;
  kind: AggregateKind;
  /** Stream id, e.g. `meeting:fyrbodal:mote-2019-01-24`. */
  stream: string;
  /** How many events the stream holds. */
  version: number;
  /** Top-level lifecycle state. */
  status: Status;
  /** The full state value (nested states as dotted paths, e.g. `active.amendmentPending`). */
  state: string;
  context: Context;
}

export type MandateView = AggregateView<MandateContext, MandateStatus>;
export type MeetingView = AggregateView<MeetingContext, MeetingStatus>;
export type ThemeView = AggregateView<Theme, ThemeStatus>;
export type SeminarView = AggregateView<DialogueSeminar, DialogueSeminarStatus>;
export type DeliverableView = AggregateView<DeliverableContext, DeliverableStatus>;
export type AgreementView = AggregateView<Agreement, AgreementStatus>;
export type CommunicationPlanView = AggregateView<CommunicationPlanContext, 'inForce'>;

export interface RuntimeState {
  dataset: Dataset;
  mandates: ReadonlyMap<string, MandateView>;
  meetings: ReadonlyMap<string, MeetingView>;
  themes: ReadonlyMap<string, ThemeView>;
  seminars: ReadonlyMap<string, SeminarView>;
  deliverables: ReadonlyMap<string, DeliverableView>;
  agreements: ReadonlyMap<string, AgreementView>;
  /** Communication plans as they run (activities done, revisions, follow-ups). */
  communicationPlans: ReadonlyMap<string, CommunicationPlanView>;
  /**
   * Records whose stored events failed replay's checks (a changed, missing, repeated or invalid
   * event, or events written before hashes), one report per stream in the order found; empty
   * for a sound log. Each such record shows its state before the damage and refuses commands
   * (`DAMAGED`). See `StreamDamage`.
   */
  damaged: readonly StreamDamage[];
}
