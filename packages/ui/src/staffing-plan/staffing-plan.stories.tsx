import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useMandate, useSamverkanSelector } from '@samverkan/react';
import { useMemo } from 'react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader, usePeopleNames } from '../stories-support/sample.js';
import { StaffingPlan } from './staffing-plan.js';
import { documents } from '../stories-support/documents.js';

function ConnectedStaffingPlan({ mandateId }: { mandateId: string }) {
  const { mandate } = useMandate(mandateId);
  const people = usePeopleNames();
  const orgs = useSamverkanSelector((s) => s.dataset.organisations);
  const organisations = useMemo(() => Object.fromEntries(orgs.map((o) => [o.id, o.name])), [orgs]);
  if (!mandate) return null;
  return <StaffingPlan plan={mandate.staffingPlan} roles={mandate.roles} people={people} organisations={organisations} caption={`Bemanningsplan – ${mandate.title}`} />;
}

interface Args {
  mandateId: string;
}

const meta = {
  title: 'Uppdrag/StaffingPlan',
  component: documents<Args>(StaffingPlan),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'fyrbodal:karin-ekdahl' }}>
      <ConnectedStaffingPlan mandateId={args.mandateId} />
    </SampleProvider>
  ),
  args: { mandateId: 'fyrbodal:uppdrag-e-halsonatverket' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Fyrbodal's municipalities with the vacant seat marked «VAKANT» in text, not colour alone. */
export const WithVacancies: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const vacant = canvas.getAllByText('VAKANT');
    await expect(vacant.length).toBeGreaterThanOrEqual(1);
    await expect(canvas.getByText(`${vacant.length} vakanta platser`)).toBeInTheDocument();
    await expect(canvas.getByRole('grid')).toBeInTheDocument();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('VACANT').length).toBeGreaterThanOrEqual(1);
  },
};
