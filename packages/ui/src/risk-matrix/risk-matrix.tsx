/**
 * RiskMatrix — a risk and consequence analysis as a 5 × 5 matrix (likelihood up, consequence
 * across) with each assessed risk placed in its square, and the same risks as a table: the
 * matrix shows the pattern, the table is the accessible whole. Every square names its level in
 * words as well as by colour and pattern, and the levels are core's (`riskLevel` over
 * `riskScore`); risks not yet assessed are listed apart, never guessed into the matrix.
 */
import { riskLevel, riskLevelLabels, riskScore, type Locale, type LocalizedText, type RiskLevel } from '@samverkan/core/labels';
import { useId } from 'react';
import { formatDate } from '../i18n/format.js';
import { useLocale } from '../i18n/locale.js';
import { ScrollRegion } from '../scroll-region/scroll-region.js';

/** A risk as `useRiskAnalyses` gives it (the fields shown). */
export interface RiskMatrixRisk {
  id: string;
  risk: { description: string; consequence?: string | undefined; mitigation: string };
  likelihood: number | undefined;
  impact: number | undefined;
  score: number | undefined;
  level: RiskLevel | undefined;
  levelLabel: LocalizedText | undefined;
  statusLabel: LocalizedText;
  ownerName: string | undefined;
}

export interface RiskMatrixProps {
  title: string;
  /** What the analysis covers. */
  scope?: string;
  date?: string;
  version?: string;
  /** Highest score first, as `useRiskAnalyses` orders them. */
  risks: readonly RiskMatrixRisk[];
  locale?: Locale;
}

const text = {
  matrix: { sv: 'Riskmatris', en: 'Risk matrix' },
  likelihood: { sv: 'Sannolikhet', en: 'Likelihood' },
  consequence: { sv: 'Konsekvens', en: 'Consequence' },
  table: { sv: 'Risker i tabellform', en: 'Risks as a table' },
  risks: { sv: 'Risker', en: 'Risks' },
  risk: { sv: 'Risk', en: 'Risk' },
  effect: { sv: 'Konsekvens', en: 'Consequence' },
  score: { sv: 'Riskvärde', en: 'Score' },
  level: { sv: 'Nivå', en: 'Level' },
  mitigation: { sv: 'Åtgärd', en: 'Mitigation' },
  owner: { sv: 'Ansvarig', en: 'Owner' },
  status: { sv: 'Status', en: 'Status' },
  notAssessed: { sv: 'Inte bedömd', en: 'Not assessed' },
  unassessed: {
    sv: (n: number) => `${n} ${n === 1 ? 'risk är' : 'risker är'} inte bedömda och finns därför inte i matrisen.`,
    en: (n: number) => `${n} ${n === 1 ? 'risk is' : 'risks are'} not assessed and so not in the matrix.`,
  },
  empty: { sv: 'Analysen har inga risker.', en: 'The analysis has no risks.' },
  dated: { sv: 'Daterad', en: 'Dated' },
  version: { sv: 'version', en: 'version' },
  scale: { sv: '1 = lägst, 5 = högst', en: '1 = lowest, 5 = highest' },
} as const;

const scale = [1, 2, 3, 4, 5] as const;

/** A short, stable name for a risk in the matrix: R1, R2 … in the order given. */
function marker(index: number): string {
  return `R${index + 1}`;
}

export function RiskMatrix({ title, scope, date, version, risks, locale: localeProp }: RiskMatrixProps) {
  const locale = useLocale(localeProp);
  const id = useId();
  const assessed = risks.filter((r) => r.likelihood !== undefined && r.impact !== undefined);
  const unassessed = risks.length - assessed.length;
  const names = new Map(risks.map((r, i) => [r.id, marker(i)]));
  return (
    <section className="sv-risk-matrix" aria-labelledby={`${id}-heading`}>
      <h2 className="sv-heading" id={`${id}-heading`}>
        {title}
      </h2>
      {scope ? <p className="sv-risk-matrix__scope">{scope}</p> : null}
      {date ? (
        <p className="sv-description">
          {text.dated[locale]} {formatDate(date, locale)}
          {version ? `, ${text.version[locale]} ${version}` : ''}
        </p>
      ) : null}
      {risks.length === 0 ? <p className="sv-description">{text.empty[locale]}</p> : null}
      {unassessed > 0 ? (
        <p className="sv-notice" data-variant="warning" role="note">
          {text.unassessed[locale](unassessed)}
        </p>
      ) : null}

      {assessed.length > 0 ? (
        <ScrollRegion label={text.matrix[locale]} locale={locale}>
          <table className="sv-risk-matrix__matrix" aria-describedby={`${id}-scale`}>
            <caption className="sv-risk-matrix__caption">
              {text.matrix[locale]}: {text.likelihood[locale].toLowerCase()} × {text.consequence[locale].toLowerCase()}{' '}
              <span className="sv-risk-matrix__scale" id={`${id}-scale`}>
                ({text.scale[locale]})
              </span>
            </caption>
            <thead>
              <tr>
                <td className="sv-risk-matrix__corner" />
                {scale.map((impact) => (
                  <th key={impact} scope="col" className="sv-risk-matrix__axis">
                    {text.consequence[locale]} {impact}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...scale].reverse().map((likelihood) => (
                <tr key={likelihood}>
                  <th scope="row" className="sv-risk-matrix__axis">
                    {text.likelihood[locale]} {likelihood}
                  </th>
                  {scale.map((impact) => {
                    const level = riskLevel(riskScore({ likelihood, impact }));
                    const here = assessed.filter((r) => r.likelihood === likelihood && r.impact === impact);
                    return (
                      <td
                        key={impact}
                        className="sv-risk-matrix__square"
                        data-level={level}
                        data-testid={`square-${likelihood}-${impact}`}
                      >
                        <span className="sv-risk-matrix__level">{riskLevelLabels[level][locale]}</span>
                        {here.length > 0 ? (
                          <ul className="sv-risk-matrix__risks">
                            {here.map((r) => (
                              <li key={r.id} className="sv-risk-matrix__risk">
                                <abbr title={r.risk.description}>{names.get(r.id)}</abbr>
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}

      {risks.length > 0 ? (
        <>
          <h3 className="sv-subheading" id={`${id}-table`}>
            {text.table[locale]}
          </h3>
          <ScrollRegion label={text.risks[locale]} locale={locale}>
            <table className="sv-table sv-risk-matrix__table" aria-labelledby={`${id}-table`}>
              <thead>
                <tr>
                  <th className="sv-table__column" scope="col">
                    {text.risk[locale]}
                  </th>
                  <th className="sv-table__column" scope="col">
                    {text.effect[locale]}
                  </th>
                  <th className="sv-table__column" scope="col" data-align="end">
                    {text.likelihood[locale]}
                  </th>
                  <th className="sv-table__column" scope="col" data-align="end">
                    {text.consequence[locale]}
                  </th>
                  <th className="sv-table__column" scope="col" data-align="end">
                    {text.score[locale]}
                  </th>
                  <th className="sv-table__column" scope="col">
                    {text.level[locale]}
                  </th>
                  <th className="sv-table__column" scope="col">
                    {text.mitigation[locale]}
                  </th>
                  <th className="sv-table__column" scope="col">
                    {text.owner[locale]}
                  </th>
                  <th className="sv-table__column" scope="col">
                    {text.status[locale]}
                  </th>
                </tr>
              </thead>
              <tbody>
                {risks.map((r) => (
                  <tr key={r.id} className="sv-table__row" data-level={r.level ?? 'none'} data-testid={`risk-${r.id}`}>
                    <th className="sv-table__cell" scope="row">
                      <span className="sv-risk-matrix__marker">{names.get(r.id)}</span> {r.risk.description}
                    </th>
                    <td className="sv-table__cell">{r.risk.consequence ?? '–'}</td>
                    <td className="sv-table__cell" data-align="end">
                      {r.likelihood ?? '–'}
                    </td>
                    <td className="sv-table__cell" data-align="end">
                      {r.impact ?? '–'}
                    </td>
                    <td className="sv-table__cell" data-align="end">
                      {r.score ?? '–'}
                    </td>
                    <td className="sv-table__cell">
                      <span className="sv-badge" data-tone={r.level === 'high' ? 'danger' : r.level === 'medium' ? 'warning' : r.level === 'low' ? 'success' : undefined}>
                        {r.levelLabel?.[locale] ?? text.notAssessed[locale]}
                      </span>
                    </td>
                    <td className="sv-table__cell">{r.risk.mitigation}</td>
                    <td className="sv-table__cell">{r.ownerName ?? '–'}</td>
                    <td className="sv-table__cell">{r.statusLabel[locale]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : null}
    </section>
  );
}
