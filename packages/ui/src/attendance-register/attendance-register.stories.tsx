import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { staffingPlansForGroup, type CommandInput } from '@samverkan/core/runtime';
import { useCommand, useMeeting, useSamverkan, useSamverkanSelector, type SamverkanActor } from '@samverkan/react';
import { formErrors } from '../error-summary/form-error.js';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SampleProvider, sampleLoader, tabTo } from '../stories-support/sample.js';
import { AttendanceRegister, type AttendanceRegisterRow } from './attendance-register.js';
import { documents, storyArgs } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

const leader: SamverkanActor = { personId: 'fyrbodal:person-001' };
const representative: SamverkanActor = { personId: 'fyrbodal:person-003' };
const meetingId = 'fyrbodal:mote-2019-12-05';

/** Everyone the group's staffing plans seat, once, with the organisation they speak for. */
function useExpectedRows(groupId: string): AttendanceRegisterRow[] {
  const dataset = useSamverkanSelector((s) => s.dataset);
  const plans = useSamverkanSelector((s) => staffingPlansForGroup(s, groupId));
  return useMemo(() => {
    const rows: AttendanceRegisterRow[] = [];
    for (const entry of plans.flatMap((p) => p.entries)) {
      for (const personId of entry.personIds) {
        if (rows.some((r) => r.personId === personId)) continue;
        const person = dataset.people.find((p) => p.id === personId);
        const organisationId = entry.organisationId ?? person?.organisationId ?? '';
        rows.push({
          personId,
          name: person?.name ?? personId,
          organisationId,
          organisationName: dataset.organisations.find((o) => o.id === organisationId)?.name ?? organisationId,
        });
      }
    }
    return rows;
  }, [dataset, plans]);
}

function ConnectedAttendanceRegister({ meetingId }: { meetingId: string }) {
  const { meeting, actions } = useMeeting(meetingId);
  const { dispatch } = useCommand();
  const { locale } = useSamverkan();
  const rows = useExpectedRows(meeting?.groupId ?? '');
  if (!meeting) return null;
  return (
    <AttendanceRegister
      caption={`Närvaro – ${meeting.title}`}
      rows={rows}
      records={meeting.attendance}
      recordAction={actions.recordAttendance}
      onRecord={async (records) => {
        const result = await dispatch({ type: 'recordAttendance', meetingId, records });
        return result.ok ? undefined : formErrors('recordAttendance', result, locale);
      }}
    />
  );
}

/** What core recorded, `person=status/mode` per row, read from the story's runtime (not from the page). */
function recorded(loaded: Record<string, unknown>, id: string): string[] {
  const meeting = (loaded.sample as SampleRuntime).runtime.getState().meetings.get(id);
  return (meeting?.context.attendance ?? []).map((r) => `${r.personId}=${r.status}/${r.mode ?? '-'}`);
}

/** The December meeting driven by commands to «held»: agenda published, invitations sent, held. */
const heldMeeting = async () => {
  const { sample } = await sampleLoader('fyrbodal')();
  const base = { by: leader.personId, meetingId };
  for (const command of [
    { ...base, type: 'publishAgenda', id: 'story-publish', at: '2019-11-20T13:00:00+01:00' },
    { ...base, type: 'sendInvitations', id: 'story-invite', at: '2019-11-20T13:05:00+01:00' },
    { ...base, type: 'holdMeeting', id: 'story-hold', at: '2019-12-05T12:00:00+01:00' },
  ] satisfies CommandInput[]) {
    const result = await sample.runtime.dispatch(command);
    if (!result.ok) throw new Error(`${command.type}: ${result.message.en}`);
  }
  return { sample };
};

interface Args {
  actor: SamverkanActor;
  meetingId: string;
  /** "Now" for the story, an ISO instant. */
  now: string;
}

const meta = {
  title: 'Möten/AttendanceRegister',
  parameters: {
    docs: {
      description: {
        component: [
          'Attendance at a meeting, fast by keyboard for a network of thirty: a row per expected person (a card on a phone), arrows choose the status, a substitute names whom they replace.',
          '',
          "**Do** start from the staffing plan's people (`useExpectedAttendance`) and answer `onRecord` with `formErrors('recordAttendance', …)`: a refused save shows a summary that takes focus and names the person and the field in words. **Don't** offer it to someone core will not let record attendance — it then shows what was recorded, read-only.",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(AttendanceRegister),
  argTypes: storyArgs<Args>('actor', 'meetingId', 'now'),
  loaders: [heldMeeting],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={args.actor} now={args.now}>
      <ConnectedAttendanceRegister meetingId={args.meetingId} />
    </SampleProvider>
  ),
  args: { actor: leader, meetingId, now: '2019-12-05T13:00:00+01:00' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The process leader records the network's attendance by keyboard alone and saves it to core. */
export const RecordByKeyboard: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const groups = canvas.getAllByRole('radiogroup', { name: /^Närvaro:/ });
    await expect(groups.length).toBeGreaterThan(10);
    const firstRadio = within(groups[1]!).getByRole('radio', { name: 'Närvarande' });
    await tabTo(firstRadio, () => userEvent.tab(), 200);
    await expect(firstRadio).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}'); // Frånvarande
    await userEvent.tab(); // next person's status (no mode for the absent)
    await userEvent.keyboard('{ArrowRight}{ArrowRight}'); // Anmält förhinder
    await userEvent.tab(); // third person's status
    await userEvent.tab(); // third person's mode
    await userEvent.keyboard('{ArrowRight}'); // På distans
    const save = canvas.getByRole('button', { name: 'Spara närvaron' });
    await tabTo(save, () => userEvent.tab(), 200);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(recorded(loaded, meetingId).join(' ')).toMatch(/=absent\/-/));
    await expect(recorded(loaded, meetingId).join(' ')).toMatch(/=excused\/-/);
    await expect(recorded(loaded, meetingId).join(' ')).toMatch(/=present\/remote/);
    await expect(recorded(loaded, meetingId)).toHaveLength(groups.length);
  },
};

/**
 * A larger network by keyboard alone: eHälsalyftet's development leaders' network (43 people)
 * just after its March 2017 meeting, before attendance was recorded. The process supervisor
 * marks one person absent and another remote, and saves the whole list to core.
 */
export const LargeNetworkByKeyboard: Story = {
  loaders: [sampleLoader('ehalsalyftet', { upTo: '2017-03-01T12:00:00+01:00' })],
  args: {
    actor: { personId: 'ehalsalyftet:person-007' },
    meetingId: 'ehalsalyftet:natverkstraff-tema-2',
    now: '2017-03-01T12:10:00+01:00',
  },
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    const groups = canvas.getAllByRole('radiogroup', { name: /^Närvaro:/ });
    await expect(groups.length).toBeGreaterThanOrEqual(30);
    const first = within(groups[0]!).getByRole('radio', { name: 'Närvarande' });
    await tabTo(first, () => userEvent.tab(), 200);
    await expect(first).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}'); // Frånvarande
    await userEvent.tab(); // the second person's status
    await userEvent.tab(); // the second person's mode
    await userEvent.keyboard('{ArrowRight}'); // På distans
    const save = canvas.getByRole('button', { name: 'Spara närvaron' });
    await tabTo(save, () => userEvent.tab(), 400);
    await expect(save).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(recorded(loaded, args.meetingId)).toHaveLength(groups.length));
    await expect(recorded(loaded, args.meetingId).join(' ').match(/=absent\/-/g)).toHaveLength(1);
    await expect(recorded(loaded, args.meetingId).join(' ').match(/=present\/remote/g)).toHaveLength(1);
  },
};

/** A representative may not record attendance: no form, only what is recorded (nothing yet). */
export const WithoutAuthority: Story = {
  args: { actor: representative },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: 'Spara närvaron' })).toBeNull();
    await expect(canvas.queryAllByRole('radio')).toHaveLength(0);
    await expect(canvas.getByText('Närvaron är inte registrerad ännu.')).toBeVisible();
  },
};

/**
 * A substitute saved without naming whom they replace: core refuses, the summary at the top of
 * the list takes focus and names the person and the field in words, and its link leads to the
 * row's «Ersätter», where the message stands too.
 */
export const MissingSubstitute: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const row = canvas.getAllByRole('radiogroup', { name: /^Närvaro:/ })[1]!;
    const name = row.getAttribute('aria-label')!.replace('Närvaro: ', '');
    await userEvent.click(within(row).getByRole('radio', { name: 'Ersättare' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Spara närvaron' }));
    const summary = await canvas.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(summary).toHaveTextContent(new RegExp(`${name} – Ersätter: `));
    await expect(summary.textContent).not.toMatch(/records|substituteFor|\[\d+\]/);
    await userEvent.click(within(summary).getByRole('link'));
    const picker = canvas.getByRole('button', { name: /Ersätter/ });
    await expect(picker).toHaveFocus();
    await expect(picker).toHaveAccessibleDescription(/\S/);
    // Nothing was written.
    await expect(recorded(loaded, meetingId)).toEqual([]);
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Save attendance' })).toBeEnabled();
  },
};

/** A published meeting (March 2019) at 320 px: what was recorded, as cards that fit. */
export const NarrowPublished: Story = {
  loaders: [sampleLoader('fyrbodal')],
  args: { meetingId: 'fyrbodal:mote-2019-03-21', now: '2019-11-20T12:00:00+01:00' },
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: 'Spara närvaron' })).toBeNull();
    await expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(10);
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-attendance-register')!);
  },
};

/** The leader records attendance at 320 px by keyboard: the cards fit and the save button is reached. */
export const NarrowRecord: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-attendance-register')!);
    const save = canvas.getByRole('button', { name: 'Spara närvaron' });
    await tabTo(save, () => userEvent.tab(), 200);
    await expect(save).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(recorded(loaded, meetingId).join(' ')).toMatch(/=present\/onSite/));
  },
};

/**
 * A colour token of `theme` as the `rgb(r, g, b)` a computed style reports — read from an element
 * coloured with it, so the notation the stylesheet uses (`#ffffff`, or `#fff` once the static
 * build has minified it) does not matter.
 */
function tokenColour(theme: HTMLElement, token: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  theme.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/**
 * A substitute's «Ersätter» popover renders inside the host's themed element, so the kit's
 * tokens colour it: its background and text are the theme's, not the browser's defaults.
 */
async function expectThemedPopover(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const row = canvas.getAllByRole('radiogroup', { name: /^Närvaro:/ })[1]!;
  await userEvent.click(within(row).getByRole('radio', { name: 'Ersättare' }));
  await userEvent.click(canvas.getByRole('button', { name: /Ersätter/ }));
  const listbox = await within(document.body).findByRole('listbox');
  const popover = listbox.closest<HTMLElement>('.sv-popover')!;
  const theme = canvasElement.querySelector<HTMLElement>('[data-sv-theme]') ?? canvasElement.closest<HTMLElement>('[data-sv-theme]')!;
  const style = getComputedStyle(popover);
  await expect(style.backgroundColor).toBe(tokenColour(theme, '--sv-color-background'));
  await expect(style.color).toBe(tokenColour(theme, '--sv-color-text'));
  await expect(style.borderTopColor).toBe(tokenColour(theme, '--sv-color-border'));
  // It gets them by rendering inside the themed element, not by copies of the values.
  await expect(popover.closest('[data-sv-theme]')).toBe(theme);
  const background = style.backgroundColor;
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(within(document.body).queryByRole('listbox')).toBeNull());
  return { background };
}

/** The substitute popover in the light scheme takes the light tokens. */
export const SubstitutePopoverLight: Story = {
  play: async ({ canvasElement }) => {
    const { background } = await expectThemedPopover(canvasElement);
    await expect(background).toBe('rgb(255, 255, 255)');
  },
};

/** The same popover in the dark scheme takes the dark tokens. */
export const SubstitutePopoverDark: Story = {
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    const { background } = await expectThemedPopover(canvasElement);
    await expect(background).toBe('rgb(20, 24, 29)');
  },
};
