import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SeriesYearOptions } from '@samverkan/core';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useYearPlan, type SamverkanActor } from '@samverkan/react';
import { expect, userEvent, within } from 'storybook/test';
import { documents } from '../stories-support/documents.js';
import { expectReflow, reflowViewport } from '../stories-support/reflow.js';
import { SampleProvider, sampleLoader, tabTo } from '../stories-support/sample.js';
import { YearPlan } from './year-plan.js';

const leader: SamverkanActor = { personId: 'fyrbodal:person-001' };
const series = 'fyrbodal:natverksmote';

/** The year plan as an app wires it: `useYearPlan` asks core for the meetings, days off and proposal. */
function ConnectedYearPlan({ year, proposal }: { year: number; proposal?: SeriesYearOptions }) {
  const plan = useYearPlan({ seriesId: series, year, ...(proposal ? { proposal } : {}) });
  return (
    <YearPlan
      year={plan.year}
      seriesName={plan.series?.name}
      meetings={plan.meetings}
      daysOff={plan.daysOff}
      proposal={plan.proposal}
      today={plan.today}
    />
  );
}

interface Args {
  year: number;
  proposal?: SeriesYearOptions;
}

const meta = {
  title: 'Möten/YearPlan',
  parameters: {
    docs: {
      description: {
        component: [
          "A year of a meeting series as twelve month grids: days off, meetings by state, and core's proposal of dates with why a date moved; arrow keys and Enter, and the same in lists.",
          '',
          "**Use** to plan a series. **Don't** compute holidays yourself: they are core's.",
        ].join('\n'),
      },
    },
  },
  component: documents<Args>(YearPlan),
  loaders: [sampleLoader('fyrbodal')],
  render: (args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={leader}>
      <ConnectedYearPlan year={args.year} {...(args.proposal ? { proposal: args.proposal } : {})} />
    </SampleProvider>
  ),
  args: { year: 2019 },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Fyrbodal's network meetings of 2019 as they stand on 20 November: arrow keys move through the
 * year, Enter shows the day — here the March meeting, whose agenda went out late.
 */
export const Year2019ByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = canvas.getByRole('button', { name: /24 januari 2019/ });
    await tabTo(first, () => userEvent.tab());
    await expect(first).toHaveFocus();
    for (let week = 0; week < 8; week++) await userEvent.keyboard('{ArrowDown}');
    const march = canvas.getByRole('button', { name: /21 mars 2019/ });
    await expect(march).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const details = canvas.getByTestId('year-plan-details');
    await expect(details).toHaveTextContent('Vald dag: 21 mars 2019');
    await expect(details).toHaveTextContent('Nätverksmöte 2/2019 – Publicerat');
    await expect(details).toHaveTextContent('Agendan publicerades sent');
  },
};

/**
 * Page Down moves a month at a time: from the first meeting (24 January) five months on, three
 * days back, and Enter tells why 21 June is no day for a meeting — midsommarafton.
 */
export const MidsummerByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = canvas.getByRole('button', { name: /24 januari 2019/ });
    await tabTo(first, () => userEvent.tab());
    await expect(first).toHaveFocus();
    for (let month = 0; month < 5; month++) await userEvent.keyboard('{PageDown}');
    await expect(canvas.getByRole('button', { name: /24 juni 2019/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    await expect(canvas.getByRole('button', { name: /21 juni 2019/ })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const details = canvas.getByTestId('year-plan-details');
    await expect(details).toHaveTextContent('Vald dag: 21 juni 2019');
    await expect(details).toHaveTextContent('Helgdag eller ledig afton: midsommarafton');
  },
};

/** The meetings that need attention: a late agenda, overdue minutes, a cancelled meeting — in words. */
export const WarningsAndOverdue: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const october = canvas.getByRole('rowheader', { name: 'Nätverksmöte 5/2019' }).closest('tr')!;
    await expect(october).toHaveTextContent('Minnesanteckningarna är försenade');
    const august = canvas.getByRole('rowheader', { name: 'Nätverksmöte 4/2019' }).closest('tr')!;
    await expect(august).toHaveAttribute('data-state', 'cancelled');
    await expect(august).toHaveTextContent('Inställt');
  },
};

/** Core's proposal for 2020 on Thursdays, with a regional conference blocked: one date moves and says why. */
export const Proposal2020: Story = {
  args: {
    year: 2020,
    proposal: { preferredWeekday: 4, blockedDates: [{ date: '2020-05-28', reason: { sv: 'regional konferens', en: 'regional conference' } }] },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole('list', { name: 'Förslag till mötesdatum' });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(6);
    await expect(list).toHaveTextContent('flyttat från 28 maj 2020: regional konferens');
  },
};

/** Core refuses a proposal whose first meeting falls on a day off, and says why. */
export const ProposalRefused: Story = {
  args: { year: 2020, proposal: { preferredWeekday: 5, firstDate: '2020-06-19' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Inget förslag:/)).toHaveTextContent('midsommarafton');
  },
};

/** A year the series has no meetings in yet: the calendar still shows the days off. */
export const Empty: Story = {
  args: { year: 2021 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Serien har inga möten under året.')).toBeInTheDocument();
    await expect(canvas.getByRole('list', { name: 'Lediga dagar' })).toHaveTextContent('25 december 2021 juldagen');
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Year plan 2019 – Möte för nätverk' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: /24 January 2019/ })).toBeInTheDocument();
  },
};

/** The dark scheme. */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('table')).toBeInTheDocument();
  },
};

/** At 320 px (400 % zoom): the months stack in one column, the badges wrap, and the meetings table scrolls in its own named region. */
export const Narrow: Story = {
  globals: reflowViewport,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Möten, tabell' })).toContainElement(canvas.getByRole('table'));
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-year-plan')!);
  },
};

/** Core's 2020 proposal at 320 px, in English: a moved date and its reason wrap instead of widening the page. */
export const NarrowProposalEnglish: Story = {
  ...Proposal2020,
  globals: { ...reflowViewport, locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('list', { name: 'Proposed meeting dates' })).toHaveTextContent('regional conference');
    await expectReflow(canvasElement.querySelector<HTMLElement>('.sv-year-plan')!);
  },
};
