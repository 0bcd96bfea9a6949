import { SamverkanAgendaElement } from './element/agenda-element.js';
import { defineElement } from './element/define-elements.js';
import { SamverkanMeetingElement } from './element/meeting-element.js';
import { SamverkanMinutesElement } from './element/minutes-element.js';
import { SamverkanUpcomingMeetingsElement } from './element/upcoming-meetings-element.js';

/** The tag names, by element. */
export const widgetTagNames = {
  meeting: 'samverkan-meeting',
  upcomingMeetings: 'samverkan-upcoming-meetings',
  agenda: 'samverkan-agenda',
  minutes: 'samverkan-minutes',
} as const;

/** Registers all four elements (names already taken are left alone). */
export function defineSamverkanWidgets(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return; // not in a browser: nothing to register
  defineElement(widgetTagNames.meeting, SamverkanMeetingElement, registry);
  defineElement(widgetTagNames.upcomingMeetings, SamverkanUpcomingMeetingsElement, registry);
  defineElement(widgetTagNames.agenda, SamverkanAgendaElement, registry);
  defineElement(widgetTagNames.minutes, SamverkanMinutesElement, registry);
}

declare global {
  interface HTMLElementTagNameMap {
    'samverkan-meeting': SamverkanMeetingElement;
    'samverkan-upcoming-meetings': SamverkanUpcomingMeetingsElement;
    'samverkan-agenda': SamverkanAgendaElement;
    'samverkan-minutes': SamverkanMinutesElement;
  }
}
