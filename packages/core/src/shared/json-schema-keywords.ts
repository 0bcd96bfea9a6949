/**
 * The keywords core adds to its JSON Schemas, namespaced (`x-samverkan-…`) so that they never
 * clash with a future JSON Schema keyword or another tool's. A validator in strict mode must be
 * told of them: with ajv, `ajv.addVocabulary(jsonSchemaKeywords)`.
 */

/** Marks a value as personal data (personuppgifter): kept apart from the log and erasable. */
export const PERSONAL_DATA_KEYWORD = 'x-samverkan-personal-data';

/** Every keyword core's JSON Schemas use beyond draft 2020-12. */
export const jsonSchemaKeywords: readonly string[] = [PERSONAL_DATA_KEYWORD];
