import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useSeminarProgramme } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader } from '../stories-support/sample.js';
import { EsfReport } from './esf-report.js';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

function ConnectedEsfReport() {
  const { esf } = useSeminarProgramme();
  return <EsfReport report={esf} />;
}

const meta = {
  title: 'Uppföljning/EsfReport',
  parameters: {
    docs: {
      description: {
        component: [
          'Hours × the standard unit cost per professional category, and the breaches of the ESF rules core found.',
          '',
          "**Use** where time is reported. **Don't** compute amounts yourself: they are core's `esfReport`.",
        ].join('\n'),
      },
    },
  },
  component: documents<Record<string, never>>(EsfReport),
  loaders: [sampleLoader('ehalsalyftet')],
  render: (_args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'ehalsalyftet:system' }}>
      <ConnectedEsfReport />
    </SampleProvider>
  ),
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** eHälsalyftet's reported hours × unit cost per category, with the example-figure note. */
export const Report: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('rowheader', { name: 'Totalt' })).toBeInTheDocument();
    await expect(canvas.getAllByText(/kr$/).length).toBeGreaterThan(1);
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'ESF reimbursement' })).toBeInTheDocument();
  },
};

/** At 320 px (400 % zoom): the heading and the breaches stay put; the table scrolls sideways in its own named region. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: 'ESF-ersättning, tabell' });
    await expect(region).toContainElement(canvas.getByRole('table', { name: 'ESF-ersättning' }));
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    await expect(region).not.toContainElement(canvas.getByRole('heading', { name: 'ESF-ersättning' }));
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-esf-report')!);
  },
};

/** The same at 320 px, in English. */
export const NarrowEnglish: Story = {
  globals: { ...reflowViewport, locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'ESF reimbursement, table' })).toBeInTheDocument();
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-esf-report')!);
  },
};
