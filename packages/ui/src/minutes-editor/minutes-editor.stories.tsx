import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useCommand, useMeeting, useSamverkan, type SamverkanActor } from '@samverkan/react';
import { formErrors } from '../error-summary/form-error.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SampleProvider, sampleLoader, tabTo } from '../stories-support/sample.js';
import { MinutesEditor } from './minutes-editor.js';
import { documents, storyArgs } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

const leader: SamverkanActor = { personId: 'fyrbodal:person-001' };
const representative: SamverkanActor = { personId: 'fyrbodal:person-003' };
const meetingId = 'fyrbodal:mote-2019-10-17';

function ConnectedMinutesEditor() {
  const { meeting, actions } = useMeeting(meetingId);
  const { dispatch } = useCommand();
  const { locale } = useSamverkan();
  if (!meeting) return null;
  return (
    <MinutesEditor
      agenda={meeting.agenda}
      minutes={meeting.minutes}
      draftAction={actions.draftMinutes}
      onDraft={async (minutes) => {
        const result = await dispatch({ type: 'draftMinutes', meetingId, minutes });
        return result.ok ? undefined : formErrors('draftMinutes', result, locale);
      }}
    />
  );
}

/** The minutes core holds for the meeting, read from the story's runtime. */
function minutesOf(loaded: Record<string, unknown>) {
  const meeting = (loaded.sample as SampleRuntime).runtime.getState().meetings.get(meetingId)?.context;
  return { meeting, first: meeting?.minutes?.items.find((i) => i.itemId === meeting.agenda[0]?.id) };
}

interface Args {
  actor: SamverkanActor;
}

const meta = {
  title: 'Möten/MinutesEditor',
  parameters: {
    docs: {
      description: {
        component: [
          'The secretary writes, per agenda item, what was informed, discussed and decided, and saves the draft.',
          '',
          "**Do** answer `onDraft` with `formErrors('draftMinutes', …)`. **Don't** put approve and publish here: they are the meeting's confirmed steps. The editor is not offered to someone who may not draft.",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(MinutesEditor),
  argTypes: storyArgs<Args>('actor'),
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

/** Revising the draft by keyboard and saving it to core. */
export const SaveDraftByKeyboard: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const first = canvas.getAllByRole('textbox', { name: /^Informerades/ })[0]!;
    await tabTo(first, () => userEvent.tab());
    await userEvent.keyboard('{Control>}a{/Control}Processledaren informerade om **budgeten**.');
    await tabTo(canvas.getByRole('button', { name: 'Spara utkast' }), () => userEvent.tab(), 80);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(minutesOf(loaded).first?.informed).toBe('Processledaren informerade om **budgeten**.'));
  },
};

/** Core refuses a text longer than it keeps: the summary takes focus and names the field in words. */
export const RefusedDraft: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const before = minutesOf(loaded).meeting?.minutes;
    const decided = canvas.getAllByRole('textbox', { name: /^Beslutades/ })[0]!;
    await userEvent.click(decided);
    await userEvent.paste('Beslut. '.repeat(2600));
    await userEvent.click(canvas.getByRole('button', { name: 'Spara utkast' }));
    const summary = await canvas.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    const title = minutesOf(loaded).meeting!.agenda.toSorted((a, b) => a.position - b.position)[0]!.title;
    await expect(summary).toHaveTextContent(`${title} – Beslutades: får ha högst 20000 tecken`);
    await expect(summary.textContent).not.toMatch(/minutes\.|«/);
    await expect(minutesOf(loaded).meeting?.minutes).toEqual(before);
  },
};

/** A representative may not write the minutes: the editor is not offered. */
export const WithoutAuthority: Story = {
  args: { actor: representative },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button', { name: 'Spara utkast' })).toBeNull();
    await expect(within(canvasElement).queryAllByRole('textbox')).toHaveLength(0);
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Minutes' })).toBeInTheDocument();
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
