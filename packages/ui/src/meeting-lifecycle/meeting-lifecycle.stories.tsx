import type { Meta, StoryObj } from '@storybook/react-vite';
import { createSampleRuntime } from '@samverkan/core/samples';
import { SamverkanProvider, useCommand, useMeeting, type MeetingActionType, type SamverkanActor } from '@samverkan/react';
import { expect, userEvent, within } from 'storybook/test';
import { MeetingLifecycle } from './meeting-lifecycle.js';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

/** The meeting's steps that need nothing but the meeting: the story's buttons send only those. */
const bareSteps = ['openCall', 'publishAgenda', 'sendInvitations', 'holdMeeting', 'approveMinutes', 'publishMinutes'] as const;
const isBare = (type: string): type is (typeof bareSteps)[number] => (bareSteps as readonly string[]).includes(type);

const leader: SamverkanActor = { personId: 'fyrbodal:person-001' };
const representative: SamverkanActor = { personId: 'fyrbodal:person-003' };

/** What each stage of a meeting offers, the likely next step first. */
const stages: Partial<Record<string, MeetingActionType[]>> = {
  planned: ['openCall', 'rescheduleMeeting', 'cancelMeeting'],
  collectingItems: ['publishAgenda', 'rescheduleMeeting', 'cancelMeeting'],
  agendaPublished: ['sendInvitations', 'rescheduleMeeting', 'cancelMeeting'],
  invited: ['holdMeeting', 'rescheduleMeeting', 'cancelMeeting'],
  minutesDrafted: ['approveMinutes'],
  minutesApproved: ['publishMinutes'],
};

/** The component as an app uses it: `useMeeting` supplies the state and core's answers. */
function ConnectedMeetingLifecycle({ meetingId }: { meetingId: string }) {
  const meeting = useMeeting(meetingId);
  const { dispatch } = useCommand();
  if (!meeting.meeting || !meeting.status) return null;
  // The stage's actions, the likely next step first (an app chooses these; core answers each).
  const stage = stages[meeting.status] ?? [];
  return (
    <MeetingLifecycle
      title={meeting.meeting.title}
      status={meeting.status}
      actions={stage.map((type) => meeting.actions[type])}
      agendaDeadline={meeting.agendaDeadline}
      lateReason={meeting.meeting.lateReason}
      cancelledReason={meeting.meeting.cancelledReason}
      onAction={(type) => (isBare(type) ? void dispatch({ type, meetingId }) : undefined)}
    />
  );
}

interface Args {
  meetingId: string;
  actor: SamverkanActor;
  locale: 'sv' | 'en';
}

const meta = {
  title: 'Möten/MeetingLifecycle',
  parameters: {
    docs: {
      description: {
        component: [
          'A meeting as a reader looks for it: what it is (`facts`), where it stands among its steps (a progress bar, not buttons), and one next step — the refused actions explained under «Varför kan jag inte …?».',
          '',
          "**Do** pass the actions of the meeting's current stage, the likely next step first. **Don't** pass every command of the lifecycle: past and future steps are not the person's business now. For a whole meeting page, use `MeetingWorkspace`.",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(MeetingLifecycle),
  // A fresh sample network (Fyrbodal, with its history) for every story, so stories never share state.
  loaders: [async () => ({ sample: await createSampleRuntime('fyrbodal') })],
  render: (args, { loaded }) => (
    <SamverkanProvider runtime={loaded.sample.runtime} actor={args.actor} locale={args.locale} now={loaded.sample.referenceDate}>
      <ConnectedMeetingLifecycle meetingId={args.meetingId} />
    </SamverkanProvider>
  ),
  args: { meetingId: 'fyrbodal:mote-2019-12-05', actor: leader, locale: 'sv' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The process leader while agenda items are being collected: publishing is possible. */
export const CollectingItems: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Publicera agenda' })).toBeEnabled();
    await expect(canvas.getByText('Tar emot punkter', { selector: '[aria-current="step"] *' })).toBeInTheDocument();
  },
};

/** A representative: no dead buttons — what they may not do is explained under «Varför kan jag inte …?» with core's reason. */
export const WithoutAuthority: Story = {
  args: { actor: representative },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: 'Publicera agenda' })).toBeNull();
    await expect(canvas.getByText('Det finns inget för dig att göra i mötet just nu.')).toBeVisible();
    await userEvent.click(canvas.getByText('Varför kan jag inte …?'));
    const why = canvasElement.querySelector('[data-action="publishAgenda"]');
    await expect(why).toHaveTextContent(/Publicera agenda.*saknar befogenheten «Kalla till möte»/);
  },
};

/** The process leader: publishing is the primary step, moving and cancelling secondary. */
export const OneNextStep: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const buttons = canvas.getAllByRole('button');
    await expect(buttons.map((b) => [b.textContent, b.getAttribute('data-variant')])).toEqual([
      ['Publicera agenda', 'primary'],
      ['Flytta mötet', 'secondary'],
      ['Ställ in mötet', 'secondary'],
    ]);
  },
};

/** Publishing the agenda by keyboard alone: Tab to the button, press Enter. */
export const PublishByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const publish = canvas.getByRole('button', { name: 'Publicera agenda' });
    for (let i = 0; i < 30 && document.activeElement !== publish; i++) await userEvent.tab();
    await expect(publish).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText('Agenda publicerad', { selector: '[aria-current="step"] *' })).toBeInTheDocument();
  },
};

/** A meeting whose agenda went out after its deadline, with the recorded reason. */
export const PublishedLate: Story = {
  args: { meetingId: 'fyrbodal:mote-2019-03-21' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Agendan publicerades sent/)).toBeInTheDocument();
  },
};

/** A cancelled meeting: no steps, the reason instead. */
export const Cancelled: Story = {
  args: { meetingId: 'fyrbodal:mote-2019-08-29' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Mötet är inställt.');
  },
};

/** In English. */
export const English: Story = {
  args: { locale: 'en' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Publish the agenda' })).toBeEnabled();
  },
};

/** A representative at 320 px (400 % zoom): the steps, the next step and core's reasons fit. */
export const Narrow: Story = {
  args: { actor: representative },
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByText('Varför kan jag inte …?'));
    await expect(within(canvasElement).getAllByText(/saknar befogenheten/)[0]).toBeVisible();
    for (const root of canvasElement.querySelectorAll<HTMLElement>('.sv-meeting-lifecycle')) await expectReflow(root);
    await expect(canvasElement.querySelectorAll('.sv-meeting-lifecycle').length).toBeGreaterThan(0);
  },
};
