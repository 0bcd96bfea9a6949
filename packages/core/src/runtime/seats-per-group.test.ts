/**
 * One mandate for several groups (issue 15, item 5): a staffing seat names the group it belongs
 * to, so a member of the working group is not a member of the steering group because both are
 * governed by the same mandate. A seat that names no group seats its holder in every group the
 * mandate governs, as before.
 */
import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { Mandate } from '../mandate/mandate.schema.js';
import { cmd, startTestNetwork, T, testMandate, testNetwork } from '../testing/test-network.js';
import { groupsOfPerson } from './membership.js';

const workingGroup = 't:arbetsgrupp';

/** The test network with one mandate, loaded with it, for the steering group and a working group. */
function network() {
  const dataset = testNetwork();
  dataset.groups!.push({ id: workingGroup, kind: 'workingGroup', name: 'Arbetsgruppen', hostOrganisationId: T.region, mandateId: 't:uppdrag' });
  dataset.mandates = [
    testMandate('t:uppdrag', {
      organisation: { description: 'Två grupper.', groupIds: [T.steeringGroup, workingGroup] },
      staffingPlan: {
        entries: [
          { roleId: T.roles.processLeader, personIds: [T.processLeader] },
          { roleId: T.roles.representative, organisationId: T.a, groupId: workingGroup, personIds: [T.otherA] },
        ],
      },
    }),
  ];
  return dataset;
}

describe('a seat that names its group', () => {
  it('makes its holder a member of that group only', async () => {
    const { sv } = await startTestNetwork(network());
    const state = sv.getState();
    expect(groupsOfPerson(state, T.otherA)).toEqual([workingGroup]);
    expect(groupsOfPerson(state, T.processLeader).sort()).toEqual([workingGroup, T.steeringGroup].sort());
  });

  it("gives no role in the other group: Ada proposes items to the working group's meetings, not the steering group's", async () => {
    const { sv } = await startTestNetwork(network());
    const at = '2030-02-01T10:00:00+01:00';
    for (const [id, groupId] of [['t:m-sg', T.steeringGroup], ['t:m-ag', workingGroup]] as const) {
      await sv.dispatch(cmd({ type: 'planMeeting', by: T.processLeader, at, meetingId: id, meeting: { id, groupId, title: 'Möte', startsAt: '2030-03-01T10:00:00+01:00', durationMinutes: 60 } }));
      await sv.dispatch(cmd({ type: 'openCall', by: T.processLeader, at, meetingId: id }));
    }
    const propose = (meetingId: string) => cmd({ type: 'proposeAgendaItem', by: T.otherA, at, meetingId, item: { id: 'x', title: 'Punkt', kind: 'information', durationMinutes: 5 } });
    expect((await sv.dispatch(propose('t:m-ag'))).ok).toBe(true);
    expect(await sv.dispatch(propose('t:m-sg'))).toMatchObject({ ok: false, code: 'NOT_AUTHORISED' });
  });

  it('must name one of the groups the mandate governs: located at the seat', () => {
    const mandate = testMandate('t:uppdrag', { staffingPlan: { entries: [{ roleId: T.roles.processLeader, groupId: 't:annan', personIds: [] }] } });
    const parsed = parseWith(Mandate, mandate);
    expect(!parsed.ok && parsed.issues.map((i) => i.pathText)).toEqual(['staffingPlan.entries[0].groupId']);
  });
});
