// @samverkan/server. For now its storage: core's event store port on PostgreSQL, with PGlite as
// the embedded default.
export * from './store/index.js';
