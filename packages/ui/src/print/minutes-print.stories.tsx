import type { Meta, StoryObj } from '@storybook/react-vite';
import { minutesDocument } from '@samverkan/core/documents';
import type { SampleRuntime } from '@samverkan/core/samples';
import { expect, within } from 'storybook/test';
import { sampleLoader } from '../stories-support/sample.js';
import { documents } from '../stories-support/documents.js';
import { MinutesPrint } from './minutes-print.js';

interface Args {
  meetingId: string;
}

const meta = {
  title: 'Utskrifter/MinutesPrint',
  component: documents<Args>(MinutesPrint),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded, globals }) => {
    const locale = globals.locale === 'en' ? 'en' : 'sv';
    const minutes = minutesDocument((loaded.sample as SampleRuntime).runtime.getState(), args.meetingId, locale);
    return minutes ? <MinutesPrint minutes={minutes} /> : <p>–</p>;
  },
  args: { meetingId: 'fyrbodal:mote-2019-03-21' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Published minutes: the approval (justering) and the record's fingerprint, in full. */
export const Published: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/· Minnesanteckningar$/)).toBeInTheDocument();
    await expect(canvas.getByRole('heading', { level: 2, name: 'Justering' })).toBeInTheDocument();
    await expect(canvasElement.querySelector('.sv-print__approval')?.textContent).toMatch(/^Justerade av Helena Vik 28 mars 2019/);
    await expect(canvasElement.querySelector('.sv-fingerprint__value')?.textContent).toMatch(/^[0-9a-f]{64}$/);
    await expect(canvas.getByText('Karin Ekdahl, Dals-Ed')).toBeInTheDocument();
    await expect(canvas.getByText('Anders Holmqvist')).toBeInTheDocument();
  },
};

/** A draft: marked as such, no fingerprint. */
export const Draft: Story = {
  args: { meetingId: 'fyrbodal:mote-2019-10-17' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText('Utkast – ej justerade').length).toBe(2);
    await expect(canvas.queryByText(/Fingeravtryck/)).toBeNull();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Approval' })).toBeInTheDocument();
    await expect(canvasElement.querySelector('.sv-print__approval')?.textContent).toMatch(/^Approved by Helena Vik 28 March 2019/);
    await expect(canvas.getByText('Fingerprint (SHA-256):')).toBeInTheDocument();
  },
};
