/**
 * The demo's clock: a Swedish date and time turned into an ISO instant with Stockholm's offset
 * (+01:00 in winter, +02:00 in summer), the form core's commands carry.
 */
const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' });
const partsFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function offsetAt(ms: number): string {
  const name = offsetFormat.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

/** `2019-11-25`, `09:00` → `2019-11-25T09:00:00+01:00`; undefined when not a real date and time. */
export function stockholmInstant(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const naive = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(naive)) return undefined;
  const offset = offsetAt(naive - 2 * 3_600_000);
  const instant = `${date}T${time}:00${offset}`;
  return Number.isNaN(Date.parse(instant)) ? undefined : instant;
}

/** An instant's Stockholm date and time, for the form's fields. */
export function stockholmParts(instant: string): { date: string; time: string } {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
