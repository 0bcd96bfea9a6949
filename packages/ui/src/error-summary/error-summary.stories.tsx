import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { Input, Label, TextField, FieldError } from 'react-aria-components';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';
import { ErrorSummary } from './error-summary.js';
import type { FormError } from './form-error.js';

const errors: FormError[] = [
  { key: 'reason', field: 'Skäl till att mötet ställs in', message: 'får inte vara tom' },
  { key: 'records.8.substituteFor', field: 'Karin Ekdahl – Ersätter', message: 'en ersättare måste ange vem hen ersätter' },
];

/** A form as an app builds it: the summary first, the message beside the field too. */
function Form() {
  const [shown, setShown] = useState<FormError[]>([]);
  return (
    <form
      className="sv-dialog__form"
      onSubmit={(event) => {
        event.preventDefault();
        setShown(errors.slice(0, 1));
      }}
    >
      <ErrorSummary errors={shown} fieldIds={{ reason: 'reason-field' }} />
      <TextField className="sv-field" id="reason-field" isInvalid={shown.length > 0} validationBehavior="aria">
        <Label className="sv-label">Skäl till att mötet ställs in</Label>
        <Input className="sv-input" />
        <FieldError className="sv-field-error">får inte vara tom</FieldError>
      </TextField>
      <div>
        <button type="submit" className="sv-button">
          Ställ in mötet
        </button>
      </div>
    </form>
  );
}

const meta = {
  title: 'Grunder/ErrorSummary',
  component: ErrorSummary,
  args: { errors },
  parameters: {
    docs: {
      description: {
        component: [
          'What is wrong with a form, where the person looks after pressing the button: at the top of the form. It takes focus when it appears (the page scrolls to it, a screen reader reads it), names each field in words and links to it. Repeat the message beside the field.',
          '',
          '**Do** build the errors from core’s refusal with `formErrors(type, refusal, locale)`: core names its fields in words («Skäl till att mötet ställs in», not «reason»). **Don’t** show a banner far from the form, and don’t word a rule yourself.',
        ].join('\n'),
      },
    },
  },
} satisfies Meta<typeof ErrorSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Two problems, each with its field in words. */
export const TwoProblems: Story = {
  play: async ({ canvasElement }) => {
    const summary = within(canvasElement).getByRole('alert');
    await expect(summary).toHaveTextContent('Skäl till att mötet ställs in: får inte vara tom');
    await expect(summary).toHaveTextContent('Karin Ekdahl – Ersätter: en ersättare måste ange vem hen ersätter');
  },
};

/** In a form: a failed save focuses the summary; its link focuses the field. */
export const InAForm: Story = {
  render: () => <Form />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Ställ in mötet' }));
    const summary = await canvas.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    await userEvent.click(within(summary).getByRole('link', { name: /Skäl till att mötet ställs in/ }));
    await expect(canvas.getByRole('textbox', { name: 'Skäl till att mötet ställs in' })).toHaveFocus();
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  args: { errors: [{ key: 'reason', field: 'Reason for cancelling', message: 'must not be empty' }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Correct this before you continue');
  },
};

/** At 320 px. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-error-summary')!);
  },
};
