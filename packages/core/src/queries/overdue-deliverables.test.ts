import { describe, expect, it } from 'vitest';
import { deliverableKindLabels } from '../deliverable/deliverable-kind.js';
import { deliverableStatusLabels } from '../deliverable/deliverable.schema.js';
import { deliverablesWithStatus, overdueDeliverablesQuery } from './overdue-deliverables.js';
import { F, fyrbodalWorld } from './test-state.js';

const state = fyrbodalWorld().state();
const mandateTitle = 'Uppdragsbeskrivning – Nätverket för e-hälsa i Fyrbodal';

describe('overdueDeliverablesQuery', () => {
  it('lists unapproved deliverables past their due date, most overdue first', () => {
    const list = overdueDeliverablesQuery(state, { today: '2019-12-20' });
    expect(list.map((d) => [d.deliverableId, d.daysOverdue])).toEqual([
      [F.statusReport, 202],
      [F.minutesDeliverable, 1],
    ]);
    // The attendance list has the same due date but is approved.
    expect(list.map((d) => d.deliverableId)).not.toContain(F.attendanceDeliverable);
  });

  it('names the owner — a person, or a role — and the mandate', () => {
    const [status, minutes] = overdueDeliverablesQuery(state, { today: '2019-12-20' });
    expect(minutes).toMatchObject({
      title: 'Minnesanteckningar från nätverksmötena 2019',
      kind: 'minutes',
      kindLabel: deliverableKindLabels.minutes,
      status: 'planned',
      statusLabel: deliverableStatusLabels.planned,
      due: '2019-12-19',
      owner: { id: F.processLeader, kind: 'person', name: 'Helena Vik' },
      mandate: { id: F.mandate, title: mandateTitle },
      group: { id: F.network, name: 'E-hälsonätverket' },
    });
    expect(status).toMatchObject({ owner: { id: 'fyrbodal:processledare', kind: 'role', name: 'Processledare' } });
  });

  it('does not count a deliverable due today as overdue', () => {
    expect(overdueDeliverablesQuery(state, { today: '2019-12-19' }).map((d) => d.deliverableId)).toEqual([F.statusReport]);
    expect(overdueDeliverablesQuery(state, { today: '2019-06-01' })).toEqual([]);
  });

  it('includes a deliverable being drafted', () => {
    const list = overdueDeliverablesQuery(state, { today: '2020-12-16' });
    expect(list.at(-1)).toMatchObject({ deliverableId: F.evaluationDeliverable, status: 'drafting', daysOverdue: 1 });
    expect(list).toHaveLength(3);
  });

  it('filters by mandate and group', () => {
    expect(overdueDeliverablesQuery(state, { today: '2019-12-20', mandateId: 'other' })).toEqual([]);
    expect(overdueDeliverablesQuery(state, { today: '2019-12-20', groupId: F.network })).toHaveLength(2);
  });

  it('treats a dataset deliverable the runtime has no aggregate for as planned', () => {
    const s = fyrbodalWorld().state();
    const deliverables = new Map(s.deliverables);
    deliverables.delete(F.minutesDeliverable);
    const without = { ...s, deliverables };
    expect(deliverablesWithStatus(without).find((d) => d.id === F.minutesDeliverable)?.status).toBe('planned');
    expect(overdueDeliverablesQuery(without, { today: '2019-12-20' }).map((d) => d.deliverableId)).toContain(F.minutesDeliverable);
  });
});
