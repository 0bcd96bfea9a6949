// Smoke test (a): a consumer in plain Node ESM runs a meeting through its whole lifecycle with
// the packed @samverkan/core, installed from its tarball into a project outside the workspace.
// Copied into that project and run there by scripts/check-packages.mjs.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { createActor } from 'xstate';
import { meetingMachine, parseWith, Dataset, agendaDeadline } from '@samverkan/core';
import { samples } from '@samverkan/core/samples';
import { toJsonSchema } from '@samverkan/core/json-schema';
import meetingSchemaFile from '@samverkan/core/schemas/Meeting.schema.json' with { type: 'json' };

// The package resolved is the installed tarball, not the workspace.
const require = createRequire(import.meta.url);
const installedAt = require.resolve('@samverkan/core/package.json');
assert.ok(installedAt.startsWith(process.cwd()), `@samverkan/core resolved outside the smoke project: ${installedAt}`);

const network = parseWith(Dataset, samples.fyrbodal);
assert.ok(network.ok, network.ok ? '' : network.message.en);
const series = network.value.mandates[0].meetings[0];
const meeting = network.value.meetings[0];
const chair = network.value.people[0];

const day = 24 * 60 * 60 * 1000;
const at = (days) => new Date(Date.parse(meeting.startsAt) + days * day).toISOString();

const actor = createActor(meetingMachine, { input: { meeting, series } }).start();
const send = (event) => {
  const before = actor.getSnapshot().value;
  assert.ok(actor.getSnapshot().can(event), `${event.type} refused in state ${before}`);
  actor.send(event);
  return actor.getSnapshot().value;
};
const by = chair.id;
assert.equal(actor.getSnapshot().value, 'planned');
assert.equal(send({ type: 'openCall', by, at: at(-30) }), 'collectingItems');
send({
  type: 'proposeAgendaItem',
  by,
  at: at(-29),
  item: { id: 'smoke-1', title: 'Röktest', kind: 'decision', durationMinutes: 20 },
});
assert.equal(send({ type: 'publishAgenda', by, at: at(-20) }), 'agendaPublished');
assert.equal(actor.getSnapshot().context.agendaLate, false);
assert.equal(send({ type: 'sendInvitations', by, at: at(-19) }), 'invited');
assert.equal(send({ type: 'hold', by, at: at(0) }), 'held');
send({
  type: 'recordAttendance',
  by,
  at: at(0),
  records: [{ personId: chair.id, organisationId: chair.organisationId, status: 'present', mode: 'onSite' }],
});
assert.equal(
  send({
    type: 'draftMinutes',
    by,
    at: at(1),
    minutes: { items: [{ itemId: 'smoke-1', decided: 'Röktestet godkändes.' }], decisions: [{ id: 'd1', itemId: 'smoke-1', text: 'Godkänt.' }] },
  }),
  'minutesDrafted',
);
assert.equal(send({ type: 'approveMinutes', by, at: at(2) }), 'minutesApproved');
assert.equal(send({ type: 'publishMinutes', by, at: at(3) }), 'published');
assert.equal(actor.getSnapshot().status, 'done');

// A rule and the JSON Schema entry point and files work from the tarball too.
assert.match(agendaDeadline(meeting.startsAt, series.agendaLeadTimeDays), /^\d{4}-\d{2}-\d{2}$/);
assert.equal(toJsonSchema('Meeting').$schema, 'https://json-schema.org/draft/2020-12/schema');
assert.deepEqual(meetingSchemaFile, JSON.parse(JSON.stringify(toJsonSchema('Meeting'))));

console.log(`meeting ${meeting.id}: planned → … → ${actor.getSnapshot().value} (${actor.getSnapshot().status})`);
