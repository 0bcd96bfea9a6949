// Smoke test (b), bundler resolution only: the JSON Schema files through the package's
// "./schemas/*.json" export (import attributes need `module` preserve/esnext/nodenext, which
// the node16 check does not use).
import mandateSchema from '@samverkan/core/schemas/Mandate.schema.json' with { type: 'json' };

export const id: string = mandateSchema.$id;
export const draft: string = mandateSchema.$schema;
