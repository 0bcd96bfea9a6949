/**
 * The sample networks the demo offers, with how each is introduced and whom the demo acts as
 * at first (a process leader or the like, so the first page shows what can be done). The
 * networks themselves — people, roles, meetings and their history — come from
 * `@samverkan/core/samples`.
 */
import type { LocalizedText } from '@samverkan/core';
import type { SampleId } from '@samverkan/core/samples';

export type { SampleId };

/**
 * Eget nätverk — the visitor's own network (made with the guided form or read from a file): it
 * opens like a sample under this id (`/eget/…`), on an IndexedDB database of its own.
 */
export const ownNetworkId = 'eget';
/** A network the demo opens: one of core's samples, or the visitor's own. */
export type NetworkId = SampleId | typeof ownNetworkId;

export interface SampleInfo {
  id: NetworkId;
  name: LocalizedText;
  summary: LocalizedText;
  /** Who the demo acts as until the visitor picks someone else. */
  defaultActor: { personId: string; roleId: string };
  /**
   * The optional pages this sample has data for — only a layout hint for the frame shown
   * while the sample loads; once loaded, the pages follow the runtime's state.
   */
  optionalPages: readonly ('seminars' | 'agreements' | 'documents')[];
}

export const sampleInfos: readonly SampleInfo[] = [
  {
    id: 'fyrbodal',
    name: { sv: 'Fyrbodals e-hälsonätverk', en: 'The Fyrbodal e-health network' },
    summary: {
      sv: 'Representanter för fjorton kommuner som möts sex gånger om året. Decembermötet tar emot förslag till dagordningen.',
      en: 'Representatives of fourteen municipalities who meet six times a year. The December meeting is taking proposals for its agenda.',
    },
    defaultActor: { personId: 'fyrbodal:person-001', roleId: 'fyrbodal:processledare' },
    optionalPages: [],
  },
  {
    id: 'ehalsalyftet',
    name: { sv: 'eHälsalyftet', en: 'eHälsalyftet' },
    summary: {
      sv: 'Ett program med dialogseminarier: teman, utvecklingsledare, timmar och närvaro och rapport till ESF.',
      en: 'A programme of dialogue seminars: themes, development leaders, hours and attendance, the ESF report.',
    },
    defaultActor: { personId: 'ehalsalyftet:person-001', roleId: 'ehalsalyftet:projektledare' },
    optionalPages: ['seminars', 'documents'],
  },
  {
    id: 'orebro',
    name: { sv: 'Örebro läns länsdelsgrupper', en: 'The Örebro sub-county groups' },
    summary: {
      sv: 'Fyra länsdelsgrupper med samverkansledare, ordförande och metodhandledare, var och en med sitt uppdrag.',
      en: 'Four sub-county groups with collaboration leaders, chairs and method supervisors, each with its own mandate.',
    },
    defaultActor: { personId: 'orebro:person-001', roleId: 'orebro:samverkansledare' },
    optionalPages: [],
  },
  {
    id: 'dalarna',
    name: { sv: 'Omställningsuppdraget i Dalarna', en: 'The Dalarna transition assignment' },
    summary: {
      sv: 'En omställningsledare, en styrgrupp och en överenskommelse som sexton parter ska anta.',
      en: 'A transition leader, a steering group and an agreement that sixteen parties must adopt.',
    },
    defaultActor: { personId: 'dalarna:person-001', roleId: 'dalarna:omstallningsledare' },
    optionalPages: ['agreements', 'documents'],
  },
  {
    id: 'sjolunda',
    name: { sv: 'Länsgemensam ledning i Sjölunda län', en: 'Joint governance in Sjölunda county' },
    summary: {
      sv: 'Ett påhittat län byggt helt med kommandon: möten vid behov med roterande ordförande och värd, en beredning, en arbetsgrupp, kommunernas egna utnämningar och en årsrapport varje år.',
      en: 'An invented county built entirely by commands: meetings as needed with rotating chair and host, a preparatory committee, a working group, each municipality appointing its own, and an annual report every year.',
    },
    defaultActor: { personId: 'sjolunda:person-001', roleId: 'sjolunda:samordnare' },
    optionalPages: ['documents'],
  },
];

export function sampleInfo(id: string): SampleInfo | undefined {
  if (id === ownNetworkId) return ownNetworkInfo();
  return sampleInfos.find((s) => s.id === id);
}

/** What the demo remembers of the visitor's own network, beside its data in IndexedDB. */
export interface OwnNetworkNote {
  name: LocalizedText;
  /** Who acts first: the person who administers it, in their first seat. */
  defaultActor: { personId: string; roleId: string };
  /** The day it was made: its «today» when the clock is set back. */
  referenceDate: string;
}

const OWN_KEY = 'samverkan-demo:own-network';

export function ownNetworkNote(): OwnNetworkNote | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(OWN_KEY);
    return raw ? (JSON.parse(raw) as OwnNetworkNote) : undefined;
  } catch {
    return undefined;
  }
}

export function saveOwnNetworkNote(note: OwnNetworkNote): void {
  try {
    globalThis.localStorage?.setItem(OWN_KEY, JSON.stringify(note));
  } catch {
    // Private browsing without storage: the network opens until the page is left.
  }
}

/** The own network as the frame introduces it (its name once made). */
export function ownNetworkInfo(): SampleInfo {
  const note = ownNetworkNote();
  return {
    id: ownNetworkId,
    name: note?.name ?? { sv: 'Ett eget nätverk', en: 'A network of your own' },
    summary: { sv: 'Ert eget nätverk, skapat i demon eller inläst från en fil.', en: 'Your own network, made in the demo or loaded from a file.' },
    defaultActor: note?.defaultActor ?? { personId: '', roleId: '' },
    optionalPages: [],
  };
}
