/**
 * An XSS corpus for texts people write (agenda backgrounds, minutes): script tags, event
 * handlers, `javascript:` and `data:` links in several spellings, SVG payloads. Each payload,
 * if it ever ran, would set `window.__svXss`.
 */
import { expect } from 'storybook/test';

declare global {
  interface Window {
    __svXss?: unknown;
  }
}

export const xssCorpus = [
  'Bakgrund med **fetstil** och en [säker länk](https://www.fyrbodal.se).',
  '<script>window.__svXss = "script"</script>',
  '<img src="x" onerror="window.__svXss = \'img\'">',
  '[klicka här](javascript:window.__svXss=\'link\')',
  '[versaler](JaVaScRiPt:window.__svXss=1)',
  '[entitet](java&#x73;cript:window.__svXss=1)',
  '[data-länk](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19zdlhzcz0xPC9zY3JpcHQ+)',
  '![bild](javascript:window.__svXss=1)',
  '<svg onload="window.__svXss=\'svg\'"><script>window.__svXss=2</script></svg>',
  '<a href="javascript:window.__svXss=3">rå länk</a>',
  '<iframe src="javascript:window.__svXss=4"></iframe>',
  '<javascript:window.__svXss=5>',
].join('\n\n');

/** Nothing in `root` can run: no script, handler, frame or SVG element, and only http(s)/mailto links. */
export async function expectInert(root: HTMLElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50)); // let any handler that slipped through fire
  await expect(window.__svXss).toBeUndefined();
  await expect(root.querySelectorAll('script, iframe, svg, img, object, embed')).toHaveLength(0);
  const hrefs = [...root.querySelectorAll('[href]')].map((a) => a.getAttribute('href') ?? '');
  await expect(hrefs.filter((h) => !/^(https?:\/\/|mailto:)/i.test(h))).toEqual([]);
  const handlers = [...root.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')));
  await expect(handlers).toEqual([]);
}
