import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleId, SampleRuntime } from '@samverkan/core/samples';
import { useRiskAnalyses } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { documents } from '../stories-support/documents.js';
import { SampleProvider, sampleLoader } from '../stories-support/sample.js';
import { RiskMatrix } from './risk-matrix.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

/** The matrix as an app wires it: `useRiskAnalyses` scores the risks by core's rules. */
function ConnectedRiskMatrix({ kind }: { kind: 'riskAnalysis' | 'communicationPlan' }) {
  const source = useRiskAnalyses().find((s) => s.kind === kind);
  if (!source) return <RiskMatrix title="Risk- och konsekvensanalys" risks={[]} />;
  return (
    <RiskMatrix
      title={source.title}
      {...(source.scope ? { scope: source.scope } : {})}
      {...(source.date ? { date: source.date } : {})}
      {...(source.version ? { version: source.version } : {})}
      risks={source.risks}
    />
  );
}

interface Args {
  kind: 'riskAnalysis' | 'communicationPlan';
}

function loadersFor(sample: SampleId) {
  return [sampleLoader(sample)];
}

const meta = {
  title: 'Uppdrag/RiskMatrix',
  parameters: {
    docs: {
      description: {
        component: [
          'Likelihood × consequence with each risk placed and its level in words, and the same risks as a table.',
          '',
          "**Use** for a risk analysis. **Don't** rely on the colours of the matrix: every level is also written out.",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(RiskMatrix),
  loaders: loadersFor('dalarna'),
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'dalarna:observer' }}>
      <ConnectedRiskMatrix kind={args.kind} />
    </SampleProvider>
  ),
  args: { kind: 'riskAnalysis' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Dalarna's analysis of the move to a new agreement: each risk in its square, the level in words. */
export const Analysis: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // r1: likelihood 3, consequence 5 — high by core's thresholds (score 15).
    const square = canvas.getByTestId('square-3-5');
    await expect(square).toHaveTextContent('HögR1');
    await expect(square).toHaveAttribute('data-level', 'high');
    await expect(canvas.getByTestId('square-2-5')).toHaveTextContent('MedelR2');
    await expect(canvas.getByTestId('square-1-1')).toHaveTextContent(/^Låg$/);
    // The table says the same without the grid: highest score first.
    const rows = within(canvas.getByRole('table', { name: 'Risker i tabellform' })).getAllByRole('row').slice(1);
    await expect(rows.map((r) => r.getAttribute('data-level'))).toEqual(['high', 'medium', 'medium']);
    await expect(rows[0]).toHaveTextContent('R1 En eller flera parter antar inte överenskommelsen i tid.');
    await expect(rows[0]).toHaveTextContent('15Hög');
  },
};

/** A communication plan's risks, never assessed: a warning, no matrix, the table with «Inte bedömd». */
export const NotAssessed: Story = {
  args: { kind: 'communicationPlan' },
  loaders: loadersFor('ehalsalyftet'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('note')).toHaveTextContent('4 risker är inte bedömda och finns därför inte i matrisen.');
    await expect(canvas.queryByRole('table', { name: /Riskmatris/ })).toBeNull();
    await expect(canvas.getAllByText('Inte bedömd')).toHaveLength(4);
  },
};

/** No analysis yet. */
export const Empty: Story = {
  loaders: loadersFor('fyrbodal'),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Analysen har inga risker.')).toBeInTheDocument();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('columnheader', { name: 'Consequence 5' })).toBeInTheDocument();
    await expect(canvas.getByTestId('square-3-5')).toHaveTextContent('HighR1');
  },
};

/** The dark scheme. */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('square-3-5')).toHaveAttribute('data-level', 'high');
  },
};

/** The analysis at 320 px (400 % zoom): the matrix and the risk table each scroll sideways in their own named region. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const matrix = canvas.getByRole('region', { name: 'Riskmatris, tabell' });
    await expect(matrix).toContainElement(canvas.getByTestId('square-5-5'));
    await expect(matrix.scrollWidth).toBeGreaterThan(matrix.clientWidth);
    await expect(canvas.getByRole('region', { name: 'Risker, tabell' })).toContainElement(canvas.getByRole('table', { name: 'Risker i tabellform' }));
    for (const root of canvasElement.querySelectorAll<HTMLElement>('.sv-risk-matrix')) await expectReflow(root);
    await expect(canvasElement.querySelectorAll('.sv-risk-matrix').length).toBeGreaterThan(0);
  },
};
