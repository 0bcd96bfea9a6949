export { AgendaView, type AgendaViewProps } from './agenda-view.js';
