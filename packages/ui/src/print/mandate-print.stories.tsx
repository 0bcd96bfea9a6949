import type { Meta, StoryObj } from '@storybook/react-vite';
import { mandatePrintDocument } from '@samverkan/core/documents';
import type { SampleRuntime } from '@samverkan/core/samples';
import { expect, within } from 'storybook/test';
import { sampleLoader } from '../stories-support/sample.js';
import { documents } from '../stories-support/documents.js';
import { MandatePrint } from './mandate-print.js';

interface Args {
  mandateId: string;
}

const meta = {
  title: 'Utskrifter/MandatePrint',
  component: documents<Args>(MandatePrint),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded, globals }) => {
    const locale = globals.locale === 'en' ? 'en' : 'sv';
    const doc = mandatePrintDocument((loaded.sample as SampleRuntime).runtime.getState(), args.mandateId, locale);
    return doc ? <MandatePrint document={doc} /> : <p>–</p>;
  },
  args: { mandateId: 'fyrbodal:uppdrag-e-halsonatverket' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The mandate in force, the fingerprint of version 1.0 and the version history. */
export const Approved: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/· Uppdragsbeskrivning$/)).toBeInTheDocument();
    await expect(canvas.getByText('Fingeravtryck (SHA-256) för version 1.0:')).toBeInTheDocument();
    await expect(canvas.getByRole('heading', { level: 2, name: 'Versionshistorik' })).toBeInTheDocument();
    await expect(canvas.getByText(/^1\.0 \(fastställd, allmän handling\)$/)).toBeInTheDocument();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Version history' })).toBeInTheDocument();
    await expect(canvas.getByText('Fingerprint (SHA-256) of version 1.0:')).toBeInTheDocument();
  },
};
