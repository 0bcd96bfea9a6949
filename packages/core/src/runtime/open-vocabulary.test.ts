/**
 * Open vocabularies and more languages (issue 15, items 7 and 10): group, role and deliverable
 * kinds keep the seeds' values and accept a region's own, declared with Swedish and English (and
 * further) names; texts and wording accept further languages (Finnish, Sami); a region overrides
 * core's wording without forking; reasons give dates as people read them, not ISO timestamps.
 */
import { describe, expect, it } from 'vitest';
import { Dataset } from '../dataset/dataset.schema.js';
import { groupKindLabel } from '../group/group.schema.js';
import { deliverableKindLabel } from '../deliverable/deliverable-kind.js';
import { roleKindLabel } from '../role/role.schema.js';
import { textFor } from '../shared/localized.js';
import { readableDate, readableDateIn, readableInstantIn } from '../shared/readable-time.js';
import { parseWith } from '../shared/validation.js';
import { cmd, startTestNetwork, T, testNetwork } from '../testing/test-network.js';
import { createSamverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { createMemoryStore } from './store/memory-store.js';
import { createWording } from './wording.js';

/** The test network with a vocabulary of its own, its steering group a «programområde», names in Finnish too. */
function withVocabulary() {
  const dataset = testNetwork();
  dataset.name = { sv: 'Testlänets samverkan', en: 'The test county collaboration', fi: 'Testiläänin yhteistyö' };
  dataset.vocabulary = {
    groupKinds: [{ id: 'tl:programomrade', label: { sv: 'Programområde', en: 'Programme area', fi: 'Ohjelma-alue' } }],
    roleKinds: [{ id: 'tl:beredare', label: { sv: 'Beredare', en: 'Preparer' } }],
    deliverableKinds: [{ id: 'tl:verksamhetsberattelse', label: { sv: 'Verksamhetsberättelse', en: 'Annual account of activities' } }],
  };
  dataset.groups![0]!.kind = 'tl:programomrade';
  return dataset;
}

describe("a region's own kinds", () => {
  it('are accepted where declared, and named by the vocabulary in every language it has', () => {
    const parsed = parseWith(Dataset, withVocabulary());
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues)).toBe(true);
    const vocabulary = parsed.ok ? parsed.value.vocabulary : undefined;
    expect(groupKindLabel('tl:programomrade', vocabulary)).toEqual({ sv: 'Programområde', en: 'Programme area', fi: 'Ohjelma-alue' });
    expect(textFor(groupKindLabel('tl:programomrade', vocabulary), 'fi')).toBe('Ohjelma-alue');
    expect(textFor(roleKindLabel('tl:beredare', vocabulary), 'fi')).toBe('Beredare');
    expect(deliverableKindLabel('tl:verksamhetsberattelse', vocabulary).en).toBe('Annual account of activities');
    // The seeds' kinds keep their names.
    expect(groupKindLabel('steeringGroup', vocabulary)).toEqual({ sv: 'Styrgrupp', en: 'Steering group' });
  });

  it('are refused where not declared, located at the kind', () => {
    const dataset = withVocabulary();
    dataset.vocabulary = { groupKinds: [] };
    const parsed = parseWith(Dataset, dataset);
    expect(!parsed.ok && parsed.issues.map((i) => [i.pathText, i.message.sv])).toEqual([
      ['groups[0].kind', '«groups[0].kind» är ett eget begrepp som inte finns i «vocabulary.groupKinds»'],
    ]);
  });

  it('are refused in a command where the network does not declare them', async () => {
    const { sv } = await startTestNetwork(withVocabulary());
    const group = { id: 't:ag', kind: 'tl:okand', name: 'Arbetsgrupp', hostOrganisationId: T.region, parentGroupId: T.steeringGroup };
    const refused = await sv.dispatch(cmd({ type: 'setUpGroup', by: T.chair, at: '2030-02-01T10:00:00+01:00', groupId: 't:ag', group }));
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!refused.ok && refused.details.issues?.map((i) => i.pathText)).toEqual(['group.kind']);
    const ok = await sv.dispatch(cmd({ type: 'setUpGroup', by: T.chair, at: '2030-02-01T10:00:00+01:00', groupId: 't:ag', group: { ...group, kind: 'tl:programomrade' } }));
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
  });

  it('take the minority languages, and refuse a key that is none', () => {
    const dataset = withVocabulary();
    dataset.name = { sv: 'Namn', en: 'Name', se: 'Namma', Finnish: 'Nimi' } as never;
    const parsed = parseWith(Dataset, dataset);
    expect(!parsed.ok && parsed.issues.map((i) => i.pathText)).toEqual(['name.Finnish']);
  });
});

describe("a region's own wording", () => {
  it("words the runtime's refusals, in Finnish too, and keeps core's words where not overridden", async () => {
    const wording = createWording({ authority: { convene: { sv: 'Kalla till sammanträde', fi: 'Kutsua koolle' } } });
    const store = createMemoryStore();
    const sv = await createSamverkan({ store, identity: trustedRecords(), clock: () => '2032-01-01T00:00:00Z', wording });
    await sv.load(testNetwork(), { by: T.processLeader, at: '2030-01-01T08:00:00+01:00' });
    const refused = await sv.dispatch(
      cmd({ type: 'planMeeting', by: T.repA, at: '2030-02-01T10:00:00+01:00', meetingId: 't:m', meeting: { id: 't:m', groupId: T.steeringGroup, title: 'Möte', startsAt: '2030-03-01T10:00:00+01:00', durationMinutes: 60 } }),
    );
    expect(!refused.ok && refused.message.sv).toBe('Anna Aby saknar befogenheten «Kalla till sammanträde» här. Den har: Processledare.');
    expect(!refused.ok && refused.message.en).toContain('«Convene meetings»');
    expect(sv.wording.in(sv.wording.authority('convene'), 'fi')).toBe('Kutsua koolle');
    expect(sv.wording.authority('keepMinutes').sv).toBe('Föra minnesanteckningar');
  });
});

describe('dates in reasons', () => {
  it('are written as people read them, in their language, never as ISO timestamps', async () => {
    const { sv } = await startTestNetwork();
    const meeting = { id: 't:m', groupId: T.steeringGroup, title: 'Möte', startsAt: '2030-03-04T13:00:00+01:00', durationMinutes: 60 };
    await sv.dispatch(cmd({ type: 'planMeeting', by: T.processLeader, at: '2030-02-01T10:00:00+01:00', meetingId: 't:m', meeting }));
    await sv.dispatch(cmd({ type: 'openCall', by: T.processLeader, at: '2030-02-01T11:00:00+01:00', meetingId: 't:m' }));
    await sv.dispatch(cmd({ type: 'proposeAgendaItem', by: T.repA, at: '2030-02-01T12:00:00+01:00', meetingId: 't:m', item: { id: 'p', title: 'Punkt', kind: 'information', durationMinutes: 5 } }));
    const late = await sv.dispatch(cmd({ type: 'publishAgenda', by: T.processLeader, at: '2030-03-01T10:00:00+01:00', meetingId: 't:m' }));
    expect(late).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED_NOW',
      message: {
        sv: 'Sista dag för agendan var 22 februari 2030. Skriv varför den publiceras sent; skälet sparas med agendan.',
        en: 'The agenda was due by 22 February 2030. Publishing after that needs a reason, which is kept with the agenda.',
      },
    });
    expect(readableDate('2030-02-22')).toEqual({ sv: '22 februari 2030', en: '22 February 2030' });
    expect(readableDateIn('2030-02-22', 'fi')).toMatch(/22\.\s?helmikuuta\s2030/);
    expect(readableInstantIn('2030-03-04T13:00:00+01:00', 'sv')).toBe('4 mars 2030 kl. 13:00');
  });
});
