import type { Meta, StoryObj } from '@storybook/react-vite';
import { esfReportPrintDocument } from '@samverkan/core/documents';
import type { SampleRuntime } from '@samverkan/core/samples';
import { expect, within } from 'storybook/test';
import { sampleLoader } from '../stories-support/sample.js';
import { documents } from '../stories-support/documents.js';
import { EsfReportPrint } from './esf-report-print.js';

interface Args {
  from?: string;
  to?: string;
}

const meta = {
  title: 'Utskrifter/EsfReportPrint',
  component: documents<Args>(EsfReportPrint),
  loaders: [sampleLoader('ehalsalyftet')],
  render: (args, { loaded, globals }) => {
    const locale = globals.locale === 'en' ? 'en' : 'sv';
    const state = (loaded.sample as SampleRuntime).runtime.getState();
    const doc = esfReportPrintDocument(state, args.from && args.to ? { period: { start: args.from, end: args.to } } : {}, locale);
    return <EsfReportPrint document={doc} />;
  },
  args: {},
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** eHälsalyftet's whole project: per category, the total and every time report. */
export const WholeProject: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^eHälsalyftet · ESF-rapport$/)).toBeInTheDocument();
    await expect(canvas.getByText('Hela projekttiden')).toBeInTheDocument();
    const total = canvas.getByRole('rowheader', { name: 'Totalt' }).closest('tr')!;
    await expect(total.textContent).toContain('90');
    await expect(total.textContent?.replace(/\s/g, ' ')).toContain('37 090 kr');
  },
};

/** One autumn: only that period's time reports. */
export const Period: Story = {
  args: { from: '2016-01-01', to: '2016-12-31' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('1 januari 2016', { exact: false })).toBeInTheDocument();
    await expect(canvasElement.querySelectorAll('time[datetime^="2017-"]').length).toBe(0);
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'By professional category' })).toBeInTheDocument();
    await expect(canvas.getByText('The whole project')).toBeInTheDocument();
  },
};
