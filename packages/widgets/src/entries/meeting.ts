// Registers <samverkan-meeting> alone.
import '../csp/zod-jitless.js';
import { defineElement } from '../element/define-elements.js';
import { SamverkanMeetingElement } from '../element/meeting-element.js';

defineElement('samverkan-meeting', SamverkanMeetingElement);
