/**
 * The demo's clock. The visitor chooses a date and time (or keeps the sample's own today), and
 * from then on the clock runs like any clock: a command sent five minutes later is recorded five
 * minutes later, so the audit trail shows real times. What is kept is the chosen instant and the
 * real moment it was chosen; "now" is the one plus the time since the other. The runtime takes
 * this clock as its own (sample-runtime.ts), as a host's server clock would be.
 */
import { stockholmInstant, stockholmParts } from '@samverkan/ui';

export { stockholmInstant, stockholmParts };

/** A chosen instant and when (real time, ms since 1970) it was chosen. */
export interface ClockSetting {
  at: string;
  since: number;
}

/** A setting that starts at `at` now. */
export function startClock(at: string, realNow: number = Date.now()): ClockSetting {
  return { at, since: realNow };
}

/** The demo's now for a setting: the chosen instant plus the real time since, in Stockholm time with its offset. */
export function runningNow(setting: ClockSetting, realNow: number = Date.now()): string {
  const ms = Date.parse(setting.at) + Math.max(0, realNow - setting.since);
  if (Number.isNaN(ms)) return setting.at;
  const iso = new Date(ms).toISOString();
  const { date, time, seconds } = stockholmParts(iso);
  return stockholmInstant(date, `${time}:${seconds}`) ?? iso;
}

/** A stored setting, or one from before the clock ran (a bare instant): it runs from now on. */
export function parseSetting(value: unknown): ClockSetting | undefined {
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return startClock(value);
  if (typeof value === 'object' && value !== null) {
    const { at, since } = value as Partial<ClockSetting>;
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof since === 'number' && Number.isFinite(since)) return { at, since };
  }
  return undefined;
}
