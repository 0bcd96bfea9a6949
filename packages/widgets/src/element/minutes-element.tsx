import { PublicRecordWidget } from '../views/public-record-widget.js';
import { SamverkanWidgetElement } from './widget-element.js';

const MinutesRecord = () => <PublicRecordWidget record="minutes" />;

/** `<samverkan-minutes server network meeting lang>`: a meeting's published minutes with their fingerprint, a public record anyone may read. */
export class SamverkanMinutesElement extends SamverkanWidgetElement {
  constructor() {
    super('minutes', MinutesRecord);
  }
}
