import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useMeeting, useSamverkanSelector } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader, usePeopleNames } from '../stories-support/sample.js';
import { Invitation } from './invitation.js';
import { documents } from '../stories-support/documents.js';

function ConnectedInvitation({ meetingId }: { meetingId: string }) {
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
      place={meeting.place}
      onlineLink={meeting.onlineLink}
      agenda={meeting.agenda}
      people={people}
      sentAt={meeting.invitationsSentAt}
    />
  );
}

interface Args {
  meetingId: string;
}

const meta = {
  title: 'Möten/Invitation',
  component: documents<Args>(Invitation),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'fyrbodal:karin-ekdahl' }}>
      <ConnectedInvitation meetingId={args.meetingId} />
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
