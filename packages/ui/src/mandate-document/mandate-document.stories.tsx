import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useMandate } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader } from '../stories-support/sample.js';
import { MandateDocument } from './mandate-document.js';
import { documents } from '../stories-support/documents.js';

function ConnectedMandateDocument({ mandateId }: { mandateId: string }) {
  const { mandate, history } = useMandate(mandateId);
  if (!mandate) return null;
  return <MandateDocument mandate={mandate} history={history} />;
}

interface Args {
  sampleMandate: string;
}

const meta = {
  title: 'Uppdrag/MandateDocument',
  component: documents<Args>(MandateDocument),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'fyrbodal:karin-ekdahl' }}>
      <ConnectedMandateDocument mandateId={args.sampleMandate} />
    </SampleProvider>
  ),
  args: { sampleMandate: 'fyrbodal:uppdrag-e-halsonatverket' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The approved Fyrbodal mandate: a public record with its version history. */
export const Approved: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Allmän handling')).toBeInTheDocument();
    await expect(canvas.getByRole('grid', { name: 'Versionshistorik' })).toBeInTheDocument();
    await expect(canvas.getAllByText(/Fastställd – allmän handling/).length).toBeGreaterThan(0);
  },
};

/** A draft under review (Fyrbodal in March 2019): internal, not yet a public record. */
export const Draft: Story = {
  loaders: [sampleLoader('fyrbodal', { upTo: '2019-03-20T12:00:00+01:00' })],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Intern')).toBeInTheDocument();
  },
};

/** The Dalarna transition mandate, in English. */
export const DalarnaEnglish: Story = {
  loaders: [sampleLoader('dalarna')],
  args: { sampleMandate: 'dalarna:uppdrag-omstallningsledare' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Version history' })).toBeInTheDocument();
  },
};
