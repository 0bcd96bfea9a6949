/**
 * An invented network of one's own, as a region would keep it in a YAML file: a region and a
 * municipality, three people, a steering group with a process leader who convenes, a chair, a
 * member and a second, vacant seat for the municipality. `loadOwnNetwork` reads it in through the demo's
 * own page (in Swedish or English), so that the network opens at `/eget` like a sample.
 */
import type { Page } from 'playwright-core';
import { baseUrl } from './browser.js';

export const ownNetworkYaml = `id: kustnatet
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
  - id: p-cia
    name: Cia Ljung
    organisationId: region-kust
    professionalCategory: manager
roles:
  - id: administrator
    kind: administrator
    name: Nätverksadministratör
    authorities: [administerNetwork]
  - id: processledare
    kind: processLeader
    name: Processledare
    authorities: [convene, keepMinutes, recordAttendance, publishRecords, escalate, proposeAgendaItem, appointMembers]
  - id: ordforande
    kind: chair
    name: Ordförande
    authorities: [approveMinutes, setUpGroups, proposeAgendaItem]
  - id: ledamot
    kind: representative
    name: Ledamot
    authorities: [proposeAgendaItem]
groups:
  - id: styrgrupp
    kind: steeringGroup
    name: Kustnätets styrgrupp
    hostOrganisationId: region-kust
    meetingRules:
      agendaLeadTimeDays: 10
      minutesDueDays: 14
    staffingPlan:
      entries:
        - roleId: processledare
          personIds: [p-bo]
        - roleId: ordforande
          personIds: [p-cia]
        - roleId: ledamot
          organisationId: havsby-kommun
          personIds: [p-ada]
          min: 2
          max: 2
networkStaffing:
  entries:
    - roleId: administrator
      organisationId: region-kust
      personIds: [p-bo]
`;

/** Reads the network in on the demo's page and waits until it is loaded. */
export async function loadOwnNetwork(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/eget-natverk`);
  const field = page.getByLabel(/^(Nätverkets fil|The network’s file)/);
  await field.fill(ownNetworkYaml);
  await page.getByRole('button', { name: /^(Läs in nätverket|Load the network)$/ }).click();
  await page.getByRole('link', { name: /^(Öppna nätverket|Open the network)$/ }).waitFor();
}
