// Smoke test (d): a CommonJS consumer loads the packed packages with require(). They are ES
// modules only; Node ≥ 20.19 can require() an ES module, and the `default` condition of each
// `exports` entry is what lets require() resolve it (with `import` alone it fails with
// ERR_PACKAGE_PATH_NOT_EXPORTED). Copied into the smoke project and run there by
// scripts/check-packages.mjs.
'use strict';
const assert = require('node:assert/strict');

// The package resolved is the installed tarball, not the workspace.
const installedAt = require.resolve('@samverkan/core/package.json');
assert.ok(installedAt.startsWith(process.cwd()), `@samverkan/core resolved outside the smoke project: ${installedAt}`);

const core = require('@samverkan/core');
const { createSamverkan, createMemoryStore, sessionIdentity } = require('@samverkan/core/runtime');
const { fyrbodal } = require('@samverkan/core/samples');
const { toJsonSchema } = require('@samverkan/core/json-schema');
const { meetingStatusLabels, meetingStatuses } = require('@samverkan/core/labels');
assert.equal(typeof core.parseWith, 'function');
assert.equal(typeof core.meetingMachine, 'object');
assert.equal(toJsonSchema('Meeting').type, 'object');
assert.deepEqual(meetingStatuses, core.MeetingStatus.options, 'the labels entry lists the states the schema accepts');
assert.equal(meetingStatusLabels.planned.sv, 'Planerat');
assert.ok(core.parseWith(core.Dataset, fyrbodal).ok, 'the Fyrbodal sample validates');

// Packages whose peers (React) the smoke project has installed load the same way.
const loaded = ['@samverkan/core', '@samverkan/core/labels', '@samverkan/core/runtime', '@samverkan/core/samples', '@samverkan/core/json-schema'];
let hasReact = true;
try {
  require.resolve('react');
} catch {
  hasReact = false;
}
if (hasReact) {
  for (const name of ['@samverkan/react', '@samverkan/ui']) {
    let present = true;
    try {
      require.resolve(`${name}/package.json`);
    } catch {
      present = false;
    }
    if (!present) continue;
    const pkg = require(name);
    assert.ok(Object.keys(pkg).length > 0, `${name} exports nothing through require()`);
    loaded.push(name);
  }
}

(async () => {
  // The process leader signs in (and administers the network's data); the clock is the test's.
  let now = '2019-01-01T08:00:00+01:00';
  const sv = await createSamverkan({ store: createMemoryStore(), identity: sessionIdentity(() => 'fyrbodal:person-001'), clock: () => now });
  const loadedData = await sv.load(fyrbodal);
  assert.ok(loadedData.ok, loadedData.ok ? '' : loadedData.message.en);
  now = '2019-01-02T09:00:00+01:00';
  const meetingId = 'fyrbodal:mote-2019-01-24';
  const opened = await sv.dispatch({ type: 'openCall', id: 'c1', meetingId });
  assert.ok(opened.ok, opened.ok ? '' : opened.message.en);
  assert.equal(sv.getState().meetings.get(meetingId).status, 'collectingItems');
  console.log(`require() loaded ${loaded.join(', ')}; a command ran through the runtime`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
