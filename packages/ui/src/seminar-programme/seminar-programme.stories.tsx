import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useCommand, useSamverkanSelector, useSeminarProgramme, type SamverkanActor } from '@samverkan/react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';
import { SampleProvider, sampleLoader, tabTo } from '../stories-support/sample.js';
import { SeminarProgramme } from './seminar-programme.js';

/** The development leader of the rehabilitation clinic, whose theme 2 seminar is held but not reported. */
const arvid: SamverkanActor = { personId: 'ehalsalyftet:person-013' };
/** A development leader of another unit. */
const rebecka: SamverkanActor = { personId: 'ehalsalyftet:person-011' };
const heldSeminar = 'ehalsalyftet:tema-2-rehabiliteringsmottagningen';

/**
 * The programme as an app wires it: `useSeminarProgramme` for core's overview and answers; the
 * app supplies what a command needs (here, who came and two hours each, as a report form would).
 */
function ConnectedSeminarProgramme({ programmeId }: { programmeId: string }) {
  const { overview, actions } = useSeminarProgramme({ programmeId });
  const seminars = useSamverkanSelector((s) => s.seminars);
  const { dispatch } = useCommand();
  return (
    <SeminarProgramme
      themes={overview.themes}
      actions={actions}
      onAction={(seminarId, type) => {
        const seminar = seminars.get(seminarId)?.context;
        if (!seminar) return;
        if (type === 'holdSeminar') void dispatch({ type, seminarId, attendance: seminar.participants });
        if (type === 'reportSeminar') {
          const attendance = seminar.attendance;
          const hours = attendance.map((p) => ({ personId: p.personId, hours: 2, professionalCategory: p.professionalCategory }));
          void dispatch({ type, seminarId, attendance, hours });
        }
      }}
    />
  );
}

interface Args {
  actor: SamverkanActor;
  programmeId: string;
}

const meta = {
  title: 'Seminarier/SeminarProgramme',
  parameters: {
    docs: {
      description: {
        component: [
          'The themes and their dialogue seminars with reporting status; beside each seminar what the person may do now. A refusal is said once per theme under «Varför kan jag inte …?», not on every row.',
          '',
          "**Do** pass a `heading` other than the page's h1. **Don't** show every command for every seminar: the ones core refuses because of the seminar's state are left out.",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(SeminarProgramme),
  loaders: [sampleLoader('ehalsalyftet')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={args.actor}>
      <ConnectedSeminarProgramme programmeId={args.programmeId} />
    </SampleProvider>
  ),
  args: { actor: arvid, programmeId: 'ehalsalyftet' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** eHälsalyftet's three themes: one closed, one running with a seminar awaiting its report, one proposed. */
export const Programme: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('list', { name: /^Seminarier i / })).toHaveLength(3);
    await expect(canvas.getByTestId(heldSeminar)).toHaveTextContent('Väntar på rapportering');
    await expect(canvas.getByRole('note')).toHaveTextContent('1 seminarium väntar på rapportering av timmar och närvaro.');
  },
};

/** The development leader reports hours and attendance by keyboard alone; core moves the seminar to «Rapporterat». */
export const ReportByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByTestId(heldSeminar);
    const report = within(row).getByRole('button', { name: 'Rapportera timmar och närvaro' });
    await expect(report).toBeEnabled();
    await tabTo(report, () => userEvent.tab(), 80);
    await expect(report).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(row).toHaveAttribute('data-reporting', 'reported'));
    await expect(row).toHaveTextContent('Rapporterat');
    // Ten who came, two hours each.
    await expect(row).toHaveTextContent('20');
    await expect(canvas.queryByRole('note')).toBeNull();
  },
};

/**
 * A development leader of another unit: no dead button on the seminar; core's reason is said
 * once for the theme under «Varför kan jag inte …?», not on every row.
 */
export const WithoutAuthority: Story = {
  args: { actor: rebecka },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = canvas.getByTestId(heldSeminar);
    await expect(within(row).queryByRole('button')).toBeNull();
    // Once per theme, however many seminars it concerns.
    const why = canvas.getAllByText('Varför kan jag inte …?');
    const themes = canvas.getAllByRole('list', { name: /^Seminarier i / });
    await expect(why.length).toBeLessThanOrEqual(themes.length);
    for (const summary of why) await userEvent.click(summary);
    const reasons = canvas.getAllByText(/Rebecka Ekberg saknar befogenheten «Rapportera tid och närvaro»/);
    await expect(reasons.length).toBeGreaterThanOrEqual(why.length);
    const seminars = canvasElement.querySelectorAll('[data-reporting]').length;
    await expect(seminars).toBeGreaterThan(reasons.length);
  },
};

/** A programme without themes yet. */
export const Empty: Story = {
  args: { programmeId: 'ett-annat-program' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Inga teman är beslutade eller föreslagna ännu.')).toBeInTheDocument();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const row = within(canvasElement).getByTestId(heldSeminar);
    await expect(row).toHaveTextContent('Awaiting report');
    await expect(within(row).getByRole('button', { name: 'Report hours and attendance' })).toBeEnabled();
  },
};

/** The dark scheme. */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('list', { name: /^Seminarier i / })).toHaveLength(3);
  },
};

/** At 320 px (400 % zoom): each seminar is a card — name, date, reporting and figures in view, nothing sideways, no blank rows. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('table')).toBeNull();
    const card = canvas.getByTestId(heldSeminar);
    // A card is as tall as what it says: no stretched, empty rows.
    const content = [...card.children].reduce((sum, child) => sum + child.getBoundingClientRect().height, 0);
    await expect(card.getBoundingClientRect().height).toBeLessThan(content + 80);
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-seminar-programme')!);
  },
};

/** The same at 320 px in English, whose labels are longer. */
export const NarrowEnglish: Story = {
  globals: { ...reflowViewport, locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { level: 2, name: 'Seminar programme' })).toBeInTheDocument();
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-seminar-programme')!);
  },
};
