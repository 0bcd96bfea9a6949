import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useCommand, useMeeting, type SamverkanActor } from '@samverkan/react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SampleProvider, sampleLoader, tabTo } from '../stories-support/sample.js';
import { MinutesEditor } from './minutes-editor.js';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

const leader: SamverkanActor = { personId: 'fyrbodal:person-001' };
const representative: SamverkanActor = { personId: 'fyrbodal:person-003' };
const meetingId = 'fyrbodal:mote-2019-10-17';

function ConnectedMinutesEditor() {
  const { meeting, status, statusLabel, actions } = useMeeting(meetingId);
  const { dispatch } = useCommand();
  if (!meeting) return null;
  return (
    <>
      <p data-testid="status" data-status={status}>
        {statusLabel}
      </p>
      <MinutesEditor
        agenda={meeting.agenda}
        minutes={meeting.minutes}
        draftAction={actions.draftMinutes}
        approveAction={actions.approveMinutes}
        publishAction={actions.publishMinutes}
        onDraft={(minutes) => void dispatch({ type: 'draftMinutes', meetingId, minutes })}
        onApprove={() => void dispatch({ type: 'approveMinutes', meetingId })}
        onPublish={() => void dispatch({ type: 'publishMinutes', meetingId })}
      />
      <p data-testid="first-item">{meeting.minutes?.items.find((i) => i.itemId === meeting.agenda[0]?.id)?.informed ?? ''}</p>
    </>
  );
}

interface Args {
  actor: SamverkanActor;
}

const meta = {
  title: 'Möten/MinutesEditor',
  component: documents<Args>(MinutesEditor),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={args.actor}>
      <ConnectedMinutesEditor />
    </SampleProvider>
  ),
  args: { actor: leader },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The process leader approves the drafted minutes by keyboard: Tab to the button, Enter. */
export const ApproveByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('status')).toHaveAttribute('data-status', 'minutesDrafted');
    const approve = canvasElement.querySelector<HTMLButtonElement>('[data-action="approveMinutes"]')!;
    await expect(approve).toBeEnabled();
    await tabTo(approve, () => userEvent.tab(), 80);
    await expect(approve).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByTestId('status')).toHaveAttribute('data-status', 'minutesApproved'));
  },
};

/** Revising the draft by keyboard and saving it to core. */
export const SaveDraftByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = canvas.getAllByRole('textbox', { name: /^Informerades/ })[0]!;
    await tabTo(first, () => userEvent.tab());
    await userEvent.keyboard('{Control>}a{/Control}Processledaren informerade om **budgeten**.');
    await tabTo(canvas.getByRole('button', { name: 'Spara utkast' }), () => userEvent.tab(), 80);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByTestId('first-item')).toHaveTextContent('Processledaren informerade om **budgeten**.'));
  },
};

/** A representative may not approve: disabled, with core's reason. */
export const WithoutAuthority: Story = {
  args: { actor: representative },
  play: async ({ canvasElement }) => {
    const approve = canvasElement.querySelector<HTMLButtonElement>('[data-action="approveMinutes"]')!;
    await expect(approve).toBeDisabled();
    await expect(approve).toHaveAccessibleDescription(/saknar befogenheten/);
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Write the minutes' })).toBeInTheDocument();
  },
};

/** The editor at 320 px (400 % zoom). */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    for (const root of canvasElement.querySelectorAll<HTMLElement>('.sv-minutes-editor')) await expectReflow(root);
    await expect(canvasElement.querySelectorAll('.sv-minutes-editor').length).toBeGreaterThan(0);
  },
};
