import type { Meta, StoryObj } from '@storybook/react-vite';
import { createSampleRuntime, type SampleRuntime } from '@samverkan/core/samples';
import { useMeeting } from '@samverkan/react';
import { expect, within } from 'storybook/test';
import { SampleProvider, sampleLoader, usePeopleNames } from '../stories-support/sample.js';
import { expectInert, xssCorpus } from '../stories-support/xss.js';
import { MinutesView } from './minutes-view.js';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

function ConnectedMinutesView({ meetingId }: { meetingId: string }) {
  const { meeting } = useMeeting(meetingId);
  const people = usePeopleNames();
  if (!meeting?.minutes) return null;
  return (
    <MinutesView
      heading={`Minnesanteckningar – ${meeting.title}`}
      agenda={meeting.agenda}
      minutes={meeting.minutes}
      people={people}
      approvedBy={meeting.minutesApprovedBy}
      approvedAt={meeting.minutesApprovedAt}
      {...(meeting.minutesFingerprint ? { fingerprint: meeting.minutesFingerprint } : {})}
    />
  );
}

interface Args {
  meetingId: string;
}

const meta = {
  title: 'Möten/MinutesView',
  parameters: {
    docs: {
      description: {
        component: [
          'Approved or published minutes: per item what was informed, discussed and decided, decisions, actions and escalations, who approved them and the fingerprint of the public record.',
          '',
          "**Use** once the minutes are approved. **Don't** show a draft as if it were approved: it says «Utkast – inte justerade».",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(MinutesView),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={{ personId: 'fyrbodal:person-003' }}>
      <ConnectedMinutesView meetingId={args.meetingId} />
    </SampleProvider>
  ),
  args: { meetingId: 'fyrbodal:mote-2019-03-21' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Approved and published minutes: informed, discussed and decided per item. */
export const Approved: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Justerade av/)).toBeInTheDocument();
    await expect(canvas.getAllByText(/^(Informerades|Diskuterades|Beslutades)$/).length).toBeGreaterThan(1);
    // Published: the SHA-256 fingerprint of the record, in full, so a copy can be checked against the log.
    await expect(canvas.getByText('Fingeravtryck (SHA-256):')).toBeInTheDocument();
    await expect(canvasElement.querySelector('.sv-fingerprint__value')?.textContent).toMatch(/^[0-9a-f]{64}$/);
  },
};

/** A draft waiting for approval. */
export const Draft: Story = {
  args: { meetingId: 'fyrbodal:mote-2019-10-17' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Utkast – inte justerade')).toBeInTheDocument();
    await expect(within(canvasElement).queryByText(/Fingeravtryck/)).toBeNull();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Approved by/)).toBeInTheDocument();
  },
};

/** Minutes whose texts are an XSS corpus, saved through core like any draft: they render inert. */
export const XssIsInert: Story = {
  args: { meetingId: 'fyrbodal:mote-2019-10-17' },
  loaders: [
    async () => {
      const sample = await createSampleRuntime('fyrbodal');
      const meetingId = 'fyrbodal:mote-2019-10-17';
      const meeting = sample.runtime.getState().meetings.get(meetingId)!.context;
      const itemId = meeting.agenda[0]!.id;
      const result = await sample.runtime.dispatch({
        type: 'draftMinutes',
        id: 'xss-minutes',
        by: 'fyrbodal:person-001',
        at: sample.referenceDate,
        meetingId,
        minutes: {
          items: [{ itemId, informed: xssCorpus, decided: '<svg><script>window.__svXss=9</script></svg>' }],
          decisions: [{ id: 'xss-beslut', itemId, text: '[beslut](javascript:window.__svXss=10)' }],
          actions: [{ id: 'xss-atgard', itemId, text: '<img src=x onerror="window.__svXss=11">', ownerId: 'fyrbodal:person-001', due: '2019-12-01' }],
          escalations: [],
        },
      });
      if (!result.ok) throw new Error(result.message.en);
      return { sample };
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/<script>window.__svXss = "script"<\/script>/)).toBeInTheDocument();
    await expect(canvas.getByText('[beslut](javascript:window.__svXss=10)')).not.toHaveAttribute('href');
    await expectInert(canvasElement);
  },
};

/** Approved minutes at 320 px (400 % zoom): items and escalations wrap; the actions table scrolls sideways in its own named region. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Justerade av/)).toBeInTheDocument();
    await expect(canvas.getByRole('region', { name: 'Åtgärder, tabell' })).toContainElement(canvas.getByRole('table', { name: 'Åtgärder' }));
    for (const root of canvasElement.querySelectorAll<HTMLElement>('.sv-minutes-view')) await expectReflow(root);
    await expect(canvasElement.querySelectorAll('.sv-minutes-view').length).toBeGreaterThan(0);
  },
};
