import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';
import { NextStep } from './next-step.js';

const refusedPublish = {
  type: 'publishAgenda',
  label: 'Publicera agenda',
  allowed: false,
  code: 'NOT_AUTHORISED',
  reasonText: 'Karin Ekdahl i rollen «Kommunrepresentant» saknar befogenheten «Kalla till möte» här. Den har: Processledare.',
};

const meta = {
  title: 'Grunder/NextStep',
  component: NextStep,
  args: {
    actions: [
      { type: 'publishAgenda', label: 'Publicera agenda', allowed: true },
      { type: 'rescheduleMeeting', label: 'Flytta mötet', allowed: true },
      { type: 'cancelMeeting', label: 'Ställ in mötet', allowed: true },
    ],
    onAction: fn(),
  },
  parameters: {
    docs: {
      description: {
        component: [
          'The one thing to do next. Of a stage’s actions (core’s answers, the likely next step first), the first allowed one is the primary button and the other allowed ones are secondary; those core refuses are not shown as dead buttons but listed under «Varför kan jag inte …?» with core’s reason.',
          '',
          '**Do** pass the actions in the order a person usually takes them. **Don’t** add a second primary button on the page, and don’t filter the refused actions yourself: the disclosure is where a person learns why.',
        ].join('\n'),
      },
    },
  },
} satisfies Meta<typeof NextStep>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The process leader: one primary step, two secondary. */
export const OnePrimary: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('button').map((b) => b.getAttribute('data-variant'))).toEqual(['primary', 'secondary', 'secondary']);
    await userEvent.click(canvas.getByRole('button', { name: 'Publicera agenda' }));
    await expect(args.onAction).toHaveBeenCalledWith('publishAgenda');
  },
};

/** A representative: nothing to press; why, in core's words, one click away. */
export const NothingAllowed: Story = {
  args: { actions: [refusedPublish] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button')).toBeNull();
    await expect(canvas.getByText(/saknar befogenheten/)).not.toBeVisible();
    await userEvent.click(canvas.getByText('Varför kan jag inte …?'));
    await expect(canvas.getByText(/saknar befogenheten/)).toBeVisible();
  },
};

/** In English. */
export const English: Story = {
  args: { actions: [refusedPublish] },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Why can’t I …?')).toBeVisible();
  },
};

/** At 320 px the buttons wrap and the reasons fit. */
export const Narrow: Story = {
  args: { actions: [{ type: 'a', label: 'Publicera minnesanteckningarna', allowed: true }, refusedPublish], defaultOpenWhy: true },
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-next-step')!);
  },
};
