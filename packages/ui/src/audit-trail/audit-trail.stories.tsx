import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useAuditTrail } from '@samverkan/react';
import { expect, userEvent, within } from 'storybook/test';
import { documents } from '../stories-support/documents.js';
import { SampleProvider, sampleLoader, tabTo } from '../stories-support/sample.js';
import { AuditTrail } from './audit-trail.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

/** The log as an app wires it: `useAuditTrail` reads the stream's events through core. */
function ConnectedAuditTrail({ stream }: { stream: string }) {
  const { entries, loading, error } = useAuditTrail(stream);
  return <AuditTrail entries={entries} loading={loading} {...(error ? { error } : {})} />;
}

interface Args {
  /** The stream, e.g. `meeting:fyrbodal:mote-2019-10-17`. */
  stream: string;
}

const meta = {
  title: 'Uppföljning/AuditTrail',
  component: documents<Args>(AuditTrail),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'fyrbodal:person-001' }}>
      <ConnectedAuditTrail stream={args.stream} />
    </SampleProvider>
  ),
  args: { stream: 'meeting:fyrbodal:mote-2019-10-17' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The October meeting from the call for items to the drafted minutes, with core's labels and Swedish times. */
export const MeetingLog: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rows = await canvas.findAllByRole('row');
    await expect(rows).toHaveLength(11);
    await expect(rows[1]).toHaveTextContent('9 september 2019 kl. 09:00Helena VikProcessledareÖppnade för punkter till dagordningen');
    await expect(canvas.getByTestId('audit-trail-count')).toHaveTextContent('Visar 10 av 10 händelser.');
  },
};

/** Filtering by keyboard alone: Tab into the person filter, an arrow to Helena Vik, then Shift+Tab and arrows to «Föreslog en punkt». */
export const FilterByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const people = await canvas.findByRole('radiogroup', { name: 'Visa händelser av' });
    const everyone = within(people).getByRole('radio', { name: 'Alla' });
    await tabTo(everyone, () => userEvent.tab());
    await expect(everyone).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(within(people).getByRole('radio', { name: 'Helena Vik' })).toBeChecked();
    const count = canvas.getByTestId('audit-trail-count');
    await expect(count).toHaveTextContent('Visar 7 av 10 händelser.');
    // Back to the kind filter (Shift+Tab), then to its third choice.
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    const kinds = canvas.getByRole('radiogroup', { name: 'Visa händelser av slaget' });
    await expect(within(kinds).getAllByRole('radio').find((r) => (r as HTMLInputElement).checked)).toHaveAccessibleName(/Föreslog en punkt/);
    await expect(count).toHaveTextContent('Visar 1 av 10 händelser.');
    await expect(canvas.getAllByRole('row')).toHaveLength(2);
  },
};

/** The mandate's log: the reason given for the amendment stands in «Varför». */
export const WithReason: Story = {
  args: { stream: 'mandate:fyrbodal:uppdrag-e-halsonatverket' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/har utsett Nadja Borg till kommunrepresentant/)).toBeInTheDocument();
  },
};

/** A stream with no events yet. */
export const Empty: Story = {
  args: { stream: 'meeting:fyrbodal:mote-2020-12-03' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Inga händelser är registrerade ännu.')).toBeInTheDocument();
  },
};

/** In English: core's labels and the times in English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('radiogroup', { name: 'Show events by' })).toBeInTheDocument();
    await expect(canvas.getAllByRole('row')[1]).toHaveTextContent('9 September 2019');
  },
};

/** The dark scheme. */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('table')).toBeInTheDocument();
  },
};

/** The meeting's log at 320 px (400 % zoom): the filters wrap; the table scrolls sideways in its own named region. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table');
    const region = canvas.getByRole('region', { name: 'Händelselogg, tabell' });
    await expect(region).toContainElement(table);
    await expect(region).not.toContainElement(canvas.getAllByRole('radiogroup')[0]!);
    for (const root of canvasElement.querySelectorAll<HTMLElement>('.sv-audit-trail')) await expectReflow(root);
    await expect(canvasElement.querySelectorAll('.sv-audit-trail').length).toBeGreaterThan(0);
  },
};

/**
 * A person whose personal data were erased (GDPR art. 17): the log still says what she did, and
 * the trail shows the tombstone where her name was — never the name.
 */
export const ErasedPerson: Story = {
  loaders: [
    async () => {
      const { createSampleRuntime } = await import('@samverkan/core/samples');
      const sample = await createSampleRuntime('fyrbodal');
      const erased = await sample.runtime.erasePersonalData('fyrbodal:person-003', { by: 'fyrbodal:person-001', at: '2019-11-20T12:00:00+01:00' });
      if (!erased.ok) throw new Error(erased.message.en);
      return { sample };
    },
  ],
  args: { stream: 'meeting:fyrbodal:mote-2019-01-24' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rows = await canvas.findAllByRole('row');
    await expect(rows.some((row) => row.textContent?.includes('Raderad person'))).toBe(true);
    await expect(canvasElement).not.toHaveTextContent('Karin Ekdahl');
  },
};
