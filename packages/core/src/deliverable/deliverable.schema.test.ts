import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { deliverableKindLabels, DeliverableKind } from './deliverable-kind.js';
import { DeliverableEvent } from './deliverable.events.js';
import {
  Deliverable,
  DeliverableContext,
  DeliverableOwnerKind,
  deliverableOwnerKindLabels,
  DeliverableStatus,
  deliverableStatusLabels,
  DeliverableWithStatus,
} from './deliverable.schema.js';

const minutes = {
  id: 'fyrbodal-minnesanteckningar-2019-03',
  kind: 'minutes',
  title: 'Minnesanteckningar nätverksmöte mars 2019',
  description: 'Ska tydligt visa vad som informerats, diskuterats och beslutats.',
  mandateId: 'fyrbodal-ehalsa',
  groupId: 'fyrbodal-ehalsonatverket',
  ownerId: 'fyrbodal-processledare',
  ownerKind: 'role',
  due: '2019-03-28',
};

function issuesByPath(result: ReturnType<typeof parseWith>) {
  expect(result.ok).toBe(false);
  return result.ok ? {} : Object.fromEntries(result.issues.map((i) => [i.pathText, i.message]));
}

describe('Deliverable schema', () => {
  it('accepts a deliverable from the Fyrbodal mandate and defaults the owner to a person', () => {
    const parsed = parseWith(Deliverable, { ...minutes, ownerKind: undefined });
    expect(parsed.ok && parsed.value.ownerKind).toBe('person');
  });

  it('names the path of a bad kind, a bad due date and a bad link in Swedish and English', () => {
    const byPath = issuesByPath(
      parseWith(Deliverable, { ...minutes, kind: 'memo', due: '28 mars 2019', documentUrl: 'ftp://x.invalid/a' }),
    );
    expect(byPath['kind']?.sv).toContain('«kind» är inget av de kända slagen (minutes, attendanceList');
    expect(byPath['kind']?.sv).toContain('och inget eget begrepp på formen namnrymd:nyckel (fick "memo")');
    expect(byPath['kind']?.en).toContain("and no term of the region's own of the form namespace:key (got \"memo\")");
    expect(byPath['due']?.sv).toContain('ÅÅÅÅ-MM-DD');
    expect(byPath['due']?.en).toContain('YYYY-MM-DD');
    expect(byPath['documentUrl']).toBeDefined();
  });

  it('requires an owner', () => {
    const byPath = issuesByPath(parseWith(Deliverable, { ...minutes, ownerId: undefined }));
    expect(byPath['ownerId']).toEqual({ sv: '«ownerId» saknas men är obligatoriskt', en: '«ownerId» is missing but required' });
  });

  it('requires a status on a deliverable in a list', () => {
    expect(parseWith(DeliverableWithStatus, { ...minutes, status: 'drafting' }).ok).toBe(true);
    const byPath = issuesByPath(parseWith(DeliverableWithStatus, { ...minutes, status: 'overdue' }));
    expect(byPath['status']?.en).toContain('"overdue"');
  });
});

describe('DeliverableContext schema', () => {
  const base = { ...minutes, changeRequests: [], warnings: [] };

  it('rejects a published deliverable that was never approved, naming the path in both languages', () => {
    const byPath = issuesByPath(
      parseWith(DeliverableContext, { ...base, published: { by: 'p', at: '2019-04-01T10:00:00+02:00' } }),
    );
    expect(byPath['published']).toEqual({
      sv: '«published» en publicerad leverans måste vara godkänd',
      en: '«published» a published deliverable must have been approved',
    });
  });

  it('rejects a dropped deliverable without a reason', () => {
    const byPath = issuesByPath(
      parseWith(DeliverableContext, { ...base, archived: { by: 'p', at: '2019-04-01T10:00:00+02:00', dropped: true } }),
    );
    expect(byPath['archived.reason']?.sv).toContain('skäl');
    expect(byPath['archived.reason']?.en).toContain('reason');
  });

  it('rejects a change request without a comment', () => {
    const byPath = issuesByPath(
      parseWith(DeliverableContext, { ...base, changeRequests: [{ by: 'p', at: '2019-04-01T10:00:00+02:00', comment: ' ' }] }),
    );
    expect(byPath['changeRequests[0].comment']?.en).toBe('«changeRequests[0].comment» must not be empty');
  });
});

describe('DeliverableEvent schema', () => {
  it('accepts a full event and rejects one without who and when', () => {
    expect(parseWith(DeliverableEvent, { type: 'requestChanges', by: 'p', at: '2026-02-01T10:00:00+01:00', comment: 'Ändra' }).ok).toBe(true);
    const byPath = issuesByPath(parseWith(DeliverableEvent, { type: 'requestChanges', comment: 'Ändra' }));
    expect(Object.keys(byPath).sort()).toEqual(['at', 'by']);
  });

  it('rejects a time without a time zone', () => {
    const byPath = issuesByPath(parseWith(DeliverableEvent, { type: 'startDrafting', by: 'p', at: '2026-02-01 10:00' }));
    expect(byPath['at']?.sv).toContain('tidszon');
  });
});

describe('labels', () => {
  it('name every status, owner kind and kind in Swedish and English', () => {
    for (const [options, labels] of [
      [DeliverableStatus.options, deliverableStatusLabels],
      [DeliverableOwnerKind.options, deliverableOwnerKindLabels],
      [DeliverableKind.options, deliverableKindLabels],
    ] as const) {
      expect(Object.keys(labels).sort()).toEqual([...options].sort());
      for (const label of Object.values(labels)) {
        expect(label.sv.length).toBeGreaterThan(0);
        expect(label.en.length).toBeGreaterThan(0);
      }
    }
  });
});
