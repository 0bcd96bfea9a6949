import { describe, expect, it } from 'vitest';
import { dalarnaPartyContacts } from '../samples/dalarna.people.js';
import { createSampleRuntime } from '../samples/load-sample.js';
import { createMemoryStore } from './store/memory-store.js';
import { command } from './command-input.js';

const agreementId = 'dalarna:overenskommelse-hsih';
const falunRepresentative = dalarnaPartyContacts.find((p) => p.organisationId === 'dalarna:falun')!;
const leksandRepresentative = dalarnaPartyContacts.find((p) => p.organisationId === 'dalarna:leksand')!;
const leksandDecision = (by: string, extra: { as?: string } = {}) => command({
  type: 'recordPartyDecision',
  id: `decision-${by}`,
  by,
  at: '2026-11-20T10:00:00+01:00',
  agreementId,
  organisationId: 'dalarna:leksand',
  decision: 'adopted',
  decidedAt: '2026-11-18',
  decidingBody: 'Kommunfullmäktige',
  ...extra,
});

describe('a refusal names both scopes when the authority is held for another one', () => {
  it("says that Falun's party representative holds the role for Falun, not for Leksand (Dalarna, 16 parties)", async () => {
    const store = createMemoryStore();
    const { runtime } = await createSampleRuntime('dalarna', store);
    expect(runtime.getState().agreements.get(agreementId)?.context.parties).toHaveLength(16);
    expect(falunRepresentative.name).toBe('Hugo Vallin');
    const before = await store.readAll();

    const refused = await runtime.dispatch(leksandDecision(falunRepresentative.id));

    expect(refused).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'recordPartyDecision', holders: ['Partsrepresentant'] } });
    expect(!refused.ok && refused.message).toEqual({
      sv: 'Hugo Vallin saknar befogenheten «Registrera parts beslut» för Leksand. Hugo Vallin har rollen «Partsrepresentant» för Falun, inte för Leksand.',
      en: "Hugo Vallin does not hold the authority «Record a party's decision» for Leksand. Hugo Vallin holds the role «Party representative» for Falun, not for Leksand.",
    });
    expect(runtime.can(leksandDecision(falunRepresentative.id))).toEqual(refused);
    expect(await store.readAll()).toEqual(before);
    // Leksand's own representative may record it: the refusal was about the party, not the role.
    expect(runtime.can(leksandDecision(leksandRepresentative.id))).toEqual({ ok: true, roleId: 'dalarna:partsrepresentant', roleName: 'Partsrepresentant' });
  });

  it('says so too when the person names the role they act in', async () => {
    const { runtime } = await createSampleRuntime('dalarna');
    const refused = runtime.can(leksandDecision(falunRepresentative.id, { as: 'dalarna:partsrepresentant' }));
    expect(!refused.ok && refused.message).toEqual({
      sv: 'Hugo Vallin i rollen «Partsrepresentant» saknar befogenheten «Registrera parts beslut» för Leksand. Hugo Vallin har rollen «Partsrepresentant» för Falun, inte för Leksand.',
      en: "Hugo Vallin in the role «Party representative» does not hold the authority «Record a party's decision» for Leksand. Hugo Vallin holds the role «Party representative» for Falun, not for Leksand.",
    });
  });

  it("names the person's own group and the meeting's group when the role is held in another group (Örebro)", async () => {
    const { runtime } = await createSampleRuntime('orebro');
    const state = runtime.getState();
    const person = state.dataset.people.find((p) => p.name === 'Axel Wester')!;
    const west = state.dataset.groups.find((g) => g.name === 'Länsdelsgrupp Västra länsdelen')!;
    const meeting = [...state.meetings.values()].find((m) => m.context.groupId === west.id)!;

    const refused = runtime.can({
      type: 'proposeAgendaItem',
      id: 'propose-elsewhere',
      by: person.id,
      at: '2026-10-21T10:00:00+02:00',
      meetingId: meeting.id,
      item: { id: 'q', title: 'Frågan', kind: 'information', durationMinutes: 5 },
    });

    expect(refused).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
    expect(!refused.ok && refused.message).toEqual({
      sv: 'Axel Wester saknar befogenheten «Föreslå punkter till agendan» i Länsdelsgrupp Västra länsdelen. Axel Wester har rollen «Ordförande i länsdelsgrupp» i Länsdelsgrupp Norra länsdelen, inte i Länsdelsgrupp Västra länsdelen. Den har: Ordförande i länsdelsgrupp, Ledamot i arbetsutskott, Metodhandledare ViSam.',
      en: 'Axel Wester does not hold the authority «Propose agenda items» in Länsdelsgrupp Västra länsdelen. Axel Wester holds the role «Chair of the sub-county group» in Länsdelsgrupp Norra länsdelen, not in Länsdelsgrupp Västra länsdelen. It is held by: Chair of the sub-county group, Working committee member, ViSam method supervisor.',
    });
  });

  it('keeps the plain reason when the person holds the authority nowhere', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const refused = runtime.can({ type: 'publishAgenda', id: 'c', by: 'fyrbodal:person-003', at: '2019-11-20T09:00:00+01:00', meetingId: 'fyrbodal:mote-2019-12-05' });
    expect(!refused.ok && refused.message).toEqual({
      sv: 'Karin Ekdahl saknar befogenheten «Kalla till möte» här. Den har: Processledare.',
      en: 'Karin Ekdahl does not hold the authority «Convene meetings» here. It is held by: Process leader.',
    });
  });
});
