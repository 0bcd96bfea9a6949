/**
 * The few parts of iCalendar (RFC 5545) a meeting invitation needs, written out by hand:
 * escaped text, lines folded at 75 octets, UTC and Swedish local times, and the
 * Europe/Stockholm time zone. Why not a library: ical-generator 10 writes DTSTAMP without its
 * UTC "Z" and formats plain dates in the zone of the machine it runs on once a calendar has a
 * time zone; `ics` writes no VTIMEZONE. These hundred lines keep core free of date libraries,
 * and every file is parsed by an independent parser (ical.js) in the tests.
 */

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** A quoted parameter value (CN="…"): double quotes are not allowed inside, so they go. */
export function quoteParameter(value: string): string {
  return `"${value.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines start with a space, so 74 more.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + length > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The lines of a calendar object, folded and joined with CRLF, ending with one. */
export function calendarText(lines: readonly string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant in UTC, `20191205T080000Z` (DTSTAMP, and times that need no zone). */
export function utcDateTime(at: string | Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

const stockholmParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Swedish wall-clock time, `20191205T090000`, for DTSTART;TZID=Europe/Stockholm. */
export function stockholmDateTime(at: string | Date): string {
  const parts = Object.fromEntries(stockholmParts.formatToParts(typeof at === 'string' ? new Date(at) : at).map((p) => [p.type, p.value]));
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

/** The zone every Swedish meeting is in. */
export const STOCKHOLM = 'Europe/Stockholm';

/**
 * Europe/Stockholm as a VTIMEZONE: Central European Time, summer time from the last Sunday of
 * March at 02:00 to the last Sunday of October at 03:00 (the EU rule since 1996), so a meeting
 * on either side of a change gets the right offset in every calendar.
 */
export const stockholmTimeZone: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${STOCKHOLM}`,
  'X-LIC-LOCATION:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
