import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import type { Mandate } from '@samverkan/core';
import { useMandate } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader } from '../stories-support/sample.js';
import { MandateDocument } from './mandate-document.js';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

function ConnectedMandateDocument({ mandateId, overrides }: { mandateId: string; overrides?: Partial<Mandate> }) {
  const { mandate, history } = useMandate(mandateId);
  if (!mandate) return null;
  return <MandateDocument mandate={{ ...mandate, ...overrides }} history={history} />;
}

interface Args {
  sampleMandate: string;
  /** Fields to show differently from the sample's (e.g. a long diary number). */
  overrides?: Partial<Mandate>;
}

const meta = {
  title: 'Uppdrag/MandateDocument',
  parameters: {
    docs: {
      description: {
        component: [
          "The mandate as the document it is: title block, sections in the seeds' order, the version history with dates in words, and the fingerprint of the latest approved version.",
          '',
          "**Use** first on a mandate's page, before any controls (`MandateWorkspace` does). **Don't** hide it below review forms.",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(MandateDocument),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'fyrbodal:person-003' }}>
      <ConnectedMandateDocument mandateId={args.sampleMandate} {...(args.overrides ? { overrides: args.overrides } : {})} />
    </SampleProvider>
  ),
  args: { sampleMandate: 'fyrbodal:uppdrag-e-halsonatverket' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The approved Fyrbodal mandate: a public record with its version history. */
export const Approved: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Allmän handling')).toBeInTheDocument();
    await expect(canvas.getByRole('table', { name: 'Versionshistorik' })).toBeInTheDocument();
    await expect(canvas.getAllByText(/Fastställd – allmän handling/).length).toBeGreaterThan(0);
    // The latest approved version's SHA-256 fingerprint, named by its version, in full.
    await expect(canvas.getByText(/^Fingeravtryck \(SHA-256\) för version \d+\.0:$/)).toBeInTheDocument();
    await expect(canvasElement.querySelector('.sv-fingerprint__value')?.textContent).toMatch(/^[0-9a-f]{64}$/);
  },
};

/** A draft under review (Fyrbodal in March 2019): internal, not yet a public record. */
export const Draft: Story = {
  loaders: [sampleLoader('fyrbodal', { upTo: '2019-03-20T12:00:00+01:00' })],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Intern')).toBeInTheDocument();
    await expect(within(canvasElement).queryByText(/Fingeravtryck/)).toBeNull();
  },
};

/** The Dalarna transition mandate, in English. */
export const DalarnaEnglish: Story = {
  loaders: [sampleLoader('dalarna')],
  args: { sampleMandate: 'dalarna:uppdrag-omstallningsledare' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Version history' })).toBeInTheDocument();
  },
};

/** At 320 px (400 % zoom): the header's facts stack, a long diary number breaks, the version history scrolls in its own region. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Versionshistorik, tabell' })).toContainElement(canvas.getByRole('table', { name: 'Versionshistorik' }));
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-mandate-document')!);
  },
};

/** The Dalarna mandate at 320 px, in English. */
export const NarrowDalarnaEnglish: Story = {
  ...DalarnaEnglish,
  globals: { ...reflowViewport, locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Version history' })).toBeInTheDocument();
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-mandate-document')!);
  },
};

/** At 320 px, a diary number, a unit and a link written as one long word break rather than widen the header. */
export const NarrowLongIdentifiers: Story = {
  args: {
    overrides: {
      diaryNumber: 'FYRBODAL.KOMMUNALFORBUND.2019.000123.UPPDRAGSBESKRIVNING.E_HALSONATVERKET',
      unit: 'Välfärdsavdelningen.E_hälsoenheten.Nätverkssamordningsfunktionen',
      summary: 'Fastställd version: https://www.fyrbodal.se/verksamhet/valfard/e-halsa/natverk/uppdragsbeskrivning-2019-version-1',
    },
  },
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^FYRBODAL\.KOMMUNALFORBUND/)).toBeInTheDocument();
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-mandate-document')!);
  },
};
