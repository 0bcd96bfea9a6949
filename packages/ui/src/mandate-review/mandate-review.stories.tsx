import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useCommand, useMandate, type SamverkanActor } from '@samverkan/react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SampleProvider, sampleLoader, tabTo } from '../stories-support/sample.js';
import { MandateReview } from './mandate-review.js';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';

const mandateId = 'fyrbodal:uppdrag-e-halsonatverket';
const commissioner: SamverkanActor = { personId: 'fyrbodal:person-002' };
const leader: SamverkanActor = { personId: 'fyrbodal:person-001' };

function ConnectedMandateReview() {
  const { history, actions } = useMandate(mandateId);
  const { dispatch } = useCommand();
  if (!history) return null;
  return <MandateReview history={history} approveAction={actions.approveMandate} onApprove={() => void dispatch({ type: 'approveMandate', mandateId })} />;
}

/** The mandate's status and version as core holds them — read by the play function, not rendered (nothing of the test shows in the docs). */
function recorded(loaded: Record<string, unknown>): string {
  const view = (loaded.sample as SampleRuntime).runtime.getState().mandates.get(mandateId);
  return `${view?.status} ${view?.context.mandate.version}`;
}

interface Args {
  actor: SamverkanActor;
}

/** Fyrbodal as it stood on 30 March 2019: both bodies have reviewed version 0.2. */
const meta = {
  title: 'Uppdrag/MandateReview',
  parameters: {
    docs: {
      description: {
        component: [
          'The review round — who has reviewed, who is still out — and the fingerprints of the approved versions.',
          '',
          "**Do** offer approval as the page's next step with a confirmation (`MandateWorkspace`, `NextStep` + `ConfirmDialog`) and leave `approveAction` out here. **Don't** show it without a review round or approvals to report.",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(MandateReview),
  loaders: [sampleLoader('fyrbodal', { upTo: '2019-03-30T12:00:00+01:00' })],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={args.actor}>
      <ConnectedMandateReview />
    </SampleProvider>
  ),
  args: { actor: commissioner },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The commissioner approves the reviewed version by keyboard; it becomes 1.0. */
export const ApproveByKeyboard: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await expect(recorded(loaded)).toBe('inReview 0.2');
    const approve = canvasElement.querySelector<HTMLButtonElement>('[data-action="approveMandate"]')!;
    await expect(approve).toBeEnabled();
    await tabTo(approve, () => userEvent.tab());
    await expect(approve).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(recorded(loaded)).toBe('active 1.0'));
    // Version 1.0 is a public record now, with its SHA-256 fingerprint.
    const fingerprints = canvas.getByRole('list', { name: 'Fingeravtryck för fastställda versioner' });
    await expect(within(fingerprints).getByText('Fingeravtryck (SHA-256) för version 1.0:')).toBeInTheDocument();
    await expect(fingerprints.querySelector('.sv-fingerprint__value')?.textContent).toMatch(/^[0-9a-f]{64}$/);
  },
};

/** The process leader may not approve: disabled, with core's reason — the very text core gives. */
export const WithoutAuthority: Story = {
  args: { actor: leader },
  play: async ({ canvasElement, loaded }) => {
    const approve = canvasElement.querySelector<HTMLButtonElement>('[data-action="approveMandate"]')!;
    await expect(approve).toBeDisabled();
    const { runtime, referenceDate } = loaded.sample as SampleRuntime;
    const answer = runtime.can({ type: 'approveMandate', id: 'story-probe', by: leader.personId, at: referenceDate, mandateId });
    if (answer.ok) throw new Error('core would let the process leader approve');
    await expect(answer.code).toBe('NOT_AUTHORISED');
    await expect(approve).toHaveAccessibleDescription(answer.message.sv);
    await expect(within(canvasElement).getByText(answer.message.sv)).toBeVisible();
  },
};

/** Mid-round (20 March 2019): one body has not reviewed yet. */
export const AwaitingReview: Story = {
  loaders: [sampleLoader('fyrbodal', { upTo: '2019-03-20T12:00:00+01:00' })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Väntar på granskning')).toBeInTheDocument();
    await expect(canvasElement.querySelector('[data-action="approveMandate"]')).toBeDisabled();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Review round/)).toBeInTheDocument();
  },
};

/** The process leader at 320 px (400 % zoom): the round, the disabled approval and core's reason fit. */
export const Narrow: Story = {
  args: { actor: leader },
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-action="approveMandate"]')).toBeDisabled();
    for (const root of canvasElement.querySelectorAll<HTMLElement>('.sv-mandate-review')) await expectReflow(root);
    await expect(canvasElement.querySelectorAll('.sv-mandate-review').length).toBeGreaterThan(0);
  },
};
