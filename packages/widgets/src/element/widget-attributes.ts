/**
 * A widget's attributes, read and checked: a host that gets one wrong sees which one and why,
 * in the widget's language, instead of an empty box. Nothing here talks to the server.
 */
import type { WidgetLocale } from '../public/widget-types.js';
import type { WidgetProblem } from './widget-problem.js';

export type WidgetKind = 'meeting' | 'upcoming-meetings' | 'agenda' | 'minutes';

export interface WidgetConfig {
  kind: WidgetKind;
  /** The server's address without a trailing slash (the page's own origin when not given). */
  server: string;
  network: string;
  /** `meeting`: the meeting's id (`<network>:<meeting>` or as the network names it). */
  meetingId: string | undefined;
  /** `group`: only this group's meetings (upcoming-meetings). */
  groupId: string | undefined;
  /** `limit`: at most this many meetings (upcoming-meetings), 5 by default. */
  limit: number;
  locale: WidgetLocale;
  /** `heading-level`: the level of the widget's own heading, 2 by default. */
  headingLevel: 2 | 3 | 4;
}

/** The attributes each widget reads (and reacts to when they change). */
export const widgetAttributes = ['server', 'network', 'meeting', 'group', 'limit', 'lang', 'heading-level'] as const;

const NETWORK_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const ID = /^[\p{L}\p{N}._:-]{1,120}$/u;

const needs: Record<WidgetKind, readonly string[]> = {
  meeting: ['network', 'meeting'],
  'upcoming-meetings': ['network'],
  agenda: ['network', 'meeting'],
  minutes: ['network', 'meeting'],
};

function bad(attribute: string, sv: string, en: string): WidgetProblem {
  return { code: 'BAD_ATTRIBUTE', attribute, message: { sv: `Attributet «${attribute}» ${sv}`, en: `The attribute «${attribute}» ${en}` } };
}

/** The language: `lang` on the element, else the nearest `lang` around it; Swedish unless English. */
export function localeOf(lang: string | null | undefined): WidgetLocale {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

export interface ReadAttributes {
  config: WidgetConfig | undefined;
  problems: WidgetProblem[];
  /** The language, also when the attributes stop the widget (its message is in it). */
  locale: WidgetLocale;
}

/**
 * Reads the attributes. `get` reads one from the element; `inheritedLang` is the nearest `lang`
 * around it; `pageOrigin` is where the server is when `server` is not given.
 */
export function readAttributes(kind: WidgetKind, get: (name: string) => string | null, inheritedLang: string | undefined, pageOrigin: string): ReadAttributes {
  const problems: WidgetProblem[] = [];
  const ownLang = get('lang');
  if (ownLang !== null && ownLang.trim() !== '' && !/^(sv|en)(-[a-z0-9]+)*$/i.test(ownLang.trim())) {
    problems.push(bad('lang', `ska vara sv eller en, inte «${ownLang.slice(0, 20)}». Widgeten visas på svenska.`, `must be sv or en, not «${ownLang.slice(0, 20)}». The widget is shown in Swedish.`));
  }
  const locale = localeOf(ownLang ?? inheritedLang);

  let server = pageOrigin;
  const serverText = get('server')?.trim();
  if (serverText) {
    let url: URL | undefined;
    try {
      url = new URL(serverText, pageOrigin);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username) {
      problems.push(bad('server', `ska vara Samverkan-serverns adress, t.ex. https://samverkan.region.se, inte «${serverText.slice(0, 80)}».`, `must be the Samverkan server's address, e.g. https://samverkan.region.se, not «${serverText.slice(0, 80)}».`));
    } else {
      server = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    }
  }

  const value = (name: string) => get(name)?.trim() ?? '';
  for (const name of needs[kind]) {
    if (value(name) === '') problems.push(bad(name, 'saknas.', 'is missing.'));
  }
  const network = value('network');
  if (network !== '' && !NETWORK_NAME.test(network)) {
    problems.push(bad('network', `ska vara ett nätverks namn (små bokstäver, siffror och bindestreck), inte «${network.slice(0, 80)}».`, `must be a network's name (lower-case letters, digits and hyphens), not «${network.slice(0, 80)}».`));
  }
  const meeting = value('meeting');
  if (needs[kind].includes('meeting') && meeting !== '' && !ID.test(meeting)) {
    problems.push(bad('meeting', `ska vara ett mötes id, t.ex. ${network || 'natverket'}:mote-2019-12-05, inte «${meeting.slice(0, 80)}».`, `must be a meeting's id, e.g. ${network || 'network'}:mote-2019-12-05, not «${meeting.slice(0, 80)}».`));
  }
  const group = value('group');
  if (group !== '' && !ID.test(group)) problems.push(bad('group', `ska vara en grupps id, inte «${group.slice(0, 80)}».`, `must be a group's id, not «${group.slice(0, 80)}».`));

  let limit = 5;
  const limitText = value('limit');
  if (limitText !== '') {
    const parsed = Number(limitText);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > 50) problems.push(bad('limit', `ska vara ett heltal från 1 till 50, inte «${limitText.slice(0, 20)}».`, `must be a whole number from 1 to 50, not «${limitText.slice(0, 20)}».`));
    else limit = parsed;
  }
  let headingLevel: 2 | 3 | 4 = 2;
  const levelText = value('heading-level');
  if (levelText !== '') {
    if (levelText === '2' || levelText === '3' || levelText === '4') headingLevel = Number(levelText) as 2 | 3 | 4;
    else problems.push(bad('heading-level', `ska vara 2, 3 eller 4, inte «${levelText.slice(0, 20)}».`, `must be 2, 3 or 4, not «${levelText.slice(0, 20)}».`));
  }

  // A bad language or heading level is shown beside the content; anything else stops the widget.
  const blocking = problems.some((p) => p.attribute !== 'lang' && p.attribute !== 'heading-level');
  return {
    config: blocking ? undefined : { kind, server, network, meetingId: meeting || undefined, groupId: group || undefined, limit, locale, headingLevel },
    problems,
    locale,
  };
}
