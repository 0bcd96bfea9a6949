import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every source module the given entry points reach through relative imports, for an unbundled
 * tsup build (one output file per module, so an app's bundler can drop the modules it does not
 * use). Stories, tests and fixtures beside the code are reached by no entry point, so they are
 * not shipped, whatever they are named. Stylesheets are left out: the packages ship them as one
 * file of their own.
 */
export function reachableModules(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.') || fileName.endsWith('.css')) continue;
      const base = join(dirname(file), fileName).replace(/\.js$/, '');
      const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((candidate) =>
        existsSync(candidate),
      );
      if (!target) throw new Error(`${file}: cannot find the module ${fileName}`);
      queue.push(relative('.', target));
    }
  }
  return [...seen].sort();
}
