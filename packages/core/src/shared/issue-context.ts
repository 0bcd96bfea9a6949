/**
 * Says in every issue of a schema where it lies, when the path alone does not: an amendment's
 * `change` is the content of one section of a mandate, and "«change.entries[0].roleId» is
 * missing" is clearer with "(in the section «Staffing plan»)". `parseWith` adds the context
 * to the message (see `IssueContext` in `validation.ts`).
 */
import * as z from 'zod';
import type { LocalizedText } from './localized.js';
import type { IssueContext } from './validation.js';

/** `schema`, whose every issue says it lies within `context`. */
export function withinContext<S extends z.ZodType>(schema: S, context: LocalizedText): S {
  return schema.check(
    z.superRefine(
      (_value, ctx) => {
        for (const issue of ctx.issues) (issue as IssueContext).within ??= context;
      },
      // Run also (and above all) when the schema itself found issues.
      { when: () => true },
    ),
  ) as S;
}
