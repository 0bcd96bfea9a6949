// Registers all four elements: <samverkan-meeting>, <samverkan-upcoming-meetings>,
// <samverkan-agenda>, <samverkan-minutes>.
import '../csp/zod-jitless.js';
import { defineSamverkanWidgets } from '../define-widgets.js';

defineSamverkanWidgets();
