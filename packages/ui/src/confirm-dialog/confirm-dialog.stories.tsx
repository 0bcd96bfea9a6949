import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ConfirmDialog } from './confirm-dialog.js';

/** A button that asks first, as an app wires it. */
function Publish({ onDone }: { onDone?: () => void }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <>
      <Button className="sv-button" onPress={() => setOpen(true)} isDisabled={done}>
        {done ? 'Publicerade' : 'Publicera minnesanteckningarna'}
      </Button>
      <ConfirmDialog
        isOpen={open}
        onOpenChange={setOpen}
        title="Publicera minnesanteckningarna?"
        confirmLabel="Publicera"
        onConfirm={() => {
          setOpen(false);
          setDone(true);
          onDone?.();
        }}
      >
        <p>
          Minnesanteckningarna blir en allmän handling som vem som helst kan begära ut, och visas för alla i E-hälsonätverket. Det går inte att ta
          tillbaka.
        </p>
      </ConfirmDialog>
    </>
  );
}

const meta = {
  title: 'Grunder/ConfirmDialog',
  component: ConfirmDialog,
  args: { isOpen: false, onOpenChange: fn(), title: 'Publicera minnesanteckningarna?', confirmLabel: 'Publicera', onConfirm: fn() },
  render: () => <Publish />,
  parameters: {
    docs: {
      description: {
        component: [
          'Asks before an act that is public or cannot be undone: what will happen and to whom, then the act («Publicera») or «Avbryt». Fields the act needs (a reason) go inside; core’s refusal comes back into the dialog (`errors`) as an error summary, so nothing typed is lost.',
          '',
          '**Use** for publishing, sending, approving, cancelling, ending. **Don’t** use it for ordinary saves, and don’t ask «Är du säker?» — say what happens: «Kallelsen skickas till de 16 personerna i E-hälsonätverket.» Use `confirmVariant="danger"` only for what cannot be undone.',
        ].join('\n'),
      },
    },
  },
} satisfies Meta<typeof ConfirmDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Confirming does the act; the dialog says what it means first. */
export const Confirm: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Publicera minnesanteckningarna' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Publicera minnesanteckningarna?' });
    await expect(dialog).toHaveTextContent(/allmän handling/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publicera' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Publicerade' })).toBeDisabled());
  },
};

/** Escape cancels and focus returns to the button. */
export const EscapeCancels: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const open = canvas.getByRole('button', { name: 'Publicera minnesanteckningarna' });
    await userEvent.click(open);
    await canvas.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(open).toHaveFocus());
  },
};

/** Core's refusal shown in the dialog. */
export const WithErrors: Story = {
  render: () => (
    <ConfirmDialog
      isOpen
      onOpenChange={() => undefined}
      title="Ställ in mötet?"
      confirmLabel="Ställ in mötet"
      confirmVariant="danger"
      onConfirm={() => undefined}
      errors={[{ key: 'reason', field: 'Skäl till att mötet ställs in', message: 'får inte vara tom' }]}
    >
      <p>Mötet ställs in för alla i E-hälsonätverket. Det går inte att ångra.</p>
    </ConfirmDialog>
  ),
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('dialog');
    await expect(within(dialog).getByRole('alert')).toHaveTextContent('Skäl till att mötet ställs in: får inte vara tom');
    await expect(within(dialog).getByRole('button', { name: 'Ställ in mötet' })).toHaveAttribute('data-variant', 'danger');
  },
};
