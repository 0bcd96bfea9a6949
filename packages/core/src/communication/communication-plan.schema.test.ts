import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import {
  CommunicationAudience,
  communicationAudienceLabels,
  CommunicationPlan,
  CommunicationRevisionTrigger,
  communicationRevisionTriggerLabels,
  currentCommunicationPlanVersion,
} from './communication-plan.schema.js';

/** The eHälsalyftet communication plan (seed 001), abridged. */
const ehalsalyftet = {
  id: 'ehalsalyftet-kommunikationsplan',
  title: 'Kommunikationsplan för eHälsalyftet',
  about: 'Gäller för projektet eHälsalyftet; uppdateras efter varje avslutat tema fram till december 2018.',
  period: { start: '2016-04-01', end: '2018-12-31' },
  overallGoals: ['Att öka medarbetarnas kompetens inom eHälsa i takt med omgivningens nya kravbild.'],
  communicationGoals: {
    know: ['Projektets syfte, mål och genomförande.', 'Att projektet finansieras av Europeiska socialfonden (ESF).'],
    feel: ['Ska bli nyfikna på eHälsa, digitalisering och projektet.'],
    do: ['Ska delta i ett dialogseminarium per tema.'],
  },
  strategicGoals: {
    internal: ['Att öka förståelsen och väcka intresse för eHälsa och digitaliseringens möjligheter.'],
    external: ['Att väcka intresset för eHälsa.'],
  },
  strategy: {
    internal: {
      summary: 'Kommunikationsinsatserna ska bidra till att projektets mål uppnås.',
      bullets: ['Kommunicera projektets syfte och mål.', 'Kommunicera ESF-rådets roll som medfinansiärer.'],
    },
    external: { bullets: ['Kommunicera resultat från utvärdering efter genomförda teman.'] },
  },
  background: 'För att uppnå fastställda projektmål krävs ett gediget förankringsarbete.',
  purpose: 'Syftet med kommunikationen är att bidra till att projektets mål uppnås.',
  targetGroups: {
    primary: ['Samtliga medarbetare inklusive chefer inom de berörda organisationerna'],
    secondary: ['Politiker', 'Forskare', 'Studenter', 'Invånare'],
  },
  channels: { internal: ['Intranät', 'Lärandeseminarier'], external: ['Externa webben', 'Sociala media'] },
  keyMessage: 'Vision e-hälsa 2025: Sverige ska vara bäst i världen på att använda digitaliseringens möjligheter.',
  projectMethod: 'En nätverksmodell för lärande med medarbetarledda dialogseminarier.',
  risks: [
    {
      id: 'prioritering',
      description: 'Andra pågående projekt prioriteras högre.',
      mitigation: 'Poängtera och upplys om projektets värde och nytta.',
    },
  ],
  activities: [
    { id: 'kickoff', activity: 'Kick-off, intervjuer med PHL', when: { kind: 'date', date: '2016-05-24' }, responsible: ['Projektledare', 'Kommunikatör'] },
    { id: 'nyhetsbrev', activity: 'Nyhetsbrev till PHL/UL månadsvis', when: { kind: 'text', text: 'Pågående' }, responsible: ['Kommunikatör'], channel: 'Nyhetsbrev' },
  ],
  followUp: 'Ekan Management genomför en lärandeutvärdering; projektkontoret gör stickprovsintervjuer.',
  contacts: [{ role: 'Projektledare', personId: 'ehl-projektledare' }],
  revisionRule: { trigger: 'afterEachTheme', text: 'Uppdateras efter varje avslutat tema.' },
  versions: [
    { date: '2016-04-15', version: '1.0', reason: 'Första versionen' },
    { date: '2016-11-30', version: '1.1', reason: 'Uppdaterad efter tema 1' },
  ],
};

function issuesByPath(result: ReturnType<typeof parseWith>) {
  expect(result.ok).toBe(false);
  return result.ok ? {} : Object.fromEntries(result.issues.map((i) => [i.pathText, i.message]));
}

describe('CommunicationPlan schema', () => {
  it('accepts the eHälsalyftet plan and defaults what it leaves out', () => {
    const parsed = parseWith(CommunicationPlan, ehalsalyftet);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.risks[0]?.status).toBe('open');
    expect(parsed.value.strategy.external.bullets).toHaveLength(1);
    expect(currentCommunicationPlanVersion(parsed.value)?.version).toBe('1.1');
  });

  it('rejects an activity with a bad timing and no one responsible, naming the paths in both languages', () => {
    const byPath = issuesByPath(
      parseWith(CommunicationPlan, {
        ...ehalsalyftet,
        activities: [{ id: 'film', activity: 'Film: vad är eHälsa?', when: { kind: 'date', date: '24 maj' }, responsible: [] }],
      }),
    );
    expect(byPath['activities[0].when.date']?.sv).toContain('ÅÅÅÅ-MM-DD');
    expect(byPath['activities[0].when.date']?.en).toContain('YYYY-MM-DD');
    expect(byPath['activities[0].responsible']).toEqual({
      sv: '«activities[0].responsible» får inte vara tom',
      en: '«activities[0].responsible» must not be empty',
    });
  });

  it('rejects a plan without a primary target group or a version', () => {
    const byPath = issuesByPath(
      parseWith(CommunicationPlan, { ...ehalsalyftet, targetGroups: { primary: [] }, versions: [] }),
    );
    expect(byPath['targetGroups.primary']?.en).toBe('«targetGroups.primary» must not be empty');
    expect(byPath['versions']?.sv).toBe('«versions» får inte vara tom');
  });

  it('rejects an unknown revision rule and versions out of date order', () => {
    const byPath = issuesByPath(
      parseWith(CommunicationPlan, {
        ...ehalsalyftet,
        revisionRule: { trigger: 'sometimes' },
      }),
    );
    expect(byPath['revisionRule.trigger']?.en).toContain('"sometimes"');
    const order = issuesByPath(
      parseWith(CommunicationPlan, { ...ehalsalyftet, versions: [...ehalsalyftet.versions].reverse() }),
    );
    expect(order['versions[1].date']?.sv).toContain('datumordning');
    expect(order['versions[1].date']?.en).toContain('date order');
  });

  it('rejects a risk with half an assessment and duplicate activity ids', () => {
    const byPath = issuesByPath(
      parseWith(CommunicationPlan, {
        ...ehalsalyftet,
        risks: [{ ...ehalsalyftet.risks[0], likelihood: 3 }],
        activities: [ehalsalyftet.activities[0], ehalsalyftet.activities[0]],
      }),
    );
    expect(byPath['risks[0].impact']?.en).toContain('give both or neither');
    expect(byPath['activities[1].id']?.sv).toContain('två aktiviteter har samma id');
  });
});

describe('labels', () => {
  it('name every revision trigger and audience in Swedish and English', () => {
    expect(Object.keys(communicationRevisionTriggerLabels).sort()).toEqual([...CommunicationRevisionTrigger.options].sort());
    expect(Object.keys(communicationAudienceLabels).sort()).toEqual([...CommunicationAudience.options].sort());
    expect(communicationRevisionTriggerLabels.afterEachTheme.sv).toBe('Efter varje avslutat tema');
  });
});
