import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useCommand, useMeeting, useSamverkan, type SamverkanActor } from '@samverkan/react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { formErrors } from '../error-summary/form-error.js';
import { documents, storyArgs } from '../stories-support/documents.js';
import { SampleProvider, sampleLoader, tabTo, usePeopleNames } from '../stories-support/sample.js';
import { AgendaBuilder, type AgendaProposal } from './agenda-builder.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

const leader: SamverkanActor = { personId: 'fyrbodal:person-001' };
const representative: SamverkanActor = { personId: 'fyrbodal:person-003' };
const meetingId = 'fyrbodal:mote-2019-12-05';

/** The builder as an app wires it: `useMeeting` for state and core's answers, `useCommand` to act. */
function ConnectedAgendaBuilder() {
  const { meeting, actions } = useMeeting(meetingId);
  const { dispatch } = useCommand();
  const { locale } = useSamverkan();
  const people = usePeopleNames();
  if (!meeting) return null;
  const propose = async (p: AgendaProposal) => {
    const result = await dispatch({ type: 'proposeAgendaItem', meetingId, item: { id: `punkt-${meeting.agenda.length + 1}-${Date.now()}`, ...p } });
    return result.ok ? undefined : formErrors('proposeAgendaItem', result, locale);
  };
  return (
    <AgendaBuilder
      items={meeting.agenda}
      people={people}
      proposeAction={actions.proposeAgendaItem}
      reorderAction={actions.reorderAgenda}
      withdrawAction={actions.withdrawAgendaItem}
      onPropose={propose}
      onReorder={(itemIds) => void dispatch({ type: 'reorderAgenda', meetingId, itemIds })}
      onWithdraw={(itemId) => void dispatch({ type: 'withdrawAgendaItem', meetingId, itemId })}
    />
  );
}

interface Args {
  actor: SamverkanActor;
}

const meta = {
  title: 'Möten/AgendaBuilder',
  component: documents<Args>(AgendaBuilder),
  argTypes: storyArgs<Args>('actor'),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={args.actor}>
      <ConnectedAgendaBuilder />
    </SampleProvider>
  ),
  args: { actor: leader },
  parameters: {
    docs: {
      description: {
        component: [
          'The agenda while the call for items is open: the items so far, a form to propose one, and — for whoever may — buttons to reorder or take an item off.',
          '',
          '**Use it** on a meeting’s page while it collects items. **Do not** use it to publish: publishing is a step of the meeting (`MeetingLifecycle`, `MeetingWorkspace`) and asks for confirmation.',
          '',
          '**Do** answer `onPropose` with core’s refusal as `formErrors(...)`: the form then shows an error summary at its top and a message beside the field, named in words. **Don’t** show the form to someone core will not let propose: the builder leaves it out when `proposeAction.allowed` is false.',
        ].join('\n'),
      },
    },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The process leader while items are collected: the items can be ordered and taken off. */
export const CollectingItems: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('button', { name: /^Flytta ned:/ }).length).toBeGreaterThan(0);
    await expect(canvas.getByRole('heading', { name: 'Föreslå en punkt' })).toBeVisible();
  },
};

/** A representative proposes an item by keyboard alone: type, arrow to «Beslut», Enter. */
export const ProposeByKeyboard: Story = {
  args: { actor: representative },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const before = canvas.getAllByRole('listitem').length;
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
    await waitFor(() => expect(canvas.getAllByRole('listitem').length).toBe(before + 1));
    await expect(canvas.getByText('Gemensam upphandling av trygghetslarm')).toBeInTheDocument();
    // Nobody but the process leader orders the agenda: no reorder buttons for a representative.
    await expect(canvas.queryByRole('button', { name: /^Flytta ned:/ })).toBeNull();
  },
};

/** Core refuses a title longer than 300 characters: the summary takes focus and names «Rubrik» in words. */
export const RefusedProposal: Story = {
  args: { actor: representative },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox', { name: /Rubrik/ }));
    await userEvent.paste('Lång rubrik '.repeat(30));
    await userEvent.click(canvas.getByRole('button', { name: 'Föreslå punkt' }));
    const summary = await canvas.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(summary).toHaveTextContent(/Rätta det här innan du fortsätter/);
    await expect(summary).toHaveTextContent(/Rubrik: får ha högst 300 tecken/);
    await expect(summary.textContent).not.toMatch(/item\.title|«item/);
    // The link leads to the field, and the message stands beside it too.
    await userEvent.click(within(summary).getByRole('link'));
    await expect(canvas.getByRole('textbox', { name: /Rubrik/ })).toHaveFocus();
    await expect(canvas.getByRole('textbox', { name: /Rubrik/ })).toHaveAccessibleDescription(/får ha högst 300 tecken/);
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

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Propose item' })).toBeEnabled();
  },
};

/** At 320 px (400 % zoom): the form and the items fit. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: /Rubrik/ })).toBeInTheDocument();
    for (const root of canvasElement.querySelectorAll<HTMLElement>('.sv-agenda-builder')) await expectReflow(root);
    await expect(canvasElement.querySelectorAll('.sv-agenda-builder').length).toBeGreaterThan(0);
  },
};
