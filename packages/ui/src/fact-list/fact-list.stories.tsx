import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';
import { StatusTag } from '../status-tag/status-tag.js';
import { FactList } from './fact-list.js';

const meta = {
  title: 'Grunder/FactList',
  component: FactList,
  args: {
    facts: [
      { term: 'Tid', value: '5 december 2019 kl. 09:00–12:00' },
      { term: 'Plats', value: 'Konferensrum Kungsörn, Fyrbodals kommunalförbund, Vänersborg' },
      { term: 'Grupp', value: 'E-hälsonätverket' },
      { term: 'Läge', value: <StatusTag tone="info">Tar emot punkter</StatusTag> },
    ],
  },
  parameters: {
    docs: {
      description: {
        component:
          'The facts a reader looks for first — when, where, who, where it stands — as terms and values, in columns where there is room. **Use** at the top of a record’s page, before any controls. **Don’t** use it for long text or for lists of records.',
      },
    },
  },
} satisfies Meta<typeof FactList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A meeting's facts. */
export const Meeting: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Plats').nextElementSibling).toHaveTextContent(/Vänersborg/);
  },
};

/** At 320 px the facts stack and long places wrap. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-facts')!);
  },
};
