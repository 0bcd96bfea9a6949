import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import type { SamverkanActor } from '@samverkan/react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { documents, storyArgs } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';
import { SampleProvider, sampleLoader } from '../stories-support/sample.js';
import { MeetingWorkspace } from './meeting-workspace-eager.js';

const leader: SamverkanActor = { personId: 'fyrbodal:person-001' };
const representative: SamverkanActor = { personId: 'fyrbodal:person-003' };
const december = 'fyrbodal:mote-2019-12-05';

interface Args {
  actor: SamverkanActor;
  meetingId: string;
  now?: string;
}

/** The December meeting driven by commands to «Kallelse skickad». */
const invitedMeeting = async () => {
  const { sample } = await sampleLoader('fyrbodal')();
  for (const command of [
    { type: 'publishAgenda', id: 'story-publish', at: '2019-11-20T13:00:00+01:00' },
    { type: 'sendInvitations', id: 'story-invite', at: '2019-11-20T13:05:00+01:00' },
  ] as const) {
    const result = await sample.runtime.dispatch({ ...command, by: leader.personId, meetingId: december });
    if (!result.ok) throw new Error(`${command.type}: ${result.message.en}`);
  }
  return { sample };
};

/** The meeting's status as core holds it (read from the story's runtime, not from the page). */
const statusOf = (loaded: Record<string, unknown>, meetingId: string) => (loaded.sample as SampleRuntime).runtime.getState().meetings.get(meetingId)?.status;

const meta = {
  title: 'Möten/MeetingWorkspace',
  component: documents<Args>(MeetingWorkspace),
  argTypes: storyArgs<Args>('actor', 'now'),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={args.actor} now={args.now}>
      <MeetingWorkspace meetingId={args.meetingId} />
    </SampleProvider>
  ),
  args: { actor: leader, meetingId: december },
  parameters: {
    docs: {
      description: {
        component: [
          'A meeting’s page below its title, wired to core: what the meeting is (when, where, link, group, who convenes, where it stands), **one next step** for the person, and the part of the stage — the agenda being built, the agenda sent, attendance, the minutes.',
          '',
          'It wires what an app otherwise wires by hand: ids of proposed items, the late-publication reason, attendance rows from the staffing plan, confirmations of public and irreversible steps (publish the agenda, send the invitations, approve and publish the minutes, cancel or move the meeting, each with what happens and to whom), and errors where the person looks — in the form or the dialog, with the field named in words. The language comes from `SamverkanProvider`: one place.',
          '',
          '```tsx',
          '<SamverkanProvider runtime={runtime} actor={{ personId }} locale="sv">',
          '  <h1>{meeting.title}</h1>',
          '  <MeetingWorkspace meetingId="fyrbodal:mote-2019-12-05" />',
          '</SamverkanProvider>',
          '```',
          '',
          '**Use it** for a meeting’s own page. **Use** `MeetingLifecycle`, `AgendaBuilder`, `AttendanceRegister` and `MinutesEditor` on their own when an app lays out a meeting differently. **Don’t** put a second primary button beside it: the next step is the page’s one.',
        ].join('\n'),
      },
    },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * While items are collected the process leader's next step is to publish the agenda: the
 * dialog says what happens and to whom, and sends the invitations at the same time.
 */
export const PublishAgenda: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.sv-facts')).toHaveTextContent(/Tid5 december 2019 kl\. 09:00–12:00.*SammankallandeHelena Vik/);
    const primary = canvas.getByRole('button', { name: 'Publicera agenda' });
    await expect(primary).toHaveAttribute('data-variant', 'primary');
    await userEvent.click(primary);
    const dialog = await canvas.findByRole('dialog', { name: 'Publicera agendan?' });
    await expect(dialog).toHaveTextContent(/blir synlig för alla i E-hälsonätverket/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publicera och skicka kallelse' }));
    await waitFor(() => expect(statusOf(loaded, december)).toBe('invited'));
    const notice = await canvas.findByText('Agendan är publicerad. Kallelsen är skickad.');
    await waitFor(() => expect(notice).toHaveFocus());
  },
};

/** Cancelling the dialog changes nothing and returns focus to the button. */
export const PublishCancelled: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const primary = canvas.getByRole('button', { name: 'Publicera agenda' });
    await userEvent.click(primary);
    await userEvent.click(within(await canvas.findByRole('dialog')).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(statusOf(loaded, december)).toBe('collectingItems');
    await waitFor(() => expect(primary).toHaveFocus());
  },
};

/**
 * After the deadline core asks for a reason: confirming without one keeps the dialog open with
 * an error summary that names «Skäl till sen publicering» in words; with one it is published.
 */
export const LateAgenda: Story = {
  args: { now: '2019-11-25T09:00:00+01:00' },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Publicera agenda' }));
    const dialog = await canvas.findByRole('dialog');
    await expect(dialog).toHaveTextContent(/Sista dag för agendan var 21 november 2019/);
    await userEvent.click(within(dialog).getByRole('checkbox'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publicera' }));
    const summary = await within(dialog).findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(summary).toHaveTextContent(/Skäl till sen publicering: /);
    await expect(summary.textContent).not.toMatch(/lateReason|«/);
    await userEvent.click(within(summary).getByRole('link'));
    await expect(within(dialog).getByRole('textbox', { name: /Skäl till sen publicering/ })).toHaveFocus();
    await userEvent.keyboard('Inväntade underlag från e-rådet');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publicera' }));
    await waitFor(() => expect(statusOf(loaded, december)).toBe('agendaPublished'));
    await expect(await canvas.findByText(/Agendan publicerades sent\. Skäl: Inväntade underlag från e-rådet/)).toBeVisible();
  },
};

/**
 * A representative: proposing is the next step; what they may not do is listed under «Varför
 * kan jag inte …?» with core's reason, not as dead buttons.
 */
export const Representative: Story = {
  args: { actor: representative },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Föreslå en punkt' })).toHaveAttribute('data-variant', 'primary');
    await expect(canvas.queryByRole('button', { name: 'Publicera agenda' })).toBeNull();
    await userEvent.click(canvas.getByText('Varför kan jag inte …?'));
    await expect(canvasElement.querySelector('[data-action="publishAgenda"]')).toHaveTextContent(/saknar befogenheten «Kalla till möte»/);
    // The shortcut leads to the form.
    await userEvent.click(canvas.getByRole('button', { name: 'Föreslå en punkt' }));
    await expect(canvas.getByRole('textbox', { name: /Rubrik/ })).toHaveFocus();
  },
};

/**
 * Once the meeting has started, saving attendance marks it held too (one step). A substitute
 * saved without whom they replace: the summary takes focus and names the person and the field.
 */
export const HoldWithAttendance: Story = {
  loaders: [invitedMeeting],
  args: { now: '2019-12-05T13:00:00+01:00' },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    // The attendance register is fetched when the stage first shows it.
    const row = (await canvas.findAllByRole('radiogroup', { name: /^Närvaro:/ }))[2]!;
    await userEvent.click(within(row).getByRole('radio', { name: 'Ersättare' }));
    const save = canvas.getByRole('button', { name: 'Spara närvaron – mötet är genomfört' });
    await userEvent.click(save);
    const summary = await canvas.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(summary).toHaveTextContent(/ – Ersätter: /);
    await expect(statusOf(loaded, december)).toBe('invited');
    await userEvent.click(within(row).getByRole('radio', { name: 'Anmält förhinder' }));
    await userEvent.click(save);
    await waitFor(() => expect(statusOf(loaded, december)).toBe('held'));
    await expect(await canvas.findByText('Mötet är markerat som genomfört. Närvaron är sparad.')).toBeVisible();
  },
};

/** Before the meeting starts, marking it held is not possible; core's reason says when it starts. */
export const BeforeTheStart: Story = {
  loaders: [invitedMeeting],
  args: { now: '2019-11-28T10:00:00+01:00' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: 'Markera mötet som genomfört' })).toBeNull();
    await userEvent.click(canvas.getByText('Varför kan jag inte …?'));
    await expect(canvasElement.querySelector('[data-action="holdMeeting"]')).toHaveTextContent('Mötet börjar 5 december 2019 kl. 09:00 och kan inte hållas före det.');
  },
};

/** Drafted minutes: approve, then publish as a public record — each confirmed. */
export const ApproveAndPublish: Story = {
  args: { meetingId: 'fyrbodal:mote-2019-10-17' },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Justera minnesanteckningarna' }));
    await userEvent.click(within(await canvas.findByRole('dialog', { name: 'Justera minnesanteckningarna?' })).getByRole('button', { name: 'Justera' }));
    await waitFor(() => expect(statusOf(loaded, 'fyrbodal:mote-2019-10-17')).toBe('minutesApproved'));
    await userEvent.click(await canvas.findByRole('button', { name: 'Publicera minnesanteckningarna' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Publicera minnesanteckningarna?' });
    await expect(dialog).toHaveTextContent(/allmän handling/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publicera' }));
    await waitFor(() => expect(statusOf(loaded, 'fyrbodal:mote-2019-10-17')).toBe('published'));
    await expect(await canvas.findByText(/Fingeravtryck/)).toBeVisible();
  },
};

/** Cancelling asks for the reason that is kept; without one, the dialog names the field. */
export const CancelWithReason: Story = {
  args: { meetingId: 'fyrbodal:mote-2020-01-23' },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Ställ in mötet' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Ställ in mötet?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ställ in mötet' }));
    const summary = await within(dialog).findByRole('alert');
    await expect(summary).toHaveTextContent('Skäl till att mötet ställs in: får inte vara tom');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Skäl till att mötet ställs in/ }), 'Nätverket slås ihop');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ställ in mötet' }));
    await waitFor(() => expect(statusOf(loaded, 'fyrbodal:mote-2020-01-23')).toBe('cancelled'));
    await expect(await canvas.findByText(/Mötet är inställt\. Nätverket slås ihop/)).toBeVisible();
  },
};

/** In English: labels, dates and core's reasons. */
export const English: Story = {
  args: { actor: representative },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/5 December 2019/)).toBeVisible();
    await userEvent.click(canvas.getByText('Why can’t I …?'));
    await expect(canvasElement.querySelector('[data-action="publishAgenda"]')).toHaveTextContent(/Publish the agenda/);
  },
};

/** At 320 px (400 % zoom): facts, next step and the agenda fit. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Publicera agenda' })).toBeVisible();
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-meeting-workspace')!);
  },
};
