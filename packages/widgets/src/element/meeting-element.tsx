import { MeetingWidget } from '../views/meeting-widget.js';
import { SamverkanWidgetElement } from './widget-element.js';

/**
 * `<samverkan-meeting server network meeting lang>`: one meeting — where it stands, when and
 * where, its agenda, attendance and minutes, and the steps the signed-in person may take now
 * (with core's reason for those refused). Signed out: the meeting's public records.
 */
export class SamverkanMeetingElement extends SamverkanWidgetElement {
  constructor() {
    super('meeting', MeetingWidget);
  }
}
