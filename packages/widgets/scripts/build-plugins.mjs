/**
 * esbuild plugins of the widget builds. Each one is about what a widget must be on a host page
 * it does not control: no style injected at run time (strict CSP), and small.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pureInitialisers } from './pure-initialisers.mjs';

/**
 * react-aria injects two `<style>` elements at run time, which `style-src 'self'` blocks (and
 * reports): usePress's `touch-action` rule for pressable elements, and — on iOS, while a modal
 * is open — usePreventScroll's `overscroll-behavior` rule. In the widgets, the first is not
 * injected (the widget's adopted stylesheet carries the same rule, inside its shadow root,
 * where the elements are), and the second is adopted by the document as a constructed
 * stylesheet, which CSP does not govern. The build fails if react-aria's code changed so that
 * a patch no longer applies: an upgrade cannot silently bring the injection back.
 */
export function reactAriaStylesPlugin() {
  const patches = [
    {
      file: /react-aria\/dist\/private\/interactions\/usePress\.m?js$/,
      from: 'ownerDocument.head.prepend(style);',
      to: '/* @samverkan/widgets: the rule is in the widget\'s adopted stylesheet */ void style;',
    },
    {
      file: /react-aria\/dist\/private\/overlays\/usePreventScroll\.m?js$/,
      from: 'document.head.prepend(style);',
      to: 'const svSheet = new CSSStyleSheet(); svSheet.replaceSync(style.textContent); document.adoptedStyleSheets = [...document.adoptedStyleSheets, svSheet];',
      also: { from: 'style.remove();', to: 'document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== svSheet);' },
    },
  ];
  const applied = new Set();
  return {
    name: 'react-aria-styles',
    setup(build) {
      build.onStart(() => applied.clear());
      build.onLoad({ filter: /react-aria\/dist\/private\/(interactions\/usePress|overlays\/usePreventScroll)\.m?js$/ }, async (args) => {
        const patch = patches.find((p) => p.file.test(args.path));
        let source = await readFile(args.path, 'utf8');
        for (const { from, to } of [patch, ...(patch.also ? [patch.also] : [])]) {
          if (source.split(from).length !== 2) throw new Error(`react-aria changed: «${from}» is not in ${args.path} exactly once. Check its style injection again (see scripts/build-plugins.mjs).`);
          source = source.replace(from, to);
        }
        applied.add(patch.file.source);
        return { contents: source, loader: 'js' };
      });
      build.onEnd((result) => {
        // Every bundle with a react-aria button has usePress; it must have been patched.
        const inputs = Object.keys(result.metafile?.inputs ?? {});
        if (inputs.some((input) => /react-aria\/dist\/private\/interactions\/usePress/.test(input)) && !applied.has(patches[0].file.source)) {
          result.errors.push({ text: 'usePress was bundled without its style injection removed' });
        }
      });
    },
  };
}

/** Drops @samverkan/core's schemas a widget does not use (see pure-initialisers.mjs). */
export function pureCorePlugin() {
  return {
    name: 'pure-core',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/]core[\\/]dist[\\/].*\.js$|[\\/]@samverkan[\\/]core[\\/]dist[\\/].*\.js$/ }, async (args) => ({
        contents: pureInitialisers(await readFile(args.path, 'utf8'), args.path),
        loader: 'js',
      }));
    },
  };
}

/**
 * The kit's stylesheet for a shadow root: the tokens are declared on `:host`, so a host page
 * that sets `--sv-*` on the element (`samverkan-meeting { --sv-color-accent: … }`) wins over
 * them — styles of the outer page beat `:host` rules — and `color-scheme="dark"` on the element
 * picks the dark scheme.
 */
export function shadowStylesheet(css) {
  const rewrites = [
    [":where([data-sv-theme][data-color-scheme='dark'])", ":host([color-scheme='dark'])"],
    [":where([data-sv-theme][data-color-scheme='auto'])", ":host([color-scheme='auto'])"],
    [':where([data-sv-theme])', ':host'],
  ];
  let out = css;
  for (const [from, to] of rewrites) {
    if (!out.includes(from)) throw new Error(`@samverkan/ui's tokens changed: «${from}» is not in styles.css (see scripts/build-plugins.mjs).`);
    out = out.split(from).join(to);
  }
  return out;
}

/**
 * Imports from react-aria-components' index (`import { Button } from 'react-aria-components'`,
 * as @samverkan/ui writes them) rewritten to the module that defines each name. With code
 * splitting, esbuild keeps whatever the index re-exports in the chunk that imports the index:
 * the dialog a widget loads only when a step asks for confirmation would otherwise be in the
 * first chunk every page loads.
 */
export function reactAriaDeepImportsPlugin(require) {
  let modules;
  const moduleOf = async () => {
    if (modules) return modules;
    const indexPath = require.resolve('react-aria-components').replace(/index\.\w+$/, 'index.mjs');
    const index = await readFile(indexPath, 'utf8');
    const exportsDir = dirname(indexPath);
    modules = new Map();
    for (const match of index.matchAll(/import \{([^}]*)\} from "([^"]+)";/g)) {
      const from = match[2];
      let specifier;
      if (from.startsWith('../private/')) {
        // Each component's public module (dist/exports/<Name>.mjs), where there is one.
        const name = from.slice('../private/'.length).replace(/\.mjs$/, '');
        if (!existsSync(join(exportsDir, `${name}.mjs`))) continue;
        specifier = `react-aria-components/${name}`;
      } else if (from.startsWith('react-aria/') || from.startsWith('react-stately/')) {
        specifier = from;
      } else continue;
      for (const part of match[1].split(',')) modules.set(part.trim().split(/\s+as\s+/)[0], specifier);
    }
    if (modules.size < 50) throw new Error('react-aria-components changed: its index no longer lists its modules (see scripts/build-plugins.mjs).');
    return modules;
  };
  return {
    name: 'react-aria-deep-imports',
    setup(build) {
      build.onLoad({ filter: /[\\/](packages[\\/]ui[\\/]dist|@samverkan[\\/]ui[\\/]dist|packages[\\/]widgets[\\/]src)[\\/].*\.(js|ts|tsx)$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const loader = args.path.endsWith('.tsx') ? 'tsx' : args.path.endsWith('.ts') ? 'ts' : 'js';
        if (!source.includes('react-aria-components')) return undefined;
        const names = await moduleOf();
        const rewritten = source.replace(/import\s*(type\s+)?\{([^}]*)\}\s*from\s*["']react-aria-components["'];?/g, (_all, typeOnly, list) => {
          if (typeOnly) return _all;
          return list
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
            .map((part) => {
              const [name] = part.replace(/^type\s+/, '').split(/\s+as\s+/);
              if (part.startsWith('type ')) return '';
              // A name without a module of its own stays with the index.
              const from = names.get(name) ?? 'react-aria-components';
              return `import { ${part} } from ${JSON.stringify(from)};`;
            })
            .join('\n');
        });
        return { contents: rewritten, loader };
      });
    },
  };
}
