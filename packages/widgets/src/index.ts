// @samverkan/widgets — custom elements for intranet pages. This entry defines nothing by
// itself: import '@samverkan/widgets/define' (or call `defineSamverkanWidgets()`) to register
// the elements, or load a script-tag build from dist/standalone/.
export { SamverkanWidgetElement } from './element/widget-element.js';
export { SamverkanMeetingElement } from './element/meeting-element.js';
export { SamverkanUpcomingMeetingsElement } from './element/upcoming-meetings-element.js';
export { SamverkanAgendaElement } from './element/agenda-element.js';
export { SamverkanMinutesElement } from './element/minutes-element.js';
export { defineSamverkanWidgets, widgetTagNames } from './define-widgets.js';
export type {
  LocalizedMessage,
  SamverkanActionDetail,
  SamverkanErrorDetail,
  SamverkanReadyDetail,
  SamverkanWidgetEventMap,
  TokenProvider,
  WidgetErrorCode,
  WidgetLocale,
} from './public/widget-types.js';
