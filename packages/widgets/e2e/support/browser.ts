/**
 * Per test: a fresh browser context on the shared Chromium, a fresh network on the host (so
 * tests do not see each other's changes), sign-in as one of its people, and what a test reads
 * from a page — the CSP violations and the widgets' events, recorded from before any of the
 * page's scripts run.
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject, onTestFinished } from 'vitest';

let browser: Browser;

export function useBrowser() {
  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
}

export const hostUrl = () => inject('hostUrl');
/** Where the server's frame pages (/embed/…) are: another site than the host pages. */
export const embedUrl = () => inject('embedUrl');
/** The host pages on a site the frame pages do not allow. */
export const otherSiteUrl = () => inject('otherSiteUrl');

/** The Fyrbodal sample's people the tests act as. */
export const people = {
  /** Helena Vik, process leader: may publish the agenda, send invitations, approve and publish minutes. */
  leader: 'fyrbodal:person-001',
  /** Karin Ekdahl, a municipal representative: may propose items, not publish. */
  representative: 'fyrbodal:person-003',
} as const;

export const meetings = {
  /** Collecting agenda items on the sample's day (deadline the next day). */
  collecting: 'fyrbodal:mote-2019-12-05',
  /** Minutes drafted, awaiting approval. */
  drafted: 'fyrbodal:mote-2019-10-17',
  /** Published, with published minutes. */
  published: 'fyrbodal:mote-2019-05-16',
  /** Planned, agenda not published: not a public record. */
  planned: 'fyrbodal:mote-2020-01-23',
} as const;

export async function freshNetwork(): Promise<string> {
  const response = await fetch(`${hostUrl()}/test/network`, { method: 'POST' });
  return ((await response.json()) as { network: string }).network;
}

export async function outage(on: boolean): Promise<void> {
  await fetch(`${hostUrl()}/test/outage?on=${on}`, { method: 'POST' });
}

/** A new context, signed in as `personId` of `network` when given (the session cookie a sign-in would set). */
export async function newContext(options: { network?: string; as?: string; width?: number; locale?: string } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, locale: options.locale ?? 'sv-SE', timezoneId: 'Europe/Stockholm' });
  onTestFinished(() => context.close());
  if (options.as) {
    const session = (await (await fetch(`${hostUrl()}/test/session?network=${options.network ?? 'fyrbodal'}&person=${encodeURIComponent(options.as)}`)).json()) as { name: string; value: string };
    await context.addCookies([{ name: session.name, value: session.value, url: hostUrl(), httpOnly: true, sameSite: 'Lax' }]);
  }
  // Recorded before any of the page's scripts: CSP violations and the widgets' events.
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[]; widgetEvents: Array<{ type: string; tag: string; detail: unknown }> };
    w.cspViolations = [];
    w.widgetEvents = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
    for (const type of ['samverkan-action', 'samverkan-error', 'samverkan-ready']) {
      document.addEventListener(type, (event) => {
        w.widgetEvents.push({ type, tag: (event.target as Element).localName, detail: (event as CustomEvent).detail });
      });
    }
  });
  return context;
}

export async function newPage(options: Parameters<typeof newContext>[0] = {}): Promise<Page> {
  const page = await (await newContext(options)).newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Opens a host page with its placeholders. */
export async function openHostPage(page: Page, name: string, params: Record<string, string> = {}): Promise<void> {
  const query = new URLSearchParams(params).toString();
  await page.goto(`${hostUrl()}/host/${name}.html${query ? `?${query}` : ''}`);
}

export const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
export const widgetEvents = (page: Page) => page.evaluate(() => (window as unknown as { widgetEvents: Array<{ type: string; tag: string; detail: Record<string, unknown> }> }).widgetEvents);

/** A widget on the page (Playwright's locators pierce open shadow roots). */
export function widget(page: Page, selector: string): Locator {
  return page.locator(selector);
}

/** Sends a command as `personId`, as their own session would (another person, another browser). */
export async function commandAs(network: string, personId: string, command: Record<string, unknown>): Promise<number> {
  const session = (await (await fetch(`${hostUrl()}/test/session?network=${network}&person=${encodeURIComponent(personId)}`)).json()) as { name: string; value: string };
  const response = await fetch(`${hostUrl()}/api/networks/${network}/commands`, {
    method: 'POST',
    headers: { cookie: `${session.name}=${session.value}`, 'content-type': 'application/json', 'x-samverkan-request': '1' },
    body: JSON.stringify({ id: `other-${Date.now()}-${Math.random()}`, ...command }),
  });
  return response.status;
}
