import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useMandate } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader, usePeopleNames } from '../stories-support/sample.js';
import { RoleCard } from './role-card.js';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

function ConnectedRoleCards({ mandateId, kind }: { mandateId: string; kind: string }) {
  const { mandate } = useMandate(mandateId);
  const people = usePeopleNames();
  if (!mandate) return null;
  return (
    <>
      {mandate.roles
        .filter((r) => r.kind === kind)
        .map((role) => {
          const seats = mandate.staffingPlan.entries.filter((e) => e.roleId === role.id);
          return (
            <RoleCard
              key={role.id}
              role={role}
              holders={seats.flatMap((s) => s.personIds).map((p) => people[p] ?? p)}
              vacancies={seats.filter((s) => s.personIds.length < s.min).length}
            />
          );
        })}
    </>
  );
}

interface Args {
  kind: string;
}

const meta = {
  title: 'Uppdrag/RoleCard',
  parameters: {
    docs: {
      description: {
        component: [
          "A role's purpose, responsibilities, authorities (the permissions core checks) and competence requirements, who holds it and how many seats are vacant.",
          '',
          "**Use** on a staffing page. Role names come in the reader's language (`roleDisplayName`).",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(RoleCard),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'fyrbodal:person-003' }}>
      <ConnectedRoleCards mandateId="fyrbodal:uppdrag-e-halsonatverket" kind={args.kind} />
    </SampleProvider>
  ),
  args: { kind: 'processLeader' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The process leader: responsibilities and the authorities core checks commands against. */
export const ProcessLeader: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Befogenheter' })).toBeInTheDocument();
    await expect(canvas.getByText('Kalla till möte')).toBeInTheDocument();
  },
};

/** The representative role, with its vacant seats. */
export const RepresentativeWithVacancies: Story = {
  args: { kind: 'representative' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/vakant/)).toBeInTheDocument();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Authorities' })).toBeInTheDocument();
  },
};

/** The representative role with its vacant seats at 320 px (400 % zoom). */
export const Narrow: Story = {
  args: { kind: 'representative' },
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/vakant/)).toBeInTheDocument();
    for (const root of canvasElement.querySelectorAll<HTMLElement>('.sv-role-card')) await expectReflow(root);
    await expect(canvasElement.querySelectorAll('.sv-role-card').length).toBeGreaterThan(0);
  },
};
