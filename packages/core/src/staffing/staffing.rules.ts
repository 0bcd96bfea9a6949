import type { LocalizedText } from '../shared/localized.js';
import type { StaffingEntry, StaffingPlan } from './staffing-plan.schema.js';

/** A seat that lacks holders. */
export interface Vacancy {
  roleId: string;
  organisationId: string | undefined;
  /** How many more people the seat needs to reach its minimum. */
  missing: number;
}

/** The vacancies of a staffing plan: every entry with fewer holders than it needs. */
export function vacancies(plan: StaffingPlan): Vacancy[] {
  return plan.entries
    .filter((e) => e.personIds.length < e.min)
    .map((e) => ({ roleId: e.roleId, organisationId: e.organisationId, missing: e.min - e.personIds.length }));
}

/** The entries a person holds (a person may hold several roles). */
export function entriesOf(plan: StaffingPlan, personId: string): StaffingEntry[] {
  return plan.entries.filter((e) => e.personIds.includes(personId));
}

/** A seat of a staffing plan: the role, and the organisation (and group) it is for where it has one. */
export interface SeatKey {
  roleId: string;
  organisationId?: string | undefined;
  groupId?: string | undefined;
}

/** A staffing entry as seat changes read it: the role, who holds it, for which organisation and group. */
export type Seated = Pick<StaffingEntry, 'roleId' | 'personIds'> & Partial<Pick<StaffingEntry, 'organisationId' | 'groupId' | 'max'>>;

/** Why a seat change does not fit the plan, in both languages. */
export type SeatChangeResult<P> = { ok: true; plan: P } | { ok: false; reason: LocalizedText };

const isSeat = (e: Seated, seat: SeatKey) => e.roleId === seat.roleId && e.organisationId === seat.organisationId && e.groupId === seat.groupId;

function seatName(seat: SeatKey): string {
  return seat.organisationId === undefined ? `«${seat.roleId}»` : `«${seat.roleId}» (${seat.organisationId})`;
}

/**
 * Tillsätta — `personId` takes a free place in the seat (fills a vacancy): the seat must exist,
 * not be held by them already and have room (fewer holders than its `max`).
 */
export function fillSeat<P extends { entries: readonly Seated[] }>(plan: P, seat: SeatKey, personId: string): SeatChangeResult<P> {
  const seats = plan.entries.filter((e) => isSeat(e, seat));
  if (seats.length === 0) return noSeat(seat);
  if (seats.some((e) => e.personIds.includes(personId))) {
    return { ok: false, reason: { sv: `«${personId}» har redan platsen ${seatName(seat)}.`, en: `«${personId}» already holds the seat ${seatName(seat)}.` } };
  }
  const free = seats.find((e) => e.personIds.length < (e.max ?? 1));
  if (!free) {
    return { ok: false, reason: { sv: `Platsen ${seatName(seat)} är redan tillsatt: den har inget ledigt utrymme.`, en: `The seat ${seatName(seat)} is already filled: it has no free place.` } };
  }
  return { ok: true, plan: { ...plan, entries: plan.entries.map((e) => (e === free ? { ...e, personIds: [...e.personIds, personId] } : e)) } };
}

/** Lämna — `personId` leaves the seat; where that leaves it below its minimum, it is vacant. */
export function leaveSeat<P extends { entries: readonly Seated[] }>(plan: P, seat: SeatKey, personId: string): SeatChangeResult<P> {
  const seats = plan.entries.filter((e) => isSeat(e, seat));
  if (seats.length === 0) return noSeat(seat);
  const held = seats.find((e) => e.personIds.includes(personId));
  if (!held) return { ok: false, reason: { sv: `«${personId}» har inte platsen ${seatName(seat)}.`, en: `«${personId}» does not hold the seat ${seatName(seat)}.` } };
  return { ok: true, plan: { ...plan, entries: plan.entries.map((e) => (e === held ? { ...e, personIds: e.personIds.filter((p) => p !== personId) } : e)) } };
}

function noSeat(seat: SeatKey): { ok: false; reason: LocalizedText } {
  return { ok: false, reason: { sv: `Bemanningsplanen har ingen plats ${seatName(seat)}.`, en: `The staffing plan has no seat ${seatName(seat)}.` } };
}
