/**
 * Sample dataset: eHälsalyftet (seeds 000 and 001) — an ESF-co-funded competence programme in
 * the Stockholm county council, 2016–2018, run as dialogue seminars of about ten colleagues
 * from several professional categories, grouped in three themes the steering group decides.
 * The unit costs are EXAMPLE FIGURES, not the ESF Council's decided standard costs.
 */
import type { DatasetInput } from '../dataset/dataset.schema.js';
import type { TimeReport } from '../esf/time-report.schema.js';
import type { MandateInput } from '../mandate/mandate.schema.js';
import {
  communicator,
  countyCouncil,
  developmentLeaders,
  ehalsalyftetOrganisations,
  ehalsalyftetPeople,
  ehalsalyftetRoles,
  ehalsalyftetStaffingPlan,
  esfCouncil,
  processSupervisors,
  projectManager,
  projectOffice,
  seminarParticipants,
  seminarUnits,
  steeringGroup,
} from './ehalsalyftet.people.js';
import { networkAdministration, swedishTime } from './sample-helpers.js';

const P = 'ehalsalyftet';
const mandateId = `${P}:uppdrag-utvecklingsledare`;
const steeringGroupId = `${P}:styrgrupp`;
const networkId = `${P}:utvecklingsledarnatverk`;

export const ehalsalyftetMandate: MandateInput = {
  id: mandateId,
  title: 'Uppdragsbeskrivning Utvecklingsledare i eHälsalyftet',
  date: '2016-02-01',
  // The proposal the steering group approved as 1.0 on 2016-03-01 — in the sample's history.
  version: '0.9',
  background:
    'eHälsalyftet är ett projekt som medfinansieras av Europeiska socialfonden (ESF) och vänder sig till medarbetare inom SLL. Projektet pågår mellan 2016 och 2018 och genomförs genom dialogseminarier; tre teman planeras under projekttiden.',
  purpose:
    'Att genom en nätverksmodell för lärande få medarbetare av olika yrkeskategorier att delta i kompetensutvecklingsinsatser för att höja eHälsa-kompetensen i respektive organisation.',
  values:
    'Alla projektdeltagare ska behandlas lika oavsett kön, ålder, funktionsvariation, yrkeskategori, social position, etnisk och religiös tillhörighet eller sexuell identitet. Det ska vara högt i tak där alla vågar och får möjlighet att uttrycka sin åsikt.',
  method:
    'Alla medarbetare deltar i dialogseminarium en gång per tema. Dialogseminarier leds av utvecklingsledare från den egna verksamheten i tvärprofessionella grupper med ca 10 deltagare. Styrgruppen beslutar om inriktningen för varje tema. Efter seminarierna sker återkoppling till verksamhetens ledning.',
  scope: { text: 'Medarbetare i de deltagande organisationerna inom Stockholms läns landsting.' },
  tasks: [
    {
      area: 'Uppdrag',
      items: [
        'Leda dialogseminarier för medarbetare inom sin verksamhet',
        'Planera och följa upp dialogseminarier inom sin verksamhet',
        'Rapportera arbetade timmar samt deltagarnärvaro vid dialogseminarium enligt gällande rutiner',
        'Sammanfatta behov och önskemål som framkommer vid dialogseminarierna och återkoppla till närmaste processhandledare och verksamhetens ledning',
        'Delta, inför varje nytt dialogseminarietema, i nätverksgrupper tillsammans med andra utvecklingsledare',
        'Delta vid lärandeseminarium inom eHälsalyftet',
      ],
    },
  ],
  competenceRequirements: ehalsalyftetRoles[2]!.competenceRequirements,
  commissioner: { id: steeringGroupId, name: 'Styrgruppen för eHälsalyftet' },
  financiers: [
    { id: esfCouncil.id, name: esfCouncil.name },
    { id: countyCouncil.id, name: countyCouncil.name },
  ],
  period: { start: '2016-01-01', end: '2018-12-31' },
  organisation: {
    description: 'Styrgrupp med ledningsrepresentanter, projektkontor med processhandledare, utvecklingsledare i varje deltagande verksamhet.',
    groupIds: [steeringGroupId, networkId, ...seminarUnits.map((u) => `${P}:seminariegrupp-${u.id.split(':')[1]}`)],
  },
  staffingPlan: ehalsalyftetStaffingPlan,
  roles: ehalsalyftetRoles,
  meetings: [
    {
      id: `${P}:natverkstraff`,
      name: 'Nätverksträff för utvecklingsledare',
      groupId: networkId,
      cadence: { meetingsPerYear: 2, breakMonths: [7] },
      agendaLeadTimeDays: 14,
      responsibleRole: 'processSupervisor',
      place: 'Projektkontoret',
    },
  ],
  deliverables: [
    { kind: 'needsSummary', description: 'Sammanfattning av behov och önskemål från varje dialogseminarium.' },
    { kind: 'communicationPlan', description: 'Kommunikationsplan, uppdaterad efter varje avslutat tema.', due: '2016-04-30' },
    { kind: 'evaluationReport', description: 'Lärandeutvärdering av projektet.', due: '2018-12-15' },
  ],
  compensation:
    'För redovisning av lönekostnader tillämpar ESF enhetskostnader och inte faktiska lönekostnader. Projektet använder av ESF beslutade schablonsummor för varje yrkeskategori. Utvecklingsledarens verksamhet får ersättning för tid i projektet.',
  versionHistory: [{ date: '2016-02-01', version: '0.9', issuer: projectManager.name, reason: 'Förslag' }],
  classification: 'internal',
};

const themes = [
  { key: 'tema-1', title: 'Digitala vårdmöten', period: { start: '2016-09-01', end: '2017-01-31' } },
  { key: 'tema-2', title: 'Journalen via nätet och invånarens e-tjänster', period: { start: '2017-03-01', end: '2017-09-30' } },
  { key: 'tema-3', title: 'Välfärdsteknik och informationssäkerhet', period: { start: '2018-02-01', end: '2018-09-30' } },
];

/** One seminar per unit and theme; each unit's ten colleagues make a cross-professional group. */
const seminarDays = [
  ['2016-10-11', '2016-10-18', '2016-10-25'],
  ['2017-04-04', '2017-04-25', '2017-05-09'],
  ['2018-03-06', '2018-03-13', '2018-03-20'],
];

const seminars = themes.flatMap((theme, t) =>
  seminarUnits.map((unit, u) => ({
    id: `${P}:${theme.key}-${unit.id.split(':')[1]}`,
    themeId: `${P}:${theme.key}`,
    organisationId: unit.id,
    leaderId: developmentLeaders[u * 2 + (t % 2)]!.id,
    title: `${theme.title} – ${unit.name}`,
    place: unit.name,
    plannedAt: swedishTime(seminarDays[t]![u]!, '13:00'),
    participants: seminarParticipants
      .filter((p) => p.organisationId === unit.id)
      .map((p) => ({ personId: p.id, professionalCategory: p.professionalCategory })),
  })),
);

/** Hours for the first theme's seminars: two hours each participant, three for the leader. */
const timeReports: TimeReport[] = seminars.slice(0, 3).flatMap((s) => {
  const date = s.plannedAt.slice(0, 10);
  const leader = developmentLeaders.find((d) => d.id === s.leaderId)!;
  return [
    {
      id: `${s.id}-tid-${leader.id.split(':')[1]}`,
      personId: leader.id,
      projectId: P,
      date,
      hours: 3,
      activity: 'dialogueSeminar' as const,
      professionalCategory: leader.professionalCategory,
      seminarId: s.id,
    },
    ...s.participants.map((p) => ({
      id: `${s.id}-tid-${p.personId.split(':')[1]}`,
      personId: p.personId,
      projectId: P,
      date,
      hours: 2,
      activity: 'dialogueSeminar' as const,
      professionalCategory: p.professionalCategory,
      seminarId: s.id,
    })),
  ];
});

const exampleCost = (professionalCategory: TimeReport['professionalCategory'], amountPerHour: number) => ({
  professionalCategory,
  amountPerHour,
  validFrom: '2016-01-01',
  validTo: '2018-12-31',
  exampleFigure: true,
  source: 'Exempelsiffror för demonstration – inte ESF-rådets beslutade schablonsummor.',
});

/** The communicator (kommunikatör/administratör) administers the programme's data in the tool. */
export const ehalsalyftetAdministration = networkAdministration(P, communicator);

export const ehalsalyftet: DatasetInput = {
  id: P,
  name: { sv: 'eHälsalyftet', en: 'eHälsalyftet (the e-health lift)' },
  description: {
    sv: 'Ett ESF-medfinansierat kompetensprojekt 2016–2018 där utvecklingsledare leder tvärprofessionella dialogseminarier i tre teman som styrgruppen beslutar.',
    en: 'An ESF-co-funded competence programme, 2016–2018, in which development leaders run cross-professional dialogue seminars in three themes decided by the steering group.',
  },
  source: 'Uppdragsbeskrivning Utvecklingsledare och Kommunikationsplan för eHälsalyftet (seeds 000 and 001)',
  organisations: ehalsalyftetOrganisations,
  people: ehalsalyftetPeople,
  roles: [...ehalsalyftetRoles, ehalsalyftetAdministration.role],
  networkStaffing: ehalsalyftetAdministration.staffing,
  groups: [
    {
      id: steeringGroupId,
      kind: 'steeringGroup',
      name: 'Styrgruppen för eHälsalyftet',
      description: 'Ledningsrepresentanter från varje deltagande organisation.',
      hostOrganisationId: projectOffice.id,
      staffingPlan: { entries: [{ roleId: `${P}:styrgruppsledamot`, personIds: steeringGroup.map((p) => p.id), min: 3, max: 6 }] },
    },
    {
      id: networkId,
      kind: 'network',
      name: 'Nätverket för utvecklingsledare',
      hostOrganisationId: projectOffice.id,
      mandateId,
    },
    ...seminarUnits.map((unit) => ({
      id: `${P}:seminariegrupp-${unit.id.split(':')[1]}`,
      kind: 'seminarGroup' as const,
      name: `Seminariegrupp ${unit.name}`,
      hostOrganisationId: unit.id,
      parentGroupId: networkId,
    })),
  ],
  mandates: [ehalsalyftetMandate],
  meetings: themes.map((theme) => ({
    id: `${P}:natverkstraff-${theme.key}`,
    seriesId: `${P}:natverkstraff`,
    groupId: networkId,
    title: `Nätverksträff inför ${theme.title}`,
    startsAt: swedishTime(theme.period.start, '09:00'),
    durationMinutes: 180,
    place: 'Projektkontoret',
  })),
  themes: themes.map((theme) => ({
    id: `${P}:${theme.key}`,
    programmeId: P,
    title: theme.title,
    steeringGroupId,
    period: theme.period,
  })),
  seminars,
  unitCosts: [
    exampleCost('nurse', 420),
    exampleCost('assistantNurse', 330),
    exampleCost('physician', 780),
    exampleCost('administrator', 320),
    exampleCost('physiotherapist', 400),
    exampleCost('occupationalTherapist', 400),
    exampleCost('counsellor', 390),
  ],
  timeReports,
  deliverables: [
    {
      id: `${P}:kommunikationsplan`,
      kind: 'communicationPlan',
      title: 'Kommunikationsplan för eHälsalyftet',
      mandateId,
      ownerId: communicator.id,
      due: '2016-04-30',
    },
    {
      id: `${P}:behovssammanstallning-tema-1`,
      kind: 'needsSummary',
      title: 'Behovssammanställning tema 1',
      mandateId,
      ownerId: processSupervisors[0]!.id,
      due: '2017-02-28',
    },
    {
      id: `${P}:larandeutvardering`,
      kind: 'evaluationReport',
      title: 'Lärandeutvärdering av eHälsalyftet',
      mandateId,
      ownerId: projectManager.id,
      due: '2018-12-15',
    },
  ],
  communicationPlans: [
    {
      id: `${P}:kommunikationsplan-2016`,
      title: 'Kommunikationsplan för eHälsalyftet',
      mandateId,
      about:
        'Kommunikationsplanen gäller för projektet eHälsalyftet. Första versionen togs fram i april 2016 och uppdateras efter varje avslutat tema fram till projektets slut i december 2018.',
      period: { start: '2016-04-01', end: '2018-12-31' },
      overallGoals: [
        'Att öka medarbetarnas kompetens inom eHälsa i takt med omgivningens nya kravbild',
        'Att arbetet enligt nätverksmodellen ökar kompetensöverföringen inom och mellan olika yrkesgrupper',
        'Att alla medarbetare ser sin egen roll som en del i en helhet, även över organisations- och verksamhetsgränserna',
        'Att medarbetare har en överlag positiv bild av genomförandeprocessen',
      ],
      communicationGoals: {
        know: [
          'Projektets syfte, mål och genomförande',
          'Att projektet finansieras av Europeiska socialfonden (ESF) till och med december 2018',
          'Att projektet arbetar utifrån tre horisontella principer: jämställdhetsintegrering, tillgänglighet för personer med funktionsnedsättning, likabehandling och icke-diskriminering',
          'Sin respektive roll i projektet',
        ],
        feel: ['Nyfikenhet på eHälsa, digitalisering och projektet'],
        do: ['Delta i ett dialogseminarium per tema'],
      },
      strategicGoals: {
        internal: [
          'Öka förståelsen och väcka intresse för eHälsa och digitaliseringens möjligheter',
          'Öka kunskapen om samarbetet med Europeiska socialfonden (ESF)',
        ],
        external: ['Väcka intresset för eHälsa', 'Öka kunskapen om eHälsalyftet och samarbetet med ESF'],
      },
      strategy: {
        internal: {
          bullets: [
            'Kommunicera projektets syfte och mål',
            'Kommunicera erfarenheter och resultat som genereras från dialogseminarier',
            'Kommunicera resultat från utvärdering efter genomförda teman',
            'Kommunicera ESF-rådets roll som medfinansiärer',
          ],
        },
        external: {
          summary: 'Den externa kommunikationen syftar i första hand till att sprida kunskap om projektet.',
          bullets: ['Kommunicera uppdaterade status- och lägesrapporter', 'Kommunicera resultat från utvärdering efter genomförda teman'],
        },
      },
      background:
        'För att uppnå projektmålen krävs ett gediget förankringsarbete. Kommunikationen utgår från en gemensam plan men målgruppsanpassas efter behov på respektive organisation.',
      purpose: 'Att bidra till att projektets mål uppnås och fungera som en gemensam plattform för intern och extern kommunikation.',
      targetGroups: {
        primary: ['Samtliga medarbetare inklusive chefer inom de berörda organisationerna'],
        secondary: ['Politiker', 'Forskare', 'Studenter', 'Kommuner', 'Andra landsting', 'Övriga vårdgivare i Stockholm', 'Invånare'],
      },
      channels: {
        internal: ['Intranät', 'Lärandeseminarier, inspirationsdagar, chefsträffar och arbetsplatsträffar', 'Interna nyhetsbrev', 'Digitala forum'],
        external: ['Externa webben', 'Sociala medier', 'Övrig media'],
      },
      keyMessage: 'År 2025 ska Sverige vara bäst i världen på att använda digitaliseringens och e-hälsans möjligheter (Vision e-hälsa 2025).',
      projectMethod: 'En nätverksmodell för lärande där kompetensutvecklingen sker genom medarbetarledda dialogseminarier.',
      risks: [
        { id: 'k1', description: 'Andra pågående projekt prioriteras högre.', mitigation: 'Poängtera och upplys om projektets värde och nytta.' },
        { id: 'k2', description: 'Projektet är inte förankrat på respektive organisation.', mitigation: 'Regelbunden avstämning och återkoppling med styrgrupp.' },
        { id: 'k3', description: 'Koordineringen i kommunikationsnätverken brister.', mitigation: 'Fokus på synliggörande och tydlig kommunikation mellan och inom enheter.' },
        { id: 'k4', description: 'Resurser saknas för ett effektivt kommunikationsarbete.', mitigation: 'Kontinuerlig avstämning och dialog med projektkontoret.' },
      ],
      activities: [
        { id: 'a1', activity: 'Beställning av material (namnskyltar, agenda, roll-up)', when: { kind: 'text', text: 'Inför kick-off' }, responsible: ['Projektledare', 'Kommunikatör'] },
        { id: 'a2', activity: 'Film: ”Vad är eHälsa?”', when: { kind: 'text', text: 'Inför kick-off' }, responsible: ['Kommunikatör'] },
        { id: 'a3', activity: 'Nyhetsbrev till processhandledare och utvecklingsledare', when: { kind: 'text', text: 'Månadsvis' }, responsible: ['Kommunikatör'], channel: 'Nyhetsbrev' },
        { id: 'a4', activity: 'Kick-off med intervjuer med processhandledare', when: { kind: 'date', date: '2016-05-24' }, responsible: ['Projektledare', 'Kommunikatör'] },
        { id: 'a5', activity: 'Synliggörande av ESF:s medfinansiering', when: { kind: 'text', text: 'Pågående' }, responsible: ['Projektledare', 'Kommunikatör'] },
        { id: 'a6', activity: 'Uppdatering av intranät', when: { kind: 'text', text: 'Pågående' }, responsible: ['Kommunikatör'], channel: 'Intranät' },
        { id: 'a7', activity: 'Kommunikationsnätverksträff', when: { kind: 'date', date: '2016-09-02' }, responsible: ['Kommunikatör'] },
      ],
      followUp:
        'Upphandlade utvärderare genomför en lärandeutvärdering. Projektkontoret gör stickprovsintervjuer med medarbetare om kommunikationsinsatserna; kommunikatörerna återrapporterar resultatet i sina organisationer.',
      contacts: [
        { role: 'Projektledare', personId: projectManager.id },
        { role: 'Kommunikatör/administratör', personId: communicator.id },
      ],
      revisionRule: { trigger: 'afterEachTheme', text: 'Planen uppdateras efter varje avslutat tema.' },
      versions: [{ date: '2016-04-15', version: '1.0', issuer: communicator.name, reason: 'Första versionen' }],
    },
  ],
};
