export { allJsonSchemas, publicSchemas, toJsonSchema, type PublicSchemaName } from './json-schemas.js';
export { jsonSchemaKeywords, PERSONAL_DATA_KEYWORD } from '../shared/json-schema-keywords.js';
