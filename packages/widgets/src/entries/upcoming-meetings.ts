// Registers <samverkan-upcoming-meetings> alone.
import '../csp/zod-jitless.js';
import { defineElement } from '../element/define-elements.js';
import { SamverkanUpcomingMeetingsElement } from '../element/upcoming-meetings-element.js';

defineElement('samverkan-upcoming-meetings', SamverkanUpcomingMeetingsElement);
