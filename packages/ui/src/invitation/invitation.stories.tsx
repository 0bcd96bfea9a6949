import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useMeeting, useSamverkanSelector } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader, usePeopleNames } from '../stories-support/sample.js';
import { Invitation } from './invitation.js';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

function ConnectedInvitation({ meetingId, place }: { meetingId: string; place?: string }) {
  const { meeting } = useMeeting(meetingId);
  const groups = useSamverkanSelector((s) => s.dataset.groups);
  const people = usePeopleNames();
  if (!meeting) return null;
  return (
    <Invitation
      title={meeting.title}
      groupName={groups.find((g) => g.id === meeting.groupId)?.name}
      startsAt={meeting.startsAt}
      durationMinutes={meeting.durationMinutes}
      place={place ?? meeting.place}
      onlineLink={meeting.onlineLink}
      agenda={meeting.agenda}
      people={people}
      sentAt={meeting.invitationsSentAt}
    />
  );
}

interface Args {
  meetingId: string;
  /** A place to show instead of the meeting's own. */
  place?: string;
}

const meta = {
  title: 'Möten/Invitation',
  parameters: {
    docs: {
      description: {
        component: [
          'The invitation (kallelse): when and where, the online link, and the agenda with start times.',
          '',
          "**Use** to show what was sent. **Don't** show an online link that is not http(s): the component leaves it out.",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(Invitation),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'fyrbodal:person-003' }}>
      <ConnectedInvitation meetingId={args.meetingId} {...(args.place ? { place: args.place } : {})} />
    </SampleProvider>
  ),
  args: { meetingId: 'fyrbodal:mote-2019-10-17' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A sent invitation with place, online link and agenda. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Kallelsen skickades', { exact: false })).toBeInTheDocument();
    const links = canvas.queryAllByRole('link', { name: 'Länk till mötet' });
    for (const link of links) await expect(link.getAttribute('href')).toMatch(/^https:\/\//);
  },
};

/** Not sent yet, while items are still collected. */
export const NotSent: Story = {
  args: { meetingId: 'fyrbodal:mote-2019-12-05' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Kallelsen är inte skickad ännu.')).toBeInTheDocument();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Place')).toBeInTheDocument();
  },
};

/** At 320 px (400 % zoom): each fact's term stands above its value and the agenda wraps. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Kallelsen skickades', { exact: false })).toBeInTheDocument();
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-invitation')!);
  },
};

/** Not sent yet, at 320 px in English. */
export const NarrowNotSentEnglish: Story = {
  args: { meetingId: 'fyrbodal:mote-2019-12-05' },
  globals: { ...reflowViewport, locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('The invitation has not been sent yet.')).toBeInTheDocument();
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-invitation')!);
  },
};

/** At 320 px, a place typed as one long word (a room booking code) breaks rather than widen the invitation. */
export const NarrowLongPlace: Story = {
  args: { place: 'Fyrbodals_kommunalförbund.Vänersborg.Sessionssalen_plan3_rum3014A' },
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Sessionssalen/)).toBeInTheDocument();
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-invitation')!);
  },
};
