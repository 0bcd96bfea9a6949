import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useDeliverables } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader } from '../stories-support/sample.js';
import { DeliverableBoard } from './deliverable-board.js';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

function ConnectedBoard({ mandateId }: { mandateId?: string }) {
  const { columns } = useDeliverables(mandateId ? { mandateId } : {});
  return <DeliverableBoard columns={columns} />;
}

interface Args {
  now?: string;
}

const meta = {
  title: 'Uppföljning/DeliverableBoard',
  parameters: {
    docs: {
      description: {
        component: [
          'Deliverables by status with the days they are overdue — derived by core from the due date and «now».',
          '',
          "**Use** for an overview of a mandate's deliverables. **Do** offer each deliverable's next step beside it, as core answers it.",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(DeliverableBoard),
  loaders: [sampleLoader('dalarna')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'dalarna:person-001' }} now={args.now}>
      <ConnectedBoard />
    </SampleProvider>
  ),
  args: {},
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The Dalarna assignment's deliverables as of the sample's today. */
export const ByStatus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 3 }).length).toBeGreaterThanOrEqual(5);
  },
};

/** A year later: what is not done is overdue, said in words. */
export const Overdue: Story = {
  args: { now: '2027-12-01T12:00:00+01:00' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText(/^Försenad \d+ dag/).length).toBeGreaterThan(0);
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Deliverables' })).toBeInTheDocument();
  },
};

/** Overdue deliverables at 320 px (400 % zoom): the columns stack. */
export const Narrow: Story = {
  args: { now: '2027-12-01T12:00:00+01:00' },
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText(/^Försenad \d+ dag/).length).toBeGreaterThan(0);
    for (const root of canvasElement.querySelectorAll<HTMLElement>('.sv-deliverable-board')) await expectReflow(root);
    await expect(canvasElement.querySelectorAll('.sv-deliverable-board').length).toBeGreaterThan(0);
  },
};
