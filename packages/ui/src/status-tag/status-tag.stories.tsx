import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { StatusTag } from './status-tag.js';

const meta = {
  title: 'Grunder/StatusTag',
  component: StatusTag,
  args: { children: 'Publicerat', tone: 'success' },
  parameters: {
    docs: {
      description: {
        component: [
          'Where something stands, in two or three words, with a dot in the tone’s colour. The words carry the meaning; the colour repeats it.',
          '',
          '**Use** for a status in a list, a card or a fact («Publicerat», «Väntar på rapport», «Försenad 20 dagar»). **Don’t** put a sentence in a tag — use a notice (`.sv-notice`) — and don’t let colour alone tell the status.',
        ].join('\n'),
      },
    },
  },
} satisfies Meta<typeof StatusTag>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every tone, each with its words. */
export const Tones: Story = {
  render: () => (
    <p className="sv-button-group">
      <StatusTag>Planerat</StatusTag>
      <StatusTag tone="info">Tar emot punkter</StatusTag>
      <StatusTag tone="success">Publicerat</StatusTag>
      <StatusTag tone="warning">Väntar på rapport</StatusTag>
      <StatusTag tone="danger">Försenad 20 dagar</StatusTag>
    </p>
  ),
  play: async ({ canvasElement }) => {
    const tags = within(canvasElement).getAllByText(/./, { selector: '.sv-badge' });
    await expect(tags.map((t) => t.getAttribute('data-tone'))).toEqual([null, 'info', 'success', 'warning', 'danger']);
  },
};

/** One tag, as a component shows a status. */
export const Single: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Publicerat')).toHaveAttribute('data-tone', 'success');
  },
};
