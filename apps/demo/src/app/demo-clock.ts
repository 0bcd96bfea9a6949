/**
 * Moving the demo's clock: to a chosen instant (the clock menu, the Demodata page, a hint on a
 * meeting's page), or back to the sample's own today. The clock runs on from there (clock.ts).
 */
import { startClock } from './clock.js';
import { updatePreferences } from './preferences.js';

export function setDemoClock(sampleId: string, at: string): void {
  updatePreferences((p) => ({ ...p, clocks: { ...p.clocks, [sampleId]: startClock(at) } }));
}
