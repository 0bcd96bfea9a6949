import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { staffingPlansForGroup } from '@samverkan/core/runtime';
import { useCommand, useMeeting, useSamverkanSelector, type SamverkanActor } from '@samverkan/react';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SampleProvider, sampleLoader, tabTo } from '../stories-support/sample.js';
import { AttendanceRegister, type AttendanceRegisterRow } from './attendance-register.js';
import { documents } from '../stories-support/documents.js';
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
  const rows = useExpectedRows(meeting?.groupId ?? '');
  if (!meeting) return null;
  return (
    <>
      <AttendanceRegister
        caption={`Deltagarlista – ${meeting.title}`}
        rows={rows}
        records={meeting.attendance}
        recordAction={actions.recordAttendance}
        onRecord={(records) => void dispatch({ type: 'recordAttendance', meetingId, records })}
      />
      <p data-testid="recorded">{meeting.attendance.map((r) => `${r.personId}=${r.status}/${r.mode ?? '-'}`).join(' ')}</p>
    </>
  );
}

/** The December meeting driven by commands to «held»: agenda published, invitations sent, held. */
const heldMeeting = async () => {
  const { sample } = await sampleLoader('fyrbodal')();
  const base = { by: leader.personId, meetingId };
  for (const command of [
    { ...base, type: 'publishAgenda', id: 'story-publish', at: '2019-11-20T13:00:00+01:00' },
    { ...base, type: 'sendInvitations', id: 'story-invite', at: '2019-11-20T13:05:00+01:00' },
    { ...base, type: 'holdMeeting', id: 'story-hold', at: '2019-12-05T12:00:00+01:00' },
  ]) {
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
  component: documents<Args>(AttendanceRegister),
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
  play: async ({ canvasElement }) => {
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
    const save = canvas.getByRole('button', { name: 'Spara deltagarlista' });
    await tabTo(save, () => userEvent.tab(), 200);
    await userEvent.keyboard('{Enter}');
    const recorded = canvas.getByTestId('recorded');
    await waitFor(() => expect(recorded.textContent).toMatch(/=absent\/-/));
    await expect(recorded.textContent).toMatch(/=excused\/-/);
    await expect(recorded.textContent).toMatch(/=present\/remote/);
    await expect(recorded.textContent!.split(' ')).toHaveLength(groups.length);
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
  play: async ({ canvasElement }) => {
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
    const save = canvas.getByRole('button', { name: 'Spara deltagarlista' });
    await tabTo(save, () => userEvent.tab(), 400);
    await expect(save).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const recorded = canvas.getByTestId('recorded');
    await waitFor(() => expect(recorded.textContent!.split(' ')).toHaveLength(groups.length));
    await expect(recorded.textContent!.match(/=absent\/-/g)).toHaveLength(1);
    await expect(recorded.textContent!.match(/=present\/remote/g)).toHaveLength(1);
  },
};

/** A representative sees the list but may not record it: core's reason beside the button. */
export const WithoutAuthority: Story = {
  args: { actor: representative },
  play: async ({ canvasElement }) => {
    const save = within(canvasElement).getByRole('button', { name: 'Spara deltagarlista' });
    await expect(save).toBeDisabled();
    await expect(save).toHaveAccessibleDescription(/saknar befogenheten/);
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Save attendance' })).toBeEnabled();
  },
};

/**
 * A published meeting (March 2019) at 320 px: every control is disabled, so the table's scroll
 * region itself is the keyboard's way in — focusable and named (axe's scrollable-region-focusable).
 */
export const NarrowPublished: Story = {
  loaders: [sampleLoader('fyrbodal')],
  args: { meetingId: 'fyrbodal:mote-2019-03-21', now: '2019-11-20T12:00:00+01:00' },
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Spara deltagarlista' })).toBeDisabled();
    for (const radio of canvas.getAllByRole('radio')) await expect(radio).toBeDisabled();
    const region = canvas.getByRole('region', { name: /Deltagarlista – .*tabell/ });
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    await tabTo(region, () => userEvent.tab());
    await expect(region).toHaveFocus();
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-attendance-register')!);
  },
};

/** The leader records attendance at 320 px by keyboard: the footer and the save button stay in view. */
export const NarrowRecord: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-attendance-register')!);
    const save = canvas.getByRole('button', { name: 'Spara deltagarlista' });
    await tabTo(save, () => userEvent.tab(), 200);
    await expect(save).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByTestId('recorded').textContent).toMatch(/=present\/onSite/));
  },
};

/** `#rrggbb` as the `rgb(r, g, b)` a computed style reports. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.trim().slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
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
  const tokens = getComputedStyle(theme);
  const style = getComputedStyle(popover);
  await expect(style.backgroundColor).toBe(rgb(tokens.getPropertyValue('--sv-color-background')));
  await expect(style.color).toBe(rgb(tokens.getPropertyValue('--sv-color-text')));
  await expect(style.borderTopColor).toBe(rgb(tokens.getPropertyValue('--sv-color-border')));
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
