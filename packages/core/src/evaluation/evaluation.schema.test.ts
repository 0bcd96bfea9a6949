import { describe, expect, it } from 'vitest';
import { parseWith } from '../shared/validation.js';
import { Evaluation, EvaluationSection, evaluationSectionLabels } from './evaluation.schema.js';

/** The Fyrbodal e-health network's evaluation report (seed 004), with invented content. */
const fyrbodal = {
  id: 'fyrbodal-utvardering-2019-2020',
  title: 'Utvärderingsrapport e-hälsonätverket 2019–2020',
  mandateId: 'fyrbodal-ehalsa',
  groupId: 'fyrbodal-ehalsonatverket',
  period: { start: '2019-01-01', end: '2020-12-31' },
  compiledBy: 'fyrbodal-processledare-1',
  contributors: [
    { personId: 'rep-uddevalla', organisationId: 'uddevalla', role: 'Kommunrepresentant' },
    { personId: 'rep-orust', organisationId: 'orust', role: 'Kommunrepresentant' },
  ],
  expectations: [{ text: 'Erfarenhetsutbyte om välfärdsteknik', contributorId: 'rep-uddevalla', collectedAt: '2019-02-14' }],
  experiences: [{ text: 'Nätverket har gett stöd i frågor om digital trygghet', contributorId: 'rep-orust' }],
  activityEvaluations: [{ activity: 'Nätverksmöten 2019', assessment: 'Välbesökta, för lite tid för dialog', rating: 4 }],
  recommendations: ['Avsätt tid för erfarenhetsutbyte på varje möte.'],
};

function issuesByPath(result: ReturnType<typeof parseWith>) {
  expect(result.ok).toBe(false);
  return result.ok ? {} : Object.fromEntries(result.issues.map((i) => [i.pathText, i.message]));
}

describe('Evaluation schema', () => {
  it('accepts the Fyrbodal evaluation report', () => {
    expect(parseWith(Evaluation, fyrbodal).ok).toBe(true);
  });

  it('defaults the sections to empty lists', () => {
    const parsed = parseWith(Evaluation, {
      id: 'e', title: 'Utvärdering', period: fyrbodal.period, compiledBy: 'p',
    });
    expect(parsed.ok && [parsed.value.expectations, parsed.value.recommendations]).toEqual([[], []]);
  });

  it('rejects a statement by someone who is not a contributor, naming the path in both languages', () => {
    const byPath = issuesByPath(
      parseWith(Evaluation, { ...fyrbodal, experiences: [{ text: 'Bra', contributorId: 'rep-mellerud' }] }),
    );
    expect(byPath['experiences[0].contributorId']).toEqual({
      sv: '«experiences[0].contributorId» personen finns inte bland de medverkande',
      en: '«experiences[0].contributorId» the person is not among the contributors',
    });
  });

  it('rejects an expectation collected outside the period and a period that ends before it starts', () => {
    const outside = issuesByPath(
      parseWith(Evaluation, { ...fyrbodal, expectations: [{ text: 'x', collectedAt: '2018-12-01' }] }),
    );
    expect(outside['expectations[0].collectedAt']?.en).toContain('outside the evaluated period');
    const backwards = issuesByPath(parseWith(Evaluation, { ...fyrbodal, period: { start: '2020-12-31', end: '2019-01-01' } }));
    expect(backwards['period.end']?.sv).toContain('slutdatum får inte ligga före startdatum');
  });

  it('rejects a rating outside 1–5 and an empty recommendation', () => {
    const byPath = issuesByPath(
      parseWith(Evaluation, {
        ...fyrbodal,
        activityEvaluations: [{ activity: 'Möten', assessment: 'Bra', rating: 7 }],
        recommendations: [''],
      }),
    );
    expect(byPath['activityEvaluations[0].rating']?.sv).toBe('«activityEvaluations[0].rating» får vara högst 5');
    expect(byPath['recommendations[0]']?.en).toBe('«recommendations[0]» must not be empty');
  });
});

describe('labels', () => {
  it('name every section in Swedish and English, in the report’s order', () => {
    expect(Object.keys(evaluationSectionLabels)).toEqual([...EvaluationSection.options]);
    expect(evaluationSectionLabels.recommendations).toEqual({ sv: 'Rekommendationer inför framtiden', en: 'Recommendations for the future' });
  });
});
