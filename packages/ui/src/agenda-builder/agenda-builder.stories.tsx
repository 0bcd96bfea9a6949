import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useCommand, useMeeting, type SamverkanActor } from '@samverkan/react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SampleProvider, sampleLoader, tabTo, usePeopleNames } from '../stories-support/sample.js';
import { AgendaBuilder, type AgendaProposal } from './agenda-builder.js';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

const leader: SamverkanActor = { personId: 'fyrbodal:person-001' };
const representative: SamverkanActor = { personId: 'fyrbodal:person-003' };
const meetingId = 'fyrbodal:mote-2019-12-05';

/** The builder as an app wires it: `useMeeting` for state and core's answers, `useCommand` to act. */
function ConnectedAgendaBuilder() {
  const { meeting, actions, agendaDeadline } = useMeeting(meetingId);
  const { dispatch, can } = useCommand();
  const people = usePeopleNames();
  if (!meeting) return null;
  const propose = (p: AgendaProposal) =>
    void dispatch({ type: 'proposeAgendaItem', meetingId, item: { id: `punkt-${meeting.agenda.length + 1}-${Date.now()}`, ...p } });
  return (
    <>
      <p data-testid="status">{meeting.agenda.length}</p>
      <AgendaBuilder
        items={meeting.agenda}
        people={people}
        proposeAction={actions.proposeAgendaItem}
        reorderAction={actions.reorderAgenda}
        withdrawAction={actions.withdrawAgendaItem}
        publishAction={actions.publishAgenda}
        lateReasonRequired={agendaDeadline?.status === 'passed'}
        agendaDeadline={agendaDeadline?.date}
        checkPublish={(lateReason) => {
          const answer = can({ type: 'publishAgenda', meetingId, lateReason });
          return answer.ok
            ? { ...actions.publishAgenda, allowed: true, reasonText: undefined, code: undefined }
            : { ...actions.publishAgenda, allowed: false, reasonText: answer.message.sv, code: answer.code };
        }}
        onPropose={propose}
        onReorder={(itemIds) => void dispatch({ type: 'reorderAgenda', meetingId, itemIds })}
        onWithdraw={(itemId) => void dispatch({ type: 'withdrawAgendaItem', meetingId, itemId })}
        onPublish={(lateReason) => void dispatch({ type: 'publishAgenda', meetingId, ...(lateReason ? { lateReason } : {}) })}
      />
      <p data-testid="meeting-status">{meeting.agendaPublishedAt ? 'published' : 'open'}</p>
    </>
  );
}

interface Args {
  actor: SamverkanActor;
  now?: string;
}

const meta = {
  title: 'Möten/AgendaBuilder',
  component: documents<Args>(AgendaBuilder),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={args.actor} now={args.now}>
      <ConnectedAgendaBuilder />
    </SampleProvider>
  ),
  args: { actor: leader },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The process leader while items are collected: order, withdraw and publish are at hand. */
export const CollectingItems: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Publicera agenda' })).toBeEnabled();
    await expect(canvas.getAllByRole('button', { name: /^Flytta ned:/ }).length).toBeGreaterThan(0);
  },
};

/** A representative proposes an item by keyboard alone: type, arrow to «Beslut», Enter. */
export const ProposeByKeyboard: Story = {
  args: { actor: representative },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const before = Number(canvas.getByTestId('status').textContent);
    const title = canvas.getByRole('textbox', { name: /Rubrik/ });
    await tabTo(title, () => userEvent.tab());
    await expect(title).toHaveFocus();
    await userEvent.keyboard('Gemensam upphandling av trygghetslarm');
    await userEvent.tab(); // to the selected kind, «Diskussion»
    await userEvent.keyboard('{ArrowRight}'); // «Beslut»
    await expect(canvas.getByRole('radio', { name: 'Beslut' })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard('{Control>}a{/Control}30');
    await userEvent.tab();
    await userEvent.keyboard('Underlag från **e-rådet**.');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Föreslå punkt' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(Number(canvas.getByTestId('status').textContent)).toBe(before + 1));
    await expect(canvas.getByText('Gemensam upphandling av trygghetslarm')).toBeInTheDocument();
  },
};

/** A representative may propose but not publish: the button is disabled with core's reason. */
export const RepresentativeCannotPublish: Story = {
  args: { actor: representative },
  play: async ({ canvasElement }) => {
    const publish = within(canvasElement).getByRole('button', { name: 'Publicera agenda' });
    await expect(publish).toBeDisabled();
    await expect(publish).toHaveAccessibleDescription(/saknar befogenheten «Kalla till möte»/);
  },
};

/** Reordering by keyboard: Enter on «Flytta ned» moves the first item down. */
export const ReorderByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const firstDown = canvas.getAllByRole('button', { name: /^Flytta ned:/ })[0]!;
    const firstTitle = firstDown.getAttribute('aria-label')!.replace('Flytta ned: ', '');
    await tabTo(firstDown, () => userEvent.tab());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getAllByRole('button', { name: /^Flytta ned:/ })[1]).toHaveAccessibleName(`Flytta ned: ${firstTitle}`));
  },
};

/** After the deadline: core refuses without a reason, so the builder asks for one and publishes with it. */
export const LateWithReason: Story = {
  args: { now: '2019-11-25T09:00:00+01:00' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const publish = canvas.getByRole('button', { name: 'Publicera agenda' });
    await expect(publish).toBeDisabled();
    await expect(publish).toHaveAccessibleDescription(/kräver ett skäl/);
    const reason = canvas.getByRole('textbox', { name: /Skäl till sen publicering/ });
    await tabTo(reason, () => userEvent.tab());
    await userEvent.keyboard('Inväntade underlag från e-rådet');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Publicera agenda' })).toBeEnabled());
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByTestId('meeting-status')).toHaveTextContent('published'));
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Propose item' })).toBeEnabled();
  },
};

/** After the deadline at 320 px (400 % zoom): the form, the items and the late reason fit. */
export const Narrow: Story = {
  args: { now: '2019-11-25T09:00:00+01:00' },
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: /Skäl till sen publicering/ })).toBeInTheDocument();
    for (const root of canvasElement.querySelectorAll<HTMLElement>('.sv-agenda-builder')) await expectReflow(root);
    await expect(canvasElement.querySelectorAll('.sv-agenda-builder').length).toBeGreaterThan(0);
  },
};
