import { PublicRecordWidget } from '../views/public-record-widget.js';
import { SamverkanWidgetElement } from './widget-element.js';

const AgendaRecord = () => <PublicRecordWidget record="agenda" />;

/** `<samverkan-agenda server network meeting lang>`: a meeting's published agenda, a public record anyone may read. */
export class SamverkanAgendaElement extends SamverkanWidgetElement {
  constructor() {
    super('agenda', AgendaRecord);
  }
}
