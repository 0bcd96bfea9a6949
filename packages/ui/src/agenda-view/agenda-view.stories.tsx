import type { Meta, StoryObj } from '@storybook/react-vite';
import { createSampleRuntime, type SampleRuntime } from '@samverkan/core/samples';
import { useMeeting } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader, usePeopleNames } from '../stories-support/sample.js';
import { expectInert, xssCorpus } from '../stories-support/xss.js';
import { AgendaView } from './agenda-view.js';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

function ConnectedAgendaView({ meetingId }: { meetingId: string }) {
  const { meeting } = useMeeting(meetingId);
  const people = usePeopleNames();
  if (!meeting) return null;
  return <AgendaView items={meeting.agenda} startsAt={meeting.startsAt} people={people} />;
}

interface Args {
  meetingId: string;
}

const meta = {
  title: 'Möten/AgendaView',
  component: documents<Args>(AgendaView),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'fyrbodal:person-003' }}>
      <ConnectedAgendaView meetingId={args.meetingId} />
    </SampleProvider>
  ),
  args: { meetingId: 'fyrbodal:mote-2019-10-17' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A held meeting's agenda, with start times and kinds. */
export const Published: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Dagordning' })).toBeInTheDocument();
    await expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(1);
    await expect(canvas.getByText(/^09:00$/)).toBeInTheDocument();
  },
};

/** A planned meeting: no items yet. */
export const Empty: Story = {
  args: { meetingId: 'fyrbodal:mote-2020-01-23' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Inga punkter ännu.')).toBeInTheDocument();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Agenda' })).toBeInTheDocument();
  },
};

/**
 * A member proposes an item whose title and background are an XSS corpus (through core, like
 * any proposal): it renders as inert text — no script runs, no `javascript:` link exists.
 */
export const XssIsInert: Story = {
  args: { meetingId: 'fyrbodal:mote-2019-12-05' },
  loaders: [
    async () => {
      const sample = await createSampleRuntime('fyrbodal');
      const result = await sample.runtime.dispatch({
        type: 'proposeAgendaItem',
        id: 'xss-proposal',
        by: 'fyrbodal:person-003',
        at: sample.referenceDate,
        meetingId: 'fyrbodal:mote-2019-12-05',
        item: { id: 'xss', title: '<img src=x onerror="window.__svXss=1">', kind: 'discussion', durationMinutes: 10, description: xssCorpus },
      });
      if (!result.ok) throw new Error(result.message.en);
      return { sample };
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('<img src=x onerror="window.__svXss=1">')).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'säker länk' })).toHaveAttribute('href', 'https://www.fyrbodal.se');
    await expect(canvas.getByText(/<script>window.__svXss = "script"<\/script>/)).toBeInTheDocument();
    await expectInert(canvasElement);
  },
};

/** The published agenda at 320 px (400 % zoom). */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Dagordning' })).toBeInTheDocument();
    for (const root of canvasElement.querySelectorAll<HTMLElement>('.sv-agenda-view')) await expectReflow(root);
    await expect(canvasElement.querySelectorAll('.sv-agenda-view').length).toBeGreaterThan(0);
  },
};
