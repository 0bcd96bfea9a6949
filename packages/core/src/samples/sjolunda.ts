/**
 * Sample dataset: joint governance of health and social care in the invented county of Sjölunda
 * (the fifth sample). Unlike the four seeds it is not modelled on one document, but on the shape
 * many counties publish: a political steering group that meets as needed, with a chair and host
 * that rotate between the members; a committee of officials that prepares its matters; working
 * groups it sets up; each member organisation appointing its own people; a mandate approved on
 * paper before the tool was used, with an annual report every year. The dataset holds only the
 * directory — the mandate, the working group, the meetings and the reports come by command (see
 * its history), as a region modelling its own network would bring them.
 */
import type { DatasetInput } from '../dataset/dataset.schema.js';
import { networkAdministration } from './sample-helpers.js';
import { sjolundaGroups, sjolundaIds, sjolundaOrganisations, sjolundaPeople, sjolundaRoles } from './sjolunda.people.js';

const administration = networkAdministration('sjolunda', sjolundaPeople.coordinator);

export const sjolunda = {
  id: 'sjolunda',
  name: { sv: 'Länsgemensam ledning i Sjölunda län', en: 'Joint health and social care governance in Sjölunda county' },
  description: {
    sv: 'Region Sjölunda och länets tre kommuner leder vård och omsorg tillsammans: en politisk samverkansberedning som möts vid behov, en tjänstepersonsberedning som bereder dess ärenden och arbetsgrupper som tillsätts efter behov.',
    en: 'Region Sjölunda and the county’s three municipalities govern health and social care together: a political steering group that meets as needed, a committee of officials that prepares its matters, and working groups set up as needed.',
  },
  source: 'Påhittat län, modellerat på länsgemensam ledning i samverkan för vård och omsorg så som länen beskriver den',
  organisations: sjolundaOrganisations,
  // The nurse joins by command (addPerson) when Norrvik appoints him to the working group.
  people: Object.values(sjolundaPeople).filter((p) => p.id !== sjolundaPeople.norrvikNurse.id),
  roles: [...sjolundaRoles, administration.role],
  groups: sjolundaGroups,
  deliverableTemplates: [
    {
      id: sjolundaIds.template,
      kind: 'annualReport',
      title: 'Årsrapport',
      outline: [
        { heading: 'Året i korthet', guidance: 'Vad har samverkan åstadkommit under året?' },
        { heading: 'Måluppfyllelse', guidance: 'Hur långt har vi kommit mot uppdragets mål?' },
        { heading: 'Inför nästa år' },
      ],
    },
  ],
  networkStaffing: administration.staffing,
} satisfies DatasetInput;
