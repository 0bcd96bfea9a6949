/**
 * What each printed document contains, from a sample network's real history: the notice's items
 * numbered and timed, the minutes' approval and fingerprint only once published, the attendance
 * list sorted and counted, the mandate with its approved version, the ESF report.
 */
import { describe, expect, it } from 'vitest';
import { createSampleRuntime } from '../samples/load-sample.js';
import { attendanceListDocument, esfReportPrintDocument, mandatePrintDocument, minutesDocument, noticeDocument } from './print-documents.js';

const march = 'fyrbodal:mote-2019-03-21';

describe('printed documents', () => {
  it('a notice numbers and times the items in agenda order, and says when it went out late', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const notice = noticeDocument(runtime.getState(), march)!;
    expect(notice).toMatchObject({ network: 'E-hälsonätverket i Fyrbodal', groupName: 'E-hälsonätverket', agendaPublished: true, agendaLate: true });
    expect(notice.items.map((i) => i.number)).toEqual(notice.items.map((_, i) => i + 1));
    // Each item starts when the one before it ends.
    for (const [i, item] of notice.items.entries()) {
      if (i === 0) expect(Date.parse(item.startsAt)).toBe(Date.parse(notice.startsAt));
      else expect(Date.parse(item.startsAt)).toBe(Date.parse(notice.items[i - 1]!.startsAt) + notice.items[i - 1]!.durationMinutes * 60_000);
    }
    expect(notice.totalMinutes).toBe(notice.items.reduce((n, i) => n + i.durationMinutes, 0));
    expect(notice.items[0]).toMatchObject({ presenter: 'Helena Vik', presenterIsProposer: true });
    expect(noticeDocument(runtime.getState(), 'fyrbodal:nowhere')).toBeUndefined();
  });

  it('minutes carry the approval, and the fingerprint only once published', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const state = runtime.getState();
    const published = minutesDocument(state, march)!;
    expect(published).toMatchObject({ state: 'published', approvedBy: 'Helena Vik', approvedAt: '2019-03-28T09:00:00+01:00' });
    expect(published.fingerprint).toBe(state.meetings.get(march)!.context.minutesFingerprint);
    expect(published.present.length).toBe(state.meetings.get(march)!.context.attendance.filter((r) => r.status === 'present').length);
    expect(published.items[1]!.decisions).toEqual(['Nätverket föreslår e-rådet en gemensam upphandling av digitala trygghetslarm 2020.']);
    expect(published.actions[0]).toEqual({ text: 'Skriva underlaget om trygghetslarm till e-rådet', owner: 'Anders Holmqvist', due: '2019-04-30' });
    const draft = minutesDocument(state, 'fyrbodal:mote-2019-10-17')!;
    expect(draft.state).toBe('draft');
    expect(draft.fingerprint).toBeUndefined();
    expect(draft.approvedBy).toBeUndefined();
    // No minutes drafted yet: nothing to print.
    expect(minutesDocument(state, 'fyrbodal:mote-2019-12-05')).toBeUndefined();
  });

  it('the attendance list is sorted by organisation and name and counted per status', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const list = attendanceListDocument(runtime.getState(), march)!;
    const keys = list.lines.map((l) => `${l.organisation}|${l.name}`);
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(Object.values(list.counts).reduce((a, b) => a + b, 0)).toBe(list.lines.length);
    expect(list.counts.present).toBe(list.lines.filter((l) => l.status === 'present').length);
    expect(list.organisationsPresent).toBe(new Set(list.lines.filter((l) => l.status === 'present').map((l) => l.organisation)).size);
  });

  it('the mandate in force with its history and its latest approved version', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const doc = mandatePrintDocument(runtime.getState(), 'fyrbodal:uppdrag-e-halsonatverket')!;
    expect(doc.latestApproved).toMatchObject({ version: '1.0' });
    expect(doc.latestApproved!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.history!.rows.map((r) => r.version)).toContain(doc.mandate.version);
    expect(mandatePrintDocument(runtime.getState(), 'fyrbodal:nowhere')).toBeUndefined();
  });

  it('the ESF report for a period', async () => {
    const { runtime } = await createSampleRuntime('ehalsalyftet');
    const doc = esfReportPrintDocument(runtime.getState(), { period: { start: '2016-01-01', end: '2016-12-31' } });
    expect(doc.period).toEqual({ start: '2016-01-01', end: '2016-12-31' });
    expect(doc.report.lines.length).toBe(33);
    expect(doc.report.lines.every((l) => l.report.date >= '2016-01-01' && l.report.date <= '2016-12-31')).toBe(true);
  });
});
