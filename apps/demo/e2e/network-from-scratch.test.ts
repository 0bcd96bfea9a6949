/**
 * A network of one's own from scratch (issue 15, item 15): the guided form — network,
 * organisations, people, roles, a group with its meeting rules, its staffing, a draft mandate —
 * each step checked by core, which names what is wrong beside the field; the network then opens
 * like a sample, and a meeting planned as needed is taken to published minutes. Once with the
 * mouse, once by keyboard alone. The network and its people are invented.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { feedback, newPage, open, personButton, useBrowser } from './support/browser.js';
import { activate, tabTo, typeInto } from './support/keyboard.js';

useBrowser();

const next = (page: Page) => page.getByRole('button', { name: 'Nästa' });
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { name: new RegExp(`^Steg \\d av 8: ${name}$`) });

/** The option of the person menu for `name` in the role `role` (the options are grouped by role). */
function optionOf(select: Locator, name: string, role: string): Promise<string | undefined> {
  return select.evaluate(
    (el, [who, what]) => [...(el as HTMLSelectElement).options].find((o) => o.textContent?.includes(who!) && (o.parentElement as HTMLOptGroupElement).label === what)?.value,
    [name, role],
  );
}

/** Acts as the person named, in the role named. */
async function actAsNamed(page: Page, name: string, role: string): Promise<void> {
  await personButton(page).click();
  const select = page.getByLabel('Du agerar som');
  const value = await optionOf(select, name, role);
  if (!value) throw new Error(`${name} is not in the person menu`);
  await select.selectOption(value);
  await page.keyboard.press('Escape');
  await select.waitFor({ state: 'detached' });
}

/** Chooses the option whose text is `label` in the select labelled `field`. */
async function choose(page: Page, field: string, label: string): Promise<void> {
  await page.getByLabel(field, { exact: true }).selectOption({ label });
}

it('makes a network step by step, each step checked by core, and runs a meeting as needed in it to published minutes', async () => {
  const page = await newPage();
  await open(page, '/');
  await page.getByRole('link', { name: 'Skapa ert eget nätverk steg för steg, eller läs in det från en fil.' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ett eget nätverk' }).waitFor();

  // 1. The network: without a name core refuses, and says so beside the field.
  await next(page).click();
  const summary = page.locator('.sv-demo-wizard .sv-error-summary');
  await summary.waitFor();
  await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expect(summary.innerText()).resolves.toContain('Nätverkets namn: får inte vara tom');
  await expect(page.getByLabel('Nätverkets namn').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(page.getByLabel('Nätverkets namn').evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent)).resolves.toBe('får inte vara tom');
  await page.getByLabel('Nätverkets namn').fill('Skärgårdens vårdnätverk');
  await page.getByLabel('Beskrivning').fill('Region och kommun samordnar vården i skärgården.');
  await next(page).click();

  // 2. Organisations.
  await stepHeading(page, 'Organisationer').waitFor();
  await page.getByLabel('Namn (organisation 1)').fill('Region Skärgård');
  await page.getByLabel('Namn (organisation 2)').fill('Holmö kommun');
  await next(page).click();

  // 3. People: a person without a name is refused at that row.
  await stepHeading(page, 'Personer').waitFor();
  const addPerson = page.getByRole('button', { name: 'Lägg till en person' });
  for (let n = 0; n < 3; n += 1) await addPerson.click();
  await page.getByLabel('Namn (person 1)').fill('Lisa Fjärding');
  await page.getByLabel('Namn (person 2)').fill('Olof Kobbeby');
  await next(page).click();
  await page.locator('#field-people\\.2\\.name-error').getByText('får inte vara tom').waitFor();
  await page.getByLabel('Namn (person 3)').fill('Stina Holmberg');
  await choose(page, 'Organisation (person 3)', 'Holmö kommun');
  await next(page).click();

  // 4. Roles as suggested; 5. the group and its meeting rules: a lead time that is no number is refused.
  await stepHeading(page, 'Roller och befogenheter').waitFor();
  await next(page).click();
  await stepHeading(page, 'Grupp och mötesregler').waitFor();
  await page.getByLabel('Gruppens namn').fill('Skärgårdsnätverket');
  await page.getByLabel('Dagordningen senast, dagar före mötet').fill('två veckor');
  await next(page).click();
  await expect(page.getByLabel('Dagordningen senast, dagar före mötet').getAttribute('aria-invalid')).resolves.toBe('true');
  await page.getByLabel('Dagordningen senast, dagar före mötet').fill('10');
  await next(page).click();

  // 6. Staffing: one seat per role, Stina's seat held for Holmö; Lisa administers the network.
  await stepHeading(page, 'Bemanning').waitFor();
  await choose(page, 'Person (plats 1)', 'Lisa Fjärding');
  await choose(page, 'Person (plats 2)', 'Olof Kobbeby');
  await choose(page, 'För organisation (plats 3)', 'Holmö kommun');
  await choose(page, 'Person (plats 3)', 'Stina Holmberg');
  await choose(page, 'Nätverksadministratör', 'Lisa Fjärding');
  await next(page).click();

  // 7. The mandate: core tries it; without a start date it says so beside the field.
  await stepHeading(page, 'Uppdragsbeskrivning').waitFor();
  await page.getByLabel('Rubrik').fill('Uppdragsbeskrivning – Skärgårdens vårdnätverk');
  await page.getByLabel('Bakgrund').fill('Vården i skärgården delas mellan region och kommun.');
  await page.getByLabel('Syfte').fill('Att samordna vården för dem som bor på öarna.');
  await page.getByLabel('Avgränsning').fill('Hälso- och sjukvård i hemmet.');
  await page.getByLabel('Uppgifter, en per rad').fill('Gemensam rutin för hembesök\nUppföljning av vårdplaner');
  await choose(page, 'Vem skriver utkastet?', 'Lisa Fjärding');
  await next(page).click();
  await expect(page.getByLabel('Startdatum (ÅÅÅÅ-MM-DD)').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(summary.innerText()).resolves.not.toMatch(/mandate\.|«/);
  await page.getByLabel('Startdatum (ÅÅÅÅ-MM-DD)').fill('2026-01-01');
  await next(page).click();

  // 8. A last look, then made: it opens like a sample, as its administrator.
  await stepHeading(page, 'Granska och skapa').waitFor();
  await page.getByRole('button', { name: 'Skapa nätverket' }).click();
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await expect(page.title()).resolves.toBe('Översikt – Skärgårdens vårdnätverk – Samverkan demo');
  await expect(personButton(page).innerText()).resolves.toContain('Lisa Fjärding');

  // The draft mandate is there, and its writer sends it for review by the group.
  await page.getByRole('link', { name: 'Uppdrag', exact: true }).click();
  await page.getByRole('link', { name: 'Uppdragsbeskrivning – Skärgårdens vårdnätverk' }).click();
  await page.getByRole('button', { name: 'Skicka på granskning' }).first().click();
  await feedback(page).getByText('Uppdragsbeskrivningen är skickad på granskning.').waitFor();

  // A meeting as needed: Olof chairs it, in Holmö.
  await page.getByRole('link', { name: 'Möten', exact: true }).click();
  await page.getByRole('heading', { name: 'Planera ett möte vid behov' }).waitFor();
  await page.getByLabel('Mötets rubrik').fill('Första nätverksträffen');
  await choose(page, 'Ordförande för mötet', 'Olof Kobbeby');
  await choose(page, 'Värdorganisation', 'Holmö kommun');
  await page.getByRole('button', { name: 'Planera mötet' }).click();
  await page.getByRole('heading', { level: 1, name: 'Första nätverksträffen' }).waitFor();
  await runMeetingToPublishedMinutes(
    page,
    {
      click: (target) => target.click(),
      fill: (target, value) => target.fill(value),
      actAs: (name, role) => actAsNamed(page, name, role),
    },
    { chair: ['Olof Kobbeby', 'Ordförande'], secretary: ['Lisa Fjärding', 'Processledare'] },
  );
});

it('is done by keyboard alone: the guided form, planning the meeting and its whole lifecycle', async () => {
  const page = await newPage();
  await open(page, '/eget-natverk');
  const type = (label: string, value: string) => typeInto(page, page.getByLabel(label, { exact: true }), value);
  /** A native select chooses with the arrow keys: focus it, then ArrowDown until the option is chosen. */
  const pick = async (label: string, option: string) => {
    const select = page.getByLabel(label, { exact: true });
    await tabTo(page, select);
    const chosen = () => select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
    await page.keyboard.press('Home');
    for (let n = 0; n < 20 && (await chosen()) !== option; n += 1) await page.keyboard.press('ArrowDown');
    await expect(chosen()).resolves.toBe(option);
  };
  const nextStep = async (name: string) => {
    await activate(page, next(page));
    await stepHeading(page, name).waitFor();
    // The new step's heading has focus: Tab goes on from there.
    await expect(stepHeading(page, name).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  };

  await type('Nätverkets namn', 'Fjällbygdens vårdnätverk');
  await type('Beskrivning', 'Region och kommun samordnar vården i fjällen.');
  await nextStep('Organisationer');
  await type('Namn (organisation 1)', 'Region Fjäll');
  await type('Namn (organisation 2)', 'Älvby kommun');
  await nextStep('Personer');
  for (let n = 0; n < 2; n += 1) await activate(page, page.getByRole('button', { name: 'Lägg till en person' }));
  await type('Namn (person 1)', 'Maja Renström');
  await type('Namn (person 2)', 'Erik Tjärnberg');
  await pick('Organisation (person 2)', 'Älvby kommun');
  await nextStep('Roller och befogenheter');
  await nextStep('Grupp och mötesregler');
  await type('Gruppens namn', 'Fjällnätverket');
  await nextStep('Bemanning');
  await pick('Person (plats 1)', 'Maja Renström');
  await pick('Person (plats 2)', 'Erik Tjärnberg');
  await pick('Nätverksadministratör', 'Maja Renström');
  await nextStep('Uppdragsbeskrivning');
  // No mandate this time: the checkbox toggles with Space.
  await tabTo(page, page.getByLabel('Skapa ett utkast till uppdragsbeskrivning'));
  await page.keyboard.press('Space');
  await nextStep('Granska och skapa');
  await activate(page, page.getByRole('button', { name: 'Skapa nätverket' }));
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();

  await activate(page, page.getByRole('link', { name: 'Möten', exact: true }));
  await type('Mötets rubrik', 'Nätverksträff i Älvby');
  await activate(page, page.getByRole('button', { name: 'Planera mötet' }));
  await page.getByRole('heading', { level: 1, name: 'Nätverksträff i Älvby' }).waitFor();

  await runMeetingToPublishedMinutes(page, {
    click: (target) => activate(page, target),
    fill: (target, value) => typeInto(page, target, value),
    actAs: async (name, role) => {
      await activate(page, personButton(page));
      const select = page.getByLabel('Du agerar som');
      await tabTo(page, select, 10);
      // Arrows move through the list, person by person, until the person in that role is chosen.
      const wanted = await optionOf(select, name, role);
      await page.keyboard.press('Home');
      for (let n = 0; n < 30 && (await select.inputValue()) !== wanted; n += 1) await page.keyboard.press('ArrowDown');
      await expect(select.inputValue()).resolves.toBe(wanted);
      await page.keyboard.press('Escape');
      await select.waitFor({ state: 'detached' });
    },
  }, { chair: ['Erik Tjärnberg', 'Ordförande'], secretary: ['Maja Renström', 'Processledare'] });
});

interface Hands {
  click(target: Locator): Promise<void>;
  fill(target: Locator, value: string): Promise<void>;
  actAs(name: string, role: string): Promise<void>;
}

/** From «planned» to published minutes, as the network's process leader (the secretary) and the chair, who approves the minutes. */
async function runMeetingToPublishedMinutes(page: Page, hands: Hands, people: { chair: [string, string]; secretary: [string, string] }): Promise<void> {
  await hands.click(page.getByRole('button', { name: 'Öppna för punkter' }));
  await feedback(page).getByText('Mötet tar emot förslag på punkter.').waitFor();
  await hands.fill(page.getByLabel('Rubrik'), 'Rutin för hembesök');
  await hands.click(page.getByRole('button', { name: 'Föreslå punkt', exact: true }));
  await feedback(page).getByText('Din punkt är föreslagen.').waitFor();
  await hands.click(page.getByRole('button', { name: 'Publicera agenda' }));
  await hands.click(page.getByRole('dialog').getByRole('button', { name: /^Publicera/ }));
  await feedback(page).getByText(/Agendan är publicerad/).waitFor();
  await hands.click(page.getByRole('button', { name: /^Flytta demons tid till/ }));
  await hands.click(page.getByRole('button', { name: 'Spara närvaron – mötet är genomfört' }));
  await feedback(page).getByText('Mötet är markerat som genomfört. Närvaron är sparad.').waitFor();
  await hands.fill(page.getByLabel('Beslutades – Rutin för hembesök'), 'Nätverket prövar rutinen.');
  await hands.click(page.getByRole('button', { name: 'Spara utkast' }));
  await feedback(page).getByText('Utkastet till minnesanteckningar är sparat.').waitFor();
  // The chair approves the minutes.
  await hands.actAs(...people.chair);
  await hands.click(page.getByRole('button', { name: 'Justera minnesanteckningarna' }));
  await hands.click(page.getByRole('dialog').getByRole('button', { name: 'Justera' }));
  await feedback(page).getByText('Minnesanteckningarna är justerade.').waitFor();
  await hands.actAs(...people.secretary);
  await hands.click(page.getByRole('button', { name: 'Publicera minnesanteckningarna' }));
  await hands.click(page.getByRole('dialog').getByRole('button', { name: 'Publicera' }));
  await feedback(page).getByText('Minnesanteckningarna är publicerade.').waitFor();
  await page.locator('.sv-minutes-view').getByText('Nätverket prövar rutinen.').waitFor();
  await page.locator('[aria-current="step"]').getByText('Publicerat').waitFor();
}
