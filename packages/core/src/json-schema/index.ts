export { allJsonSchemas, publicSchemas, toJsonSchema, type PublicSchemaName } from './json-schemas.js';
