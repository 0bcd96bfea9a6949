import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import type { SamverkanActor } from '@samverkan/react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { documents, storyArgs } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';
import { SampleProvider, sampleLoader } from '../stories-support/sample.js';
import { MandateWorkspace } from './mandate-workspace.js';

const mandateId = 'fyrbodal:uppdrag-e-halsonatverket';
const leader: SamverkanActor = { personId: 'fyrbodal:person-001' };
const commissioner: SamverkanActor = { personId: 'fyrbodal:person-002' };

interface Args {
  actor: SamverkanActor;
}

/** The mandate as core holds it (read from the story's runtime, not from the page). */
const mandateOf = (loaded: Record<string, unknown>) => (loaded.sample as SampleRuntime).runtime.getState().mandates.get(mandateId);

const meta = {
  title: 'Uppdrag/MandateWorkspace',
  component: documents<Args>(MandateWorkspace),
  argTypes: storyArgs<Args>('actor'),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={args.actor}>
      <MandateWorkspace mandateId={mandateId} />
    </SampleProvider>
  ),
  args: { actor: leader },
  parameters: {
    docs: {
      description: {
        component: [
          'A mandate’s page below its title, wired to core: what it is (status, version, period, commissioner), **one next step**, the document itself, then the review round and — for whoever may — a form to propose an amendment.',
          '',
          'Approving, approving or rejecting an amendment, extending, submitting the final report, closing and ending early are confirmed in a dialog that says what happens, with the reason or date core asks for (field names from core, in words). The language comes from `SamverkanProvider`.',
          '',
          '**Use it** for a mandate’s own page. **Use** `MandateDocument` alone to show the document read-only, e.g. to the public.',
        ].join('\n'),
      },
    },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The document comes before any form; the process leader's next step is to propose an amendment. */
export const DocumentFirst: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const document = canvasElement.querySelector('.sv-mandate-document')!;
    const review = canvasElement.querySelector('.sv-mandate-review')!;
    const form = canvasElement.querySelector('.sv-mandate-workspace__amend')!;
    await expect(document.compareDocumentPosition(review) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    await expect(document.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    await userEvent.click(canvas.getByRole('button', { name: 'Ändra uppdragsbeskrivningen' }));
    await expect(canvas.getByRole('combobox', { name: 'Avsnitt' })).toHaveFocus();
  },
};

/**
 * Submitting the final report while the mandate still runs: the dialog says until when, and
 * nothing is sent until the person confirms.
 */
export const FinalReportWhileRunning: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Lämna slutrapport' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Lämna slutrapporten?' });
    await expect(dialog).toHaveTextContent('Uppdraget löper till 31 december 2020.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await expect(mandateOf(loaded)?.state).not.toBe('concluding');
  },
};

/** Ending early asks for the reason that is kept; without one the dialog names the field in words. */
export const EndEarlyNeedsReason: Story = {
  args: { actor: commissioner },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Avbryt uppdraget i förtid' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Avbryta uppdraget i förtid?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt uppdraget' }));
    const summary = await within(dialog).findByRole('alert');
    await expect(summary).toHaveTextContent('Skäl till att uppdraget avbryts: får inte vara tom');
    await expect(mandateOf(loaded)?.state).not.toBe('closed');
  },
};

/** An amendment proposed by the process leader, approved by the commissioner in a confirmed step. */
export const AmendAndApprove: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const change = canvas.getByRole('textbox', { name: /Ny text/ });
    await userEvent.clear(change);
    await userEvent.type(change, 'Nätverket stärker kommunernas arbete med e-hälsa.');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Skäl till ändringen' }), 'Syftet förtydligat');
    await userEvent.click(canvas.getByRole('button', { name: 'Föreslå ändringen' }));
    await waitFor(() => expect(mandateOf(loaded)?.state).toBe('active.amendmentPending'));
    await expect(await canvas.findByText('Ändringen är föreslagen och väntar på uppdragsgivaren.')).toBeVisible();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'About the mandate' })).toBeVisible();
    await expect(within(canvasElement).getByRole('button', { name: 'Amend the mandate' })).toBeVisible();
  },
};

/** At 320 px (400 % zoom). */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-mandate-workspace')!);
  },
};
