import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/dates.js';
import { daysOverdue, isOverdue, isSettled, overdueDeliverables } from './deliverable.rules.js';
import { DeliverableStatus } from './deliverable.schema.js';

const today = '2026-03-10';

describe('isOverdue', () => {
  it('is not overdue on the due date itself', () => {
    expect(isOverdue({ due: today, status: 'drafting' }, today)).toBe(false);
    expect(daysOverdue({ due: today, status: 'drafting' }, today)).toBe(0);
  });

  it('is overdue the day after the due date, by one day', () => {
    expect(isOverdue({ due: '2026-03-09', status: 'drafting' }, today)).toBe(true);
    expect(daysOverdue({ due: '2026-03-09', status: 'drafting' }, today)).toBe(1);
  });

  it('is not overdue before the due date', () => {
    expect(isOverdue({ due: '2026-03-11', status: 'planned' }, today)).toBe(false);
  });

  it('counts across month and year ends', () => {
    expect(daysOverdue({ due: '2025-12-31', status: 'inReview' }, '2026-01-02')).toBe(2);
    expect(daysOverdue({ due: '2028-02-28', status: 'planned' }, '2028-03-01')).toBe(2); // leap year
  });

  it('never counts an approved, published or archived deliverable as overdue', () => {
    for (const status of ['approved', 'published', 'archived'] as const) {
      expect(isOverdue({ due: '2025-01-01', status }, today)).toBe(false);
      expect(isSettled(status)).toBe(true);
    }
  });

  it('counts planned, drafting and in-review deliverables', () => {
    for (const status of ['planned', 'drafting', 'inReview'] as const) {
      expect(isOverdue({ due: '2026-03-01', status }, today)).toBe(true);
      expect(isSettled(status)).toBe(false);
    }
  });

  it('is overdue exactly when unsettled and the due date is strictly before today', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.constantFrom(...DeliverableStatus.options), (offset, status) => {
        const due = addDays(today, offset);
        const unsettled = status === 'planned' || status === 'drafting' || status === 'inReview';
        expect(isOverdue({ due, status }, today)).toBe(unsettled && offset < 0);
        expect(daysOverdue({ due, status }, today)).toBe(unsettled && offset < 0 ? -offset : 0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('overdueDeliverables', () => {
  const items = [
    { id: 'minutes-jan', due: '2026-03-08', status: 'drafting' as const },
    { id: 'attendance', due: '2026-03-10', status: 'planned' as const },
    { id: 'evaluation', due: '2026-02-01', status: 'inReview' as const },
    { id: 'final', due: '2026-01-01', status: 'approved' as const },
    { id: 'plan', due: '2026-03-20', status: 'planned' as const },
    { id: 'risk', due: '2026-03-08', status: 'planned' as const },
  ];

  it('lists the unsettled deliverables past their due date, most overdue first, with the days', () => {
    expect(overdueDeliverables(items, today).map((o) => [o.deliverable.id, o.daysOverdue])).toEqual([
      ['evaluation', 37],
      ['minutes-jan', 2],
      ['risk', 2],
    ]);
  });

  it('returns the original objects, so callers keep their own fields', () => {
    const [first] = overdueDeliverables(items, today);
    expect(first?.deliverable).toBe(items[2]);
  });

  it('returns nothing when nothing is overdue', () => {
    expect(overdueDeliverables(items, '2025-12-01')).toEqual([]);
    expect(overdueDeliverables([], today)).toEqual([]);
  });
});
