/**
 * The communication plan tracked, not only shown (issue 15, item 11; seed 001): each activity
 * moves planned → done or cancelled by command, with who and when; the plan is revised with a
 * version history (after a theme); its follow-up records whether the know/feel/do goals were met.
 */
import { describe, expect, it } from 'vitest';
import { activityStatuses } from '../communication/communication-plan.machine.js';
import { communicator, projectManager } from '../samples/ehalsalyftet.people.js';
import { createSampleRuntime } from '../samples/load-sample.js';
import { createSamverkan } from './create-samverkan.js';
import { trustedRecords } from './identity.js';
import { createMemoryStore } from './store/memory-store.js';
import type { TestStep } from '../testing/test-network.js';

const planId = 'ehalsalyftet:kommunikationsplan-2016';
const at = (day: string) => `2016-${day}T10:00:00+02:00`;
let n = 0;
const cmd = (c: TestStep<'communicationPlanId'>) => ({ id: `k-${++n}`, communicationPlanId: planId, ...c });

describe('a communication plan', () => {
  it('tracks each activity from planned to done or cancelled, with who and when', async () => {
    const { runtime } = await createSampleRuntime('ehalsalyftet');
    expect(runtime.getState().communicationPlans.get(planId)?.status).toBe('inForce');
    expect((await runtime.dispatch(cmd({ type: 'completeCommunicationActivity', by: communicator.id, at: at('05-24'), activityId: 'a4', note: 'Kick-off med 120 deltagare' }))).ok).toBe(true);
    expect((await runtime.dispatch(cmd({ type: 'cancelCommunicationActivity', by: projectManager.id, at: at('05-25'), activityId: 'a2', reason: 'Filmen ersätts av en föreläsning' }))).ok).toBe(true);
    const statuses = activityStatuses(runtime.getState().communicationPlans.get(planId)!.context);
    expect(statuses.find((a) => a.activityId === 'a4')).toMatchObject({ status: 'done', by: communicator.id, at: at('05-24'), note: 'Kick-off med 120 deltagare' });
    expect(statuses.find((a) => a.activityId === 'a2')).toMatchObject({ status: 'cancelled', by: projectManager.id, note: 'Filmen ersätts av en föreläsning' });
    expect(statuses.find((a) => a.activityId === 'a1')?.status).toBe('planned');
    // Done is done: it cannot be done or cancelled again.
    expect(await runtime.dispatch(cmd({ type: 'cancelCommunicationActivity', by: communicator.id, at: at('05-26'), activityId: 'a4', reason: 'Fel' }))).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });

  it('is revised after a theme with a new version and its reason; what was done stays done', async () => {
    const { runtime } = await createSampleRuntime('ehalsalyftet');
    await runtime.dispatch(cmd({ type: 'completeCommunicationActivity', by: communicator.id, at: at('05-24'), activityId: 'a4' }));
    const plan = runtime.getState().communicationPlans.get(planId)!.context.plan;
    const activities = [...plan.activities, { id: 'a8', activity: 'Temafilm: digitala trygghetslarm', when: { kind: 'text' as const, text: 'Tema 2' }, responsible: ['Kommunikatör'] }];
    const revised = await runtime.dispatch(cmd({ type: 'reviseCommunicationPlan', by: communicator.id, at: at('09-15'), version: '1.1', reason: 'Uppdaterad efter tema 1', themeId: 'ehalsalyftet:tema-1', activities }));
    expect(revised.ok, JSON.stringify(revised)).toBe(true);
    const context = runtime.getState().communicationPlans.get(planId)!.context;
    expect(context.plan.versions.map((v) => [v.version, v.reason])).toEqual([['1.0', 'Första versionen'], ['1.1', 'Uppdaterad efter tema 1']]);
    expect(context.revisedAfterTheme).toEqual({ '1.1': 'ehalsalyftet:tema-1' });
    expect(activityStatuses(context).find((a) => a.activityId === 'a4')?.status).toBe('done');
    // Not an older version, and not dropping an activity that was done.
    expect(await runtime.dispatch(cmd({ type: 'reviseCommunicationPlan', by: communicator.id, at: at('09-16'), version: '1.0', reason: 'Bakåt', activities }))).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(await runtime.dispatch(cmd({ type: 'reviseCommunicationPlan', by: communicator.id, at: at('09-16'), version: '1.2', reason: 'Utan a4', activities: activities.filter((a) => a.id !== 'a4') }))).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });

  it("records whether the know/feel/do goals were met; only those who run the communication do these", async () => {
    const { runtime, } = await createSampleRuntime('ehalsalyftet');
    const followed = await runtime.dispatch(cmd({ type: 'followUpCommunicationPlan', by: projectManager.id, at: at('12-10'), know: 'met', feel: 'partlyMet', do: 'notMet', comment: 'Få enheter använder materialet', themeId: 'ehalsalyftet:tema-1' }));
    expect(followed.ok, JSON.stringify(followed)).toBe(true);
    expect(runtime.getState().communicationPlans.get(planId)!.context.followUps).toEqual([
      { know: 'met', feel: 'partlyMet', do: 'notMet', comment: 'Få enheter använder materialet', themeId: 'ehalsalyftet:tema-1', by: projectManager.id, at: at('12-10') },
    ]);
    const someone = runtime.getState().dataset.people.find((p) => p.id !== projectManager.id && p.id !== communicator.id && p.professionalCategory === 'nurse')!;
    expect(await runtime.dispatch(cmd({ type: 'completeCommunicationActivity', by: someone.id, at: at('12-11'), activityId: 'a1' }))).toMatchObject({ ok: false, code: 'NOT_AUTHORISED', details: { authority: 'communicate' } });
  });

  it('replays to the same state', async () => {
    const store = createMemoryStore();
    const { runtime } = await createSampleRuntime('ehalsalyftet', store);
    await runtime.dispatch(cmd({ type: 'completeCommunicationActivity', by: communicator.id, at: at('05-24'), activityId: 'a4' }));
    const replayed = await createSamverkan({ store, identity: trustedRecords() });
    expect(replayed.getState().communicationPlans.get(planId)).toEqual(runtime.getState().communicationPlans.get(planId));
    expect(replayed.getState().damaged).toEqual([]);
  });
});
