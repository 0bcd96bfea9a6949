import type { Meta, StoryObj } from '@storybook/react-vite';
import { attendanceListDocument } from '@samverkan/core/documents';
import type { SampleRuntime } from '@samverkan/core/samples';
import { expect, within } from 'storybook/test';
import { sampleLoader } from '../stories-support/sample.js';
import { documents } from '../stories-support/documents.js';
import { AttendanceListPrint } from './attendance-list-print.js';

interface Args {
  meetingId: string;
}

const meta = {
  title: 'Utskrifter/AttendanceListPrint',
  component: documents<Args>(AttendanceListPrint),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded, globals }) => {
    const locale = globals.locale === 'en' ? 'en' : 'sv';
    const list = attendanceListDocument((loaded.sample as SampleRuntime).runtime.getState(), args.meetingId, locale);
    return list ? <AttendanceListPrint list={list} /> : <p>–</p>;
  },
  args: { meetingId: 'fyrbodal:mote-2019-03-21' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A held meeting: everyone recorded, with the totals. */
export const Held: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rows = canvas.getAllByRole('row');
    // The header row and one row per person recorded.
    await expect(rows.length).toBe(20);
    await expect(canvas.getByRole('rowheader', { name: 'Karin Ekdahl' })).toBeInTheDocument();
    await expect(canvas.getByText('Organisationer med någon närvarande').nextElementSibling?.textContent).toBe('11');
  },
};

/** A meeting ahead: nothing recorded yet. */
export const NotHeld: Story = {
  args: { meetingId: 'fyrbodal:mote-2019-12-05' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Ingen närvaro registrerad.')).toBeInTheDocument();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/· Attendance list$/)).toBeInTheDocument();
    await expect(canvas.getByRole('columnheader', { name: 'Stands in for' })).toBeInTheDocument();
  },
};
