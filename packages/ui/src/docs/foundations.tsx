/**
 * Storybook support (not part of the package): the foundations pages' specimens — every colour
 * token as a swatch with its value, the type scale, the spacing scale, radii — read from the
 * kit's own stylesheet at run time, so the page shows what the tokens are, not a copy of them.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** A themed frame as a host gives one: `data-sv-theme` on an element of its own. */
export function Themed({ children, scheme = 'light' }: { children: ReactNode; scheme?: 'light' | 'dark' }) {
  return (
    <div data-sv-theme="" data-color-scheme={scheme} className="sv-root sv-docs-frame">
      {children}
    </div>
  );
}

/** The computed value of each token on a themed element. */
function useTokenValues(tokens: readonly string[]) {
  const ref = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!ref.current) return;
    const style = getComputedStyle(ref.current);
    setValues(Object.fromEntries(tokens.map((t) => [t, style.getPropertyValue(t).trim()])));
  }, [tokens]);
  return { ref, values };
}

export interface TokenGroup {
  title: string;
  tokens: readonly string[];
}

/** Colour tokens as swatches with their name and value, in both schemes. */
export function ColourSwatches({ groups, scheme = 'light' }: { groups: readonly TokenGroup[]; scheme?: 'light' | 'dark' }) {
  const all = groups.flatMap((g) => g.tokens);
  const { ref, values } = useTokenValues(all);
  return (
    <div ref={ref} data-sv-theme="" data-color-scheme={scheme} className="sv-root sv-docs-frame">
      {groups.map((group) => (
        <section key={group.title} className="sv-docs-group">
          <h3 className="sv-docs-group__title">{group.title}</h3>
          <ul className="sv-docs-swatches">
            {group.tokens.map((token) => (
              <li key={token} className="sv-docs-swatch">
                <span className="sv-docs-swatch__chip" data-token={token} />
                <code className="sv-docs-swatch__name">{token}</code>
                <span className="sv-docs-swatch__value">{values[token] ?? ''}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The type scale, each size with its token and value. */
export function TypeScale() {
  const tokens = ['--sv-font-size-xs', '--sv-font-size-sm', '--sv-font-size-md', '--sv-font-size-lg', '--sv-font-size-xl', '--sv-font-size-2xl'];
  const { ref, values } = useTokenValues(tokens);
  return (
    <div ref={ref} data-sv-theme="" data-color-scheme="light" className="sv-root sv-docs-frame">
      <ul className="sv-docs-type">
        {tokens.map((token) => (
          <li key={token} className="sv-docs-type__row" data-token={token}>
            <code className="sv-docs-swatch__name">
              {token} · {values[token] ?? ''}
            </code>
            <span className="sv-docs-type__sample">Nätverksmöte 6/2019</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The spacing scale as bars. */
export function SpacingScale() {
  const tokens = ['--sv-space-1', '--sv-space-2', '--sv-space-3', '--sv-space-4', '--sv-space-5', '--sv-space-6', '--sv-space-8', '--sv-space-10', '--sv-space-12'];
  const { ref, values } = useTokenValues(tokens);
  return (
    <div ref={ref} data-sv-theme="" data-color-scheme="light" className="sv-root sv-docs-frame">
      <ul className="sv-docs-space">
        {tokens.map((token) => (
          <li key={token} className="sv-docs-space__row">
            <code className="sv-docs-swatch__name">
              {token} · {values[token] ?? ''}
            </code>
            <span className="sv-docs-space__bar" data-token={token} />
          </li>
        ))}
      </ul>
    </div>
  );
}
