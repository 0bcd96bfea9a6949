import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { Risk, RiskAnalysis, RiskLevel, riskLevelLabels, RiskStatus, riskStatusLabels } from './risk.schema.js';

function issuesByPath(result: ReturnType<typeof parseWith>) {
  expect(result.ok).toBe(false);
  return result.ok ? {} : Object.fromEntries(result.issues.map((i) => [i.pathText, i.message]));
}

const assessed = {
  id: 'r1',
  description: 'Kommunerna hinner inte fatta beslut före avtalets utgång',
  consequence: 'Glapp mellan gammalt och nytt avtal',
  likelihood: 3,
  impact: 4,
  mitigation: 'Tidig förankring i varje kommuns ledning',
  ownerId: 'dalarna-omstallningsledare-1',
};

describe('Risk schema', () => {
  it('accepts a risk with only a mitigation, as in the communication plan, and defaults the status', () => {
    const parsed = parseWith(Risk, {
      id: 'prio',
      description: 'Andra pågående projekt prioriteras högre.',
      mitigation: 'Poängtera och upplys om projektets värde och nytta.',
    });
    expect(parsed.ok && parsed.value.status).toBe('open');
  });

  it('rejects ratings outside 1–5 naming the path in both languages', () => {
    const byPath = issuesByPath(parseWith(Risk, { ...assessed, likelihood: 0, impact: 6 }));
    expect(byPath['likelihood']).toEqual({ sv: '«likelihood» måste vara minst 1', en: '«likelihood» must be at least 1' });
    expect(byPath['impact']).toEqual({ sv: '«impact» får vara högst 5', en: '«impact» must be at most 5' });
  });

  it('rejects a likelihood without an impact', () => {
    const byPath = issuesByPath(parseWith(Risk, { ...assessed, impact: undefined }));
    expect(byPath['impact']?.sv).toContain('ange båda eller ingen');
    expect(byPath['impact']?.en).toContain('give both or neither');
  });

  it('rejects a risk without a mitigation', () => {
    const byPath = issuesByPath(parseWith(Risk, { ...assessed, mitigation: undefined }));
    expect(byPath['mitigation']?.en).toBe('«mitigation» is missing but required');
  });
});

describe('RiskAnalysis schema', () => {
  const analysis = {
    id: 'dalarna-rka',
    title: 'Risk- och konsekvensanalys, ny överenskommelse',
    scope: 'Införandet av överenskommelsen i länets 15 kommuner och regionen',
    date: '2026-09-01',
    risks: [assessed],
  };

  it('accepts an analysis of assessed risks', () => {
    expect(parseWith(RiskAnalysis, analysis).ok).toBe(true);
  });

  it('requires consequence, likelihood and impact for every risk', () => {
    const byPath = issuesByPath(
      parseWith(RiskAnalysis, { ...analysis, risks: [{ id: 'r2', description: 'x', mitigation: 'y' }] }),
    );
    expect(Object.keys(byPath).sort()).toEqual(['risks[0].consequence', 'risks[0].impact', 'risks[0].likelihood']);
    expect(byPath['risks[0].consequence']?.sv).toBe('«risks[0].consequence» saknas men är obligatoriskt');
  });

  it('rejects two risks with the same id and a missing scope', () => {
    const byPath = issuesByPath(parseWith(RiskAnalysis, { ...analysis, scope: undefined, risks: [assessed, assessed] }));
    expect(byPath['scope']).toBeDefined();
    const dup = issuesByPath(parseWith(RiskAnalysis, { ...analysis, risks: [assessed, assessed] }));
    expect(dup['risks[1].id']).toEqual({ sv: '«risks[1].id» två risker har samma id', en: '«risks[1].id» two risks have the same id' });
  });
});

describe('labels', () => {
  it('name every status and level in Swedish and English', () => {
    expect(Object.keys(riskStatusLabels).sort()).toEqual([...RiskStatus.options].sort());
    expect(Object.keys(riskLevelLabels).sort()).toEqual([...RiskLevel.options].sort());
    expect(riskLevelLabels.high).toEqual({ sv: 'Hög', en: 'High' });
  });
});
