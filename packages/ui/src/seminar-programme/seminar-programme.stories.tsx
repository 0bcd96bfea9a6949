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
    await expect(canvas.getAllByRole('table')).toHaveLength(3);
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

/** A development leader of another unit sees the report action unavailable, with core's reason. */
export const WithoutAuthority: Story = {
  args: { actor: rebecka },
  play: async ({ canvasElement }) => {
    const row = within(canvasElement).getByTestId(heldSeminar);
    const report = within(row).getByRole('button', { name: 'Rapportera timmar och närvaro' });
    await expect(report).toBeDisabled();
    await expect(report).toHaveAccessibleDescription(/Rebecka Ekberg saknar befogenheten «Rapportera tid och närvaro»/);
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
    await expect(within(canvasElement).getAllByRole('table')).toHaveLength(3);
  },
};

/** At 320 px (400 % zoom): each theme's seminar table scrolls in its own region named by the theme; nothing else scrolls sideways. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const tables = canvas.getAllByRole('table');
    await expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) await expect(table.closest('[role="region"][tabindex="0"]')).toHaveAccessibleName(/\S/);
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
