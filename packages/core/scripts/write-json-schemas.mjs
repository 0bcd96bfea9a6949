// Writes one JSON Schema file per public schema into dist/schemas/<Name>.schema.json, from the
// built `@samverkan/core/json-schema` entry, so that editors can validate mandate files and
// datasets without running any code (`"$schema": "./node_modules/@samverkan/core/dist/schemas/Mandate.schema.json"`).
// Runs after tsup (see the package's build script).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const out = new URL('schemas/', dist);
const { allJsonSchemas, publicSchemas } = await import(new URL('json-schema/index.js', dist).href);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const schemas = allJsonSchemas();
const names = Object.keys(publicSchemas);
if (names.length === 0 || names.some((name) => !schemas[name])) {
  throw new Error(`allJsonSchemas() does not cover every public schema: ${names.filter((n) => !schemas[n]).join(', ')}`);
}
for (const name of names) {
  writeFileSync(new URL(`${name}.schema.json`, out), `${JSON.stringify(schemas[name], null, 2)}\n`);
}
console.log(`wrote ${readdirSync(out).length} JSON Schema files to ${fileURLToPath(out)}`);
