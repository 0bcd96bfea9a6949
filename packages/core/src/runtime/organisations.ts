/**
 * Organisations within organisations: a unit belongs to its administration, an administration
 * to its municipality (`Organisation.parentId`). A substitute speaks for the same organisation as
 * the member they replace — which includes a unit of it, or the organisation a unit belongs to.
 */
import type { RuntimeState } from './state.js';

/** The organisation and every one above it, nearest first (a cycle ends the walk). */
function lineOf(state: RuntimeState, organisationId: string): string[] {
  const line: string[] = [];
  let id: string | undefined = organisationId;
  while (id !== undefined && !line.includes(id)) {
    line.push(id);
    id = state.dataset.organisations.find((o) => o.id === id)?.parentId;
  }
  return line;
}

/** Whether two organisations are the same, or one is part of the other. */
export function sameOrganisation(state: RuntimeState, a: string, b: string): boolean {
  return lineOf(state, a).includes(b) || lineOf(state, b).includes(a);
}
