// Registers <samverkan-minutes> alone.
import '../csp/zod-jitless.js';
import { defineElement } from '../element/define-elements.js';
import { SamverkanMinutesElement } from '../element/minutes-element.js';

defineElement('samverkan-minutes', SamverkanMinutesElement);
