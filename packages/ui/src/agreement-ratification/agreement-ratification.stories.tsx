import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useAgreement } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader } from '../stories-support/sample.js';
import { AgreementRatification } from './agreement-ratification.js';
import { documents } from '../stories-support/documents.js';

function ConnectedRatification() {
  const { ratification } = useAgreement('dalarna:overenskommelse-hsih');
  if (!ratification) return null;
  return <AgreementRatification ratification={ratification} />;
}

const meta = {
  title: 'Uppdrag/AgreementRatification',
  component: documents<Record<string, never>>(AgreementRatification),
  loaders: [sampleLoader('dalarna')],
  render: (_args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'dalarna:linnea-hammar' }}>
      <ConnectedRatification />
    </SampleProvider>
  ),
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** Dalarna's 16-party agreement on referral: some parties have adopted it, others are outstanding. */
export const OnReferral: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('row').length).toBe(17);
    await expect(canvas.getAllByText('Inväntar beslut').length).toBeGreaterThan(0);
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('columnheader', { name: 'Deciding body' })).toBeInTheDocument();
  },
};
