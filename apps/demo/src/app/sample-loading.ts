/**
 * Core's loading of a sample on the page's own thread — without a worker, and on a reset —
 * fetched on demand (page-loaders.ts). Named re-exports, not the whole `@samverkan/core/samples`
 * namespace, so its chunk carries only these two, and they fetch the one sample they load
 * (core's `importSample`) instead of all five samples' data.
 */
export { loadSample, resetToSample } from '@samverkan/core/samples';
