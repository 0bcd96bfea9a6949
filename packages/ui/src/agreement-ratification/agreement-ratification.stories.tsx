import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useAgreement } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader } from '../stories-support/sample.js';
import { AgreementRatification } from './agreement-ratification.js';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

function ConnectedRatification() {
  const { ratification } = useAgreement('dalarna:overenskommelse-hsih');
  if (!ratification) return null;
  return <AgreementRatification ratification={ratification} />;
}

const meta = {
  title: 'Uppdrag/AgreementRatification',
  parameters: {
    docs: {
      description: {
        component: [
          "An agreement's ratification: each party's decision, how many have adopted it, and from when it is in force.",
          '',
          "**Use** on an agreement's page, beside the form that records a party's decision. **Don't** compute «in force» yourself: it is core's `agreementRatification`.",
        ].join('\n'),
      },
    },
  },
  component: documents<Record<string, never>>(AgreementRatification),
  loaders: [sampleLoader('dalarna')],
  render: (_args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'dalarna:person-001' }}>
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

/** At 320 px (400 % zoom): title, status and progress stay put; the parties' table scrolls sideways in its own named region. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: 'Parternas beslut, tabell' });
    await expect(region).toContainElement(canvas.getByRole('table', { name: 'Parternas beslut' }));
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    await expect(region).not.toContainElement(canvas.getByRole('heading', { level: 2 }));
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-agreement-ratification')!);
  },
};

/** The same at 320 px, in English. */
export const NarrowEnglish: Story = {
  globals: { ...reflowViewport, locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'The parties’ decisions, table' })).toBeInTheDocument();
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-agreement-ratification')!);
  },
};
