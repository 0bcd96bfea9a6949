import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useMandate, useSamverkanSelector } from '@samverkan/react';
import { useMemo } from 'react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader, usePeopleNames } from '../stories-support/sample.js';
import { StaffingPlan } from './staffing-plan.js';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

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
  parameters: {
    docs: {
      description: {
        component: [
          'Roles × organisations with the people in each seat, and «VAKANT» in words where a seat lacks a holder.',
          '',
          "**Use** read-only on a staffing page. Pass the mandate's `roles` so role names come in the reader's language.",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(StaffingPlan),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'fyrbodal:person-003' }}>
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
    await expect(canvas.getByText(vacant.length === 1 ? '1 vakant plats.' : `${vacant.length} vakanta platser.`)).toBeInTheDocument();
    await expect(canvas.getByRole('table')).toBeInTheDocument();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('VACANT').length).toBeGreaterThanOrEqual(1);
  },
};

/** At 320 px (400 % zoom): the table scrolls sideways in its own named region; the summary stays in view. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: /^Bemanningsplan – .*, tabell$/ });
    await expect(region).toContainElement(canvas.getByRole('table'));
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    await expect(region).not.toContainElement(canvas.getByText(/^\d+ vakanta? plats(er)?\.$/));
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-staffing-plan')!);
  },
};

/** The same at 320 px, in English. */
export const NarrowEnglish: Story = {
  globals: { ...reflowViewport, locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('VACANT').length).toBeGreaterThanOrEqual(1);
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-staffing-plan')!);
  },
};
