/**
 * Återkommande leveranser och mallar — each year's deliverable of a recurring mandate deliverable
 * (the annual report for 2030, due 31 March 2031 where it is due the year after), with its due date and
 * its outline from the template it is produced from.
 */
import type { LocalizedText } from '../shared/localized.js';
import type { Deliverable, DeliverableTemplate, OutlineSection } from './deliverable.schema.js';
import { deliverableKindLabel, type DeliverableKindValue } from './deliverable-kind.js';

/** The parts of a mandate that say what recurs. */
/** The parts of a mandate a recurring deliverable is planned from. */
export interface MandateLike {
  id: string;
  period: { start: string; end?: string | undefined; extension?: { extendedTo?: string | undefined } | undefined };
  deliverables: ReadonlyArray<{
    id?: string | undefined;
    kind: DeliverableKindValue;
    title?: string | undefined;
    description: string;
    recurrence?: { dueMonth: number; dueDay: number; dueInFollowingYear?: boolean | undefined; fromYear?: number | undefined; untilYear?: number | undefined } | undefined;
    templateId?: string | undefined;
    ownerRoleId?: string | undefined;
  }>;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The outline a deliverable starts with: its own, else its template's. */
export function outlineFrom(templates: readonly DeliverableTemplate[], templateId: string | undefined): OutlineSection[] | undefined {
  return templateId === undefined ? undefined : templates.find((t) => t.id === templateId)?.outline;
}

/**
 * The deliverable for `year` of the mandate's recurring deliverable `mandateDeliverableId`, with
 * the id given; or why there is none (not recurring, or the year is outside it).
 */
export function recurringDeliverable(
  mandate: MandateLike,
  mandateDeliverableId: string,
  year: number,
  deliverableId: string,
  templates: readonly DeliverableTemplate[] = [],
): { ok: true; deliverable: Deliverable } | { ok: false; reason: LocalizedText } {
  const d = mandate.deliverables.find((x) => x.id === mandateDeliverableId);
  if (!d?.recurrence || d.ownerRoleId === undefined) {
    return { ok: false, reason: { sv: `Uppdraget har ingen återkommande leverans «${mandateDeliverableId}».`, en: `The mandate has no recurring deliverable «${mandateDeliverableId}».` } };
  }
  const r = d.recurrence;
  const first = r.fromYear ?? Number(mandate.period.start.slice(0, 4));
  const endDate = mandate.period.extension?.extendedTo ?? mandate.period.end;
  const last = r.untilYear ?? (endDate === undefined ? undefined : Number(endDate.slice(0, 4)));
  if (year < first || (last !== undefined && year > last)) {
    const range = `${first}–${last ?? ''}`;
    return { ok: false, reason: { sv: `Leveransen återkommer åren ${range}, inte ${year}.`, en: `The deliverable recurs in the years ${range}, not ${year}.` } };
  }
  const title = `${d.title ?? deliverableKindLabel(d.kind).sv} ${year}`;
  const outline = outlineFrom(templates, d.templateId);
  const deliverable: Deliverable = {
    id: deliverableId,
    kind: d.kind,
    title,
    description: d.description,
    mandateId: mandate.id,
    ownerId: d.ownerRoleId,
    ownerKind: 'role',
    due: `${r.dueInFollowingYear ? year + 1 : year}-${two(r.dueMonth)}-${two(r.dueDay)}`,
    ...(d.templateId === undefined ? {} : { templateId: d.templateId }),
    ...(outline === undefined ? {} : { outline }),
    occurrence: { mandateDeliverableId, year },
  };
  return { ok: true, deliverable };
}
