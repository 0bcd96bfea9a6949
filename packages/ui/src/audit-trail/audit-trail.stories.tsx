import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useAuditTrail } from '@samverkan/react';
import { expect, userEvent, within } from 'storybook/test';
import { documents, storyArgs } from '../stories-support/documents.js';
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

/** The events shown, one list item each. */
const entriesOf = (canvasElement: HTMLElement) => [...canvasElement.querySelectorAll<HTMLElement>('.sv-audit-trail__entry')];

const meta = {
  title: 'Uppföljning/AuditTrail',
  parameters: {
    docs: {
      description: {
        component: [
          "Who did what, in which role, when and why — core's `auditTrail`, oldest first; each event a card on a phone and a row where there is room; two selects narrow it to one kind of event or one person.",
          '',
          "**Use** for a record's history or the whole network's. **Don't** reword the events: the labels are core's.",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(AuditTrail),
  argTypes: storyArgs<Args>('stream'),
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
    await canvas.findAllByRole('listitem');
    const entries = entriesOf(canvasElement);
    await expect(entries).toHaveLength(10);
    await expect(entries[0]).toHaveTextContent('Öppnade för punkter till dagordningenNär: 9 september 2019 kl. 09:00Vem: Helena Vik · Roll: Processledare');
    await expect(canvas.getByTestId('audit-trail-count')).toHaveTextContent('Visar 10 av 10 händelser.');
  },
};

/** Filtering by keyboard alone: Tab to «Vem», choose Helena Vik; then «Vad», choose «Föreslog en punkt». */
export const FilterByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const who = await canvas.findByRole('combobox', { name: 'Vem' });
    await tabTo(who, () => userEvent.tab());
    await expect(who).toHaveFocus();
    await userEvent.selectOptions(who, 'Helena Vik');
    const count = canvas.getByTestId('audit-trail-count');
    await expect(count).toHaveTextContent('Visar 7 av 10 händelser.');
    const what = canvas.getByRole('combobox', { name: 'Vad' });
    await userEvent.tab({ shift: true });
    await expect(what).toHaveFocus();
    await userEvent.selectOptions(what, within(what).getByRole('option', { name: /Föreslog en punkt/ }));
    await expect(count).toHaveTextContent(/Visar [01] av 10 händelser\./);
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
    await expect(await canvas.findByRole('combobox', { name: 'Who' })).toBeInTheDocument();
    await expect(entriesOf(canvasElement)[0]).toHaveTextContent('9 September 2019');
    await expect(entriesOf(canvasElement)[0]).toHaveTextContent('Process leader');
  },
};

/** The dark scheme. */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect((await within(canvasElement).findAllByRole('listitem')).length).toBeGreaterThan(0);
  },
};

/** The meeting's log at 320 px (400 % zoom): each event a card — what, when, who and why all in view, nothing sideways. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await within(canvasElement).findAllByRole('listitem');
    for (const root of canvasElement.querySelectorAll<HTMLElement>('.sv-audit-trail')) await expectReflow(root);
    const entry = entriesOf(canvasElement)[0]!;
    const what = entry.querySelector('.sv-audit-trail__what')!.getBoundingClientRect();
    await expect(what.right).toBeLessThanOrEqual(320);
    await expect(canvasElement.querySelector('.sv-scroll-region')).toBeNull();
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
    await canvas.findAllByRole('listitem');
    await expect(entriesOf(canvasElement).some((row) => row.textContent?.includes('Raderad person'))).toBe(true);
    await expect(canvasElement).not.toHaveTextContent('Karin Ekdahl');
  },
};
