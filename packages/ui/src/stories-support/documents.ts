/**
 * Story support (not part of the package): the component a story file documents. Autodocs
 * reads its props table from `meta.component`, while our stories take their own args (who acts,
 * which meeting) and render the component through `@samverkan/react`'s hooks — so the
 * component's props and the stories' args differ on purpose, and this says so in one place.
 */
import type { ComponentType } from 'react';

export function documents<Args>(component: ComponentType<never>): ComponentType<Args> {
  return component as unknown as ComponentType<Args>;
}

/**
 * The stories' own args (who acts, which sample, which day) are how a story is set up, not
 * props of the component: they stay out of the docs' props table and the controls, which then
 * list the component's props with their real types only.
 */
export function storyArgs<Args>(...names: readonly (keyof Args & string)[]): Record<string, { table: { disable: true }; control: false }> {
  return Object.fromEntries(names.map((name) => [name, { table: { disable: true }, control: false }]));
}
