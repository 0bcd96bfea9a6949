import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useCommunicationPlans, useSamverkan } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { stockholmDay } from '../i18n/format.js';
import { documents } from '../stories-support/documents.js';
import { SampleProvider, sampleLoader } from '../stories-support/sample.js';
import { CommunicationPlan } from './communication-plan.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

/** The plan as an app wires it: `useCommunicationPlans` reads the mandate's plan from the dataset. */
function ConnectedCommunicationPlan({ mandateId }: { mandateId: string }) {
  const [row] = useCommunicationPlans({ mandateId });
  const { now } = useSamverkan();
  return (
    <CommunicationPlan
      plan={row?.plan}
      {...(row?.current ? { current: row.current } : {})}
      contacts={row?.contacts ?? []}
      activities={row?.activities ?? []}
      today={stockholmDay(now)}
    />
  );
}

interface Args {
  mandateId: string;
  /** "Now" for the story (an ISO instant); the sample's today by default. */
  now?: string;
}

const meta = {
  title: 'Uppdrag/CommunicationPlan',
  parameters: {
    docs: {
      description: {
        component: [
          'A communication plan as the document it is: message, target groups, channels, goals and the activity plan.',
          '',
          "**Use** read-only on a plans page. **Don't** use it as a form.",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(CommunicationPlan),
  loaders: [sampleLoader('ehalsalyftet')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'ehalsalyftet:person-007' }} {...(args.now ? { now: args.now } : {})}>
      <ConnectedCommunicationPlan mandateId={args.mandateId} />
    </SampleProvider>
  ),
  args: { mandateId: 'ehalsalyftet:uppdrag-utvecklingsledare', now: '2016-05-02T12:00:00+02:00' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** eHälsalyftet's plan in May 2016, before the kick-off: message, target groups, channels and the activity plan. */
export const Plan: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Kommunikationsplan för eHälsalyftet' })).toBeInTheDocument();
    await expect(canvas.getByText(/Vision e-hälsa 2025/)).toBeInTheDocument();
    const table = canvas.getByRole('table', { name: 'Aktivitetsplan' });
    const rows = within(table).getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(7);
    // Dated activities first, in date order; then those the plan times in words.
    await expect(rows[0]).toHaveTextContent('Kick-off med intervjuer med processhandledare24 maj 2016Projektledare, Kommunikatör');
    await expect(rows[2]).toHaveTextContent('Inför kick-off');
    await expect(canvas.queryByText('Datumet har passerat')).toBeNull();
  },
};

/** A year on (the sample's today, May 2017): the dated activities are marked as passed, in words. */
export const PassedActivities: Story = {
  args: { now: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText('Datumet har passerat')).toHaveLength(2);
  },
};

/** An assignment without a communication plan. */
export const Empty: Story = {
  args: { mandateId: 'ehalsalyftet:finns-inte' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Det finns ingen kommunikationsplan för uppdraget.')).toBeInTheDocument();
  },
};

/** In English: the kit's labels translate; the plan's own text stays as written. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table', { name: 'Activity plan' })).toBeInTheDocument();
    await expect(canvas.getByRole('heading', { name: 'Internal' })).toBeInTheDocument();
  },
};

/** The dark scheme. */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('table')).toBeInTheDocument();
  },
};

/** The plan at 320 px (400 % zoom): the columns stack; the activity plan scrolls sideways in its own named region. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Aktivitetsplan, tabell' })).toContainElement(canvas.getByRole('table'));
    for (const root of canvasElement.querySelectorAll<HTMLElement>('.sv-communication-plan')) await expectReflow(root);
    await expect(canvasElement.querySelectorAll('.sv-communication-plan').length).toBeGreaterThan(0);
  },
};
