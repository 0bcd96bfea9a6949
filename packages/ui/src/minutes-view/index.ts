export { MinutesView, type MinutesViewProps } from './minutes-view.js';
