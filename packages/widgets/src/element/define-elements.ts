/**
 * Registers the elements under their tag names — the one thing in the package with an effect
 * on the page. A name already taken (a second copy of the script) is left as it is.
 */
import type { SamverkanWidgetElement } from './widget-element.js';

export function defineElement(name: string, element: new () => SamverkanWidgetElement, registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (registry && !registry.get(name)) registry.define(name, element);
}
