// A host's CSS cannot reach inside a widget — not `button { background: hotpink !important }`,
// not `* { text-transform: uppercase }`, not rules aimed at the kit's own classes — while the
// `--sv-*` tokens a host sets on the element do cross the boundary (branding).
import { describe, expect, it } from 'vitest';
import { cspViolations, freshNetwork, newPage, openHostPage, people, useBrowser } from './support/browser.js';

useBrowser();

describe("a host page's styles", () => {
  it('do not reach inside the widget, but its tokens do', async () => {
    const network = await freshNetwork();
    const page = await newPage({ network, as: people.leader });
    await openHostPage(page, 'hostile', { network });
    const plain = page.locator('#plain');
    const branded = page.locator('#branded');
    const button = plain.getByRole('button', { name: 'Publicera agenda' });
    await button.waitFor();
    await branded.getByRole('button', { name: 'Publicera agenda' }).waitFor();

    // The host's own button gets the hostile rules: the page's CSS works where it should.
    const hostButton = await page.locator('#host-button').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(hostButton).toBe('rgb(255, 105, 180)');

    const style = (locator: typeof button) =>
      locator.evaluate((el) => {
        const s = getComputedStyle(el);
        return { background: s.backgroundColor, color: s.color, border: s.borderTopStyle, transform: s.textTransform, spacing: s.letterSpacing, font: s.fontFamily, display: s.display };
      });
    const inside = await style(button);
    expect(inside.background).not.toBe('rgb(255, 105, 180)');
    expect(inside.color).not.toBe('rgb(255, 255, 0)');
    expect(inside.border).not.toBe('dotted');
    expect(inside.transform).toBe('none');
    expect(inside.spacing).toBe('normal');
    expect(inside.font).not.toMatch(/Comic Sans/);
    expect(inside.display).not.toBe('none');
    const heading = await plain.getByRole('heading', { name: 'Nätverksmöte 6/2019' }).evaluate((el) => ({ color: getComputedStyle(el).color, font: getComputedStyle(el).fontFamily }));
    expect(heading.color).not.toBe('rgb(255, 0, 0)');
    expect(heading.font).toMatch(/system-ui/);

    // The brand's tokens, set on the element by the host, reach the same button in the other widget.
    const brandedStyle = await style(branded.getByRole('button', { name: 'Publicera agenda' }));
    expect(brandedStyle.background).toBe('rgb(107, 29, 92)');
    expect(brandedStyle.font).toMatch(/Georgia/);
    expect(inside.background).not.toBe(brandedStyle.background);
    expect(await cspViolations(page)).toEqual([]);
  });
});
