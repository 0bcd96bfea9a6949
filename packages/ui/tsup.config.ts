import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';
import { reachableModules } from '../../scripts/reachable-modules.js';

/** Every component stylesheet, tokens first, in one file: the kit ships one stylesheet (Storybook's own docs pages are not part of it). */
function cssFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (path === join('src', 'docs')) return [];
      return statSync(path).isDirectory() ? cssFiles(path) : path.endsWith('.css') ? [path] : [];
    })
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The tokens, then the shared elements and themes, then the components. */
function rank(path: string): number {
  if (path.endsWith('/theme/tokens.css')) return 0;
  return path.includes('/theme/') ? 1 : 2;
}

export default defineConfig({
  // One file per source module, not one bundle, so that an app importing one component carries
  // that component and what it imports, not the whole kit. Declarations are rolled up.
  // `lazy` (`@samverkan/ui/lazy`) is an entry of its own: the components that fetch parts with
  // `import()`, kept out of the main entry's reach (src/lazy.ts).
  entry: reachableModules(['src/index.ts', 'src/lazy.ts']),
  bundle: false,
  dts: { entry: { index: 'src/index.ts', lazy: 'src/lazy.ts' } },
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'es2022',
  onSuccess: async () => {
    const css = cssFiles('src').map((f) => `/* ${f} */\n${readFileSync(f, 'utf8')}`).join('\n');
    writeFileSync('dist/styles.css', css);
  },
});
