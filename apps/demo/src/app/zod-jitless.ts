/**
 * zod compiles each object schema's parser with `new Function` on its first parse. Opening a
 * sample parses a few hundred events once, so the compiling costs the page's thread more than
 * the compiled parsers save: under a phone's CPU (4× slowdown), a meeting's first visit ran
 * 879 → 811 ms of script, total blocking time 503 → 421 ms (median of 20). Parsing without it
 * gives the same verdicts and messages, and the demo then needs no eval under a strict CSP.
 *
 * It must be said before core builds a schema (zod reads it per schema, when built), so this is
 * the first import of the page's entry (main.tsx) and of the sample loader worker. It sets the
 * object zod keeps its settings in (`globalThis.__zod_globalConfig`, which zod documents can be
 * filled before it loads) rather than calling `z.config`, so that the start page, which has no
 * zod, does not load a piece of it for this.
 */
const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(scope.__zod_globalConfig ??= {}).jitless = true;

export {};
