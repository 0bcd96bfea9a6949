import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useSeminarProgramme } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader } from '../stories-support/sample.js';
import { EsfReport } from './esf-report.js';
import { documents } from '../stories-support/documents.js';

function ConnectedEsfReport() {
  const { esf } = useSeminarProgramme();
  return <EsfReport report={esf} />;
}

const meta = {
  title: 'Uppföljning/EsfReport',
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
