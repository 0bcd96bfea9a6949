export { AgendaBuilder, type AgendaBuilderProps, type AgendaProposal } from './agenda-builder.js';
