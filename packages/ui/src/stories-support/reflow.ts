/**
 * Story support (not part of the package): the WCAG 2.1 1.4.10 Reflow check. A story that sets
 * `reflowViewport` renders at 320 CSS px wide (a 1280 px window at 400 % zoom); there the
 * component must fit without sideways scrolling — except inside a named, focusable scroll
 * region (the exception for data tables), whose content is left out of the check.
 */
import { expect } from 'storybook/test';

/** The story globals that render a story 320 px wide (the `reflow` viewport in preview.tsx). */
export const reflowViewport = { viewport: { value: 'reflow', isRotated: false } };

/** A named scroll region a keyboard can reach: where a data table may scroll sideways. */
function isNamedScrollRegion(el: Element): boolean {
  return (
    el.getAttribute('role') === 'region' &&
    el.getAttribute('tabindex') === '0' &&
    Boolean(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'))
  );
}

/** Elements drawn outside `root`'s box sideways, content wider than its element, scroll containers that are not named regions. */
function overflowing(root: HTMLElement): string[] {
  const box = root.getBoundingClientRect();
  const found: string[] = [];
  const describe = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
  const walk = (el: Element) => {
    for (const child of el.children) {
      const style = getComputedStyle(child);
      if (style.display === 'none' || child.classList.contains('sv-visually-hidden') || style.position === 'absolute') continue;
      const rect = child.getBoundingClientRect();
      if (rect.width > 0 && (rect.left < box.left - 1 || rect.right > box.right + 1)) {
        found.push(`${describe(child)} (${Math.round(rect.left - box.left)}…${Math.round(rect.right - box.left)} of ${Math.round(box.width)} px)`);
      }
      if (isNamedScrollRegion(child)) continue;
      if (child instanceof HTMLElement && style.display !== 'inline' && child.scrollWidth > child.clientWidth + 1) {
        // Text wider than its box (a long word) or a box that scrolls: neither may happen outside a region.
        found.push(`${describe(child)} ${/auto|scroll/.test(style.overflowX) ? 'scrolls sideways without being a named, focusable region' : `holds content ${child.scrollWidth - child.clientWidth} px wider than itself`}`);
      }
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** At 320 px the page and `root` do not scroll sideways and nothing sticks out of `root`. */
export async function expectReflow(root: HTMLElement): Promise<void> {
  await expect(window.innerWidth).toBe(320);
  await expect(overflowing(root)).toEqual([]);
  await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
}
