/**
 * Open data and the register of public records: what is published goes in, working material and
 * personal data do not, and the weeding report lists without ever deleting.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { fyrbodalRepresentatives } from '../samples/fyrbodal.people.js';
import { createSampleRuntime } from '../samples/load-sample.js';
import { openData, OpenData } from './open-data.js';
import { publicRecordsRegister, weedingReport } from './public-register.js';

const now = '2019-11-20T12:00:00+01:00';

describe('open data', () => {
  it('holds the published records, valid against its own JSON Schema', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const data = openData(runtime.getState(), { now });
    expect(OpenData.safeParse(data).success).toBe(true);
    const schema = z.toJSONSchema(OpenData, { unrepresentable: 'any' });
    const validate = new Ajv2020({ strict: true, logger: false }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(data))), JSON.stringify(validate.errors)).toBe(true);

    expect(data.body).toMatchObject({ id: 'fyrbodal', type: 'oparl:Body' });
    expect(data.organization.map((o) => o.id)).toContain('fyrbodal:e-halsonatverket');
    // Approved mandate versions and published minutes are papers, with their fingerprints.
    expect(data.paper.filter((p) => p.paperType === 'uppdragsbeskrivning').map((p) => p.version)).toEqual(['1.0']);
    const minutes = data.paper.filter((p) => p.paperType === 'minnesanteckningar');
    expect(minutes).toHaveLength(3);
    for (const p of minutes) expect(p.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // Meetings whose agenda is out, with agenda items; decisions only from published minutes.
    const published = data.meeting.filter((m) => m.meetingState === 'minutesPublished');
    expect(published).toHaveLength(3);
    expect(published.some((m) => m.agendaItem.some((i) => i.decisions.length > 0))).toBe(true);
    expect(data.meeting.some((m) => m.meetingState === 'cancelled')).toBe(true);
    // Planned meetings (working material) are not there, nor is who attended.
    expect(data.meeting.every((m) => m.meetingState !== ('planned' as never))).toBe(true);
    expect(data.meeting.every((m) => !('attendance' in m))).toBe(true);
    const text = JSON.stringify(data);
    expect(text).not.toContain(fyrbodalRepresentatives[5]!.contact!.email!);
    expect(text).not.toContain(fyrbodalRepresentatives[5]!.name);
  });
});

describe('the register of public records', () => {
  it('lists every public record with its day, type, classification and retention', async () => {
    const { runtime } = await createSampleRuntime('dalarna');
    const register = publicRecordsRegister(runtime.getState());
    const types = new Set(register.map((e) => e.type));
    expect(types).toEqual(new Set(['mandateVersion', 'agenda', 'minutes', 'agreementDecision', 'deliverable']));
    expect(register.map((e) => e.registered)).toEqual([...register.map((e) => e.registered)].sort());
    const version = register.find((e) => e.type === 'mandateVersion')!;
    expect(version).toMatchObject({ typeLabel: { sv: 'Fastställd uppdragsbeskrivning' }, retention: { rule: 'preserve' }, classification: { confidentiality: 0 } });
    expect(version.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const decisions = register.filter((e) => e.type === 'agreementDecision');
    expect(decisions.length).toBe([...runtime.getState().agreements.values()].reduce((n, a) => n + a.context.decisions.length + a.context.history.flatMap((r) => r.decisions).length, 0));
  });

  it('reports what may be weeded by a day, by the network’s own plan where it has one, and deletes nothing', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const state = runtime.getState();
    const before = publicRecordsRegister(state);
    // The defaults: a notice may be weeded two years after it went out; minutes are kept.
    const report = weedingReport(state, '2021-06-01T12:00:00+02:00');
    expect(report.due.length).toBeGreaterThan(0);
    expect(report.due.every((e) => e.type === 'agenda' && e.mayBeWeededFrom! <= '2021-06-01')).toBe(true);
    expect(report.notice.sv).toContain('gallras bara efter ett dokumenterat gallringsbeslut');
    expect(weedingReport(state, '2019-11-20T12:00:00+01:00').due).toEqual([]);
    // A plan that keeps notices for good: nothing is due.
    const keep = { ...state, dataset: { ...state.dataset, informationManagement: { documentTypes: [{ type: 'agenda' as const, classification: { confidentiality: 0, integrity: 1, availability: 1 }, retention: { rule: 'preserve' as const } }] } } };
    expect(weedingReport(keep, '2030-01-01T12:00:00+01:00').due).toEqual([]);
    expect(publicRecordsRegister(state)).toEqual(before);
  });
});
