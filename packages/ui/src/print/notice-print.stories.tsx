import type { Meta, StoryObj } from '@storybook/react-vite';
import { noticeDocument } from '@samverkan/core/documents';
import type { SampleRuntime } from '@samverkan/core/samples';
import { expect, within } from 'storybook/test';
import { sampleLoader } from '../stories-support/sample.js';
import { documents } from '../stories-support/documents.js';
import { NoticePrint } from './notice-print.js';

interface Args {
  meetingId: string;
}

const meta = {
  title: 'Utskrifter/NoticePrint',
  component: documents<Args>(NoticePrint),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded, globals }) => {
    const locale = globals.locale === 'en' ? 'en' : 'sv';
    const notice = noticeDocument((loaded.sample as SampleRuntime).runtime.getState(), args.meetingId, locale);
    return notice ? <NoticePrint notice={notice} /> : <p>–</p>;
  },
  args: { meetingId: 'fyrbodal:mote-2019-03-21' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A published agenda that went out late: every item numbered with its start time and presenter. */
export const Published: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1, name: 'Nätverksmöte 2/2019' })).toBeInTheDocument();
    await expect(canvas.getByText(/^E-hälsonätverket i Fyrbodal · Kallelse/)).toBeInTheDocument();
    await expect(canvasElement.querySelector('.sv-print__facts')?.textContent).toMatch(/Tid21 mars 2019 (kl\. )?09:00–12:00/);
    await expect(canvas.getByText(/^Dagordningen gick ut sent:/)).toBeInTheDocument();
    const items = canvasElement.querySelectorAll('.sv-print__item');
    await expect(items.length).toBeGreaterThan(3);
    await expect(items[0]!.textContent).toContain('09:00');
    await expect(canvas.getByRole('heading', { level: 3, name: /^1\. Uppdragsbeskrivningen version 0\.2/ })).toBeInTheDocument();
    // A document: no buttons, no links to follow on paper.
    await expect(canvas.queryAllByRole('button')).toEqual([]);
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/· Notice of meeting$/)).toBeInTheDocument();
    await expect(canvas.getByRole('heading', { level: 2, name: 'Agenda' })).toBeInTheDocument();
    await expect(canvasElement.querySelector('.sv-print__facts')?.textContent).toMatch(/When21 March 2019( at)? 09:00–12:00/);
  },
};
