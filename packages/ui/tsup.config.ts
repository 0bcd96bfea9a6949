import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

/** Every component stylesheet, tokens first, in one file: the kit ships one stylesheet. */
function cssFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? cssFiles(path) : path.endsWith('.css') ? [path] : [];
    })
    .sort((a, b) => Number(b.includes('/theme/')) - Number(a.includes('/theme/')) || a.localeCompare(b));
}

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['react', 'react-dom', '@samverkan/core', '@samverkan/react'],
  onSuccess: async () => {
    const css = cssFiles('src').map((f) => `/* ${f} */\n${readFileSync(f, 'utf8')}`).join('\n');
    writeFileSync('dist/styles.css', css);
  },
});
