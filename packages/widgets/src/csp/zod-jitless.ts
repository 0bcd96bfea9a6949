/**
 * zod compiles object parsers with `new Function` when it may — and finds out by trying, which
 * under `script-src 'self'` is a reported CSP violation. The widgets parse nothing with zod,
 * but @samverkan/core's labels sit beside its schemas, so zod can be in a bundle: it is told,
 * before any schema is built, never to try. Imported first by every entry.
 */
import * as z from 'zod';

z.config({ jitless: true });
