// Registers <samverkan-agenda> alone.
import '../csp/zod-jitless.js';
import { defineElement } from '../element/define-elements.js';
import { SamverkanAgendaElement } from '../element/agenda-element.js';

defineElement('samverkan-agenda', SamverkanAgendaElement);
