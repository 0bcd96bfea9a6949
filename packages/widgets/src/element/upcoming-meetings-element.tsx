import { UpcomingMeetingsWidget } from '../views/upcoming-meetings-widget.js';
import { SamverkanWidgetElement } from './widget-element.js';

/**
 * `<samverkan-upcoming-meetings server network group limit lang>`: the meetings ahead of the
 * signed-in person's groups (or of `group`); signed out, those with a published agenda.
 */
export class SamverkanUpcomingMeetingsElement extends SamverkanWidgetElement {
  constructor() {
    super('upcoming-meetings', UpcomingMeetingsWidget);
  }
}
