// One lint config for the workspace. The zod rule keeps bundles small: the named import
// `import { z } from 'zod'` defeats tree-shaking, so we always import the namespace.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/storybook-static/**', '**/.turbo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value=/^zod(\\/.*)?$/] > ImportSpecifier[imported.name='z']",
          message: "Import the namespace instead: import * as z from 'zod' (the named import defeats tree-shaking).",
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
