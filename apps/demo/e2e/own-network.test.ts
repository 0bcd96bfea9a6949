/**
 * A network of one's own (issue 15): a region's file is checked by core and every problem is
 * shown next to the field with its line and column; a good file is loaded by the administrator
 * it names, kept in the browser and opened like a sample. One run by keyboard alone.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { newPage, open, personButton, useBrowser } from './support/browser.js';
import { tabTo } from './support/keyboard.js';

useBrowser();

const network = `id: kustnatet
name:
  sv: Kustnätet för vård och omsorg
  en: The coastal care network
description:
  sv: Ett påhittat nätverk.
  en: An invented network.
organisations:
  - id: havsby-kommun
    name: Havsby kommun
    kind: municipality
  - id: region-kust
    name: Region Kust
    kind: region
people:
  - id: p-ada
    name: Ada Strandberg
    organisationId: havsby-kommun
    professionalCategory: nurse
  - id: p-bo
    name: Bo Tångvik
    organisationId: region-kust
    professionalCategory: manager
roles:
  - id: administrator
    kind: administrator
    name: Nätverksadministratör
    authorities: [administerNetwork]
groups:
  - id: styrgrupp
    kind: steeringGroup
    name: Kustnätets styrgrupp
    hostOrganisationId: region-kust
networkStaffing:
  entries:
    - roleId: administrator
      organisationId: region-kust
      personIds: [p-bo]
`;
const broken = network.replace('organisationId: region-kust\n    professionalCategory: manager', 'organisationId: region-kusten\n    professionalCategory: manager');
const field = (page: Page) => page.getByLabel('Nätverkets fil (JSON eller YAML)');

it('shows where a file is wrong next to the field, then loads the corrected network', async () => {
  const page = await newPage();
  await open(page, '/');
  await page.getByRole('link', { name: 'Skapa ert eget nätverk steg för steg, eller läs in det från en fil.' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ett eget nätverk' }).waitFor();

  await field(page).fill(broken);
  await page.getByRole('button', { name: 'Läs in nätverket' }).click();
  await page.getByText('«people[1].organisationId» hänvisar till organisationen «region-kusten» som inte finns (rad 22, kolumn 21)').waitFor();
  await expect(field(page).getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(page.getByText('Nätverket är inläst').count()).resolves.toBe(0);

  await field(page).fill(network);
  await page.getByRole('button', { name: 'Läs in nätverket' }).click();
  await page.getByRole('heading', { name: 'Nätverket är inläst: Kustnätet för vård och omsorg' }).waitFor();
  const contents = page.getByRole('status').locator('dd');
  await expect(contents.allInnerTexts()).resolves.toEqual(['Havsby kommun, Region Kust', '2', 'Nätverksadministratör', 'Kustnätets styrgrupp', 'Bo Tångvik']);

  // It opens like a sample, as the administrator who loaded it.
  await page.getByRole('link', { name: 'Öppna nätverket' }).click();
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await expect(page.title()).resolves.toBe('Översikt – Kustnätet för vård och omsorg – Samverkan demo');
  await expect(personButton(page).innerText()).resolves.toContain('Bo Tångvik');
});

it('is done by keyboard alone', async () => {
  const page = await newPage();
  await open(page, '/eget-natverk');
  // Tab to the field (past the guided form), as a keyboard user would.
  await tabTo(page, field(page), 60);
  await page.keyboard.insertText(network);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Nätverket är inläst: Kustnätet för vård och omsorg' }).waitFor();
});
