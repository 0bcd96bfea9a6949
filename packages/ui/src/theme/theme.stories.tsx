import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { MeetingLifecycle, type MeetingLifecycleAction } from '../meeting-lifecycle/meeting-lifecycle.js';

const actions: MeetingLifecycleAction[] = [
  { type: 'publishAgenda', label: 'Publicera agenda', allowed: true },
  {
    type: 'sendInvitations',
    label: 'Skicka kallelse',
    allowed: false,
    code: 'NOT_ALLOWED_NOW',
    reasonText: '«Skicka kallelse» går inte nu: mötet är i läget «Tar emot punkter». Det går i läget «Agenda publicerad».',
  },
];

function Sample() {
  return <MeetingLifecycle title="Nätverksmöte 6/2019" status="collectingItems" actions={actions} />;
}

const meta = {
  title: 'Tema/Theming',
  component: Sample,
  parameters: { docs: { description: { component: 'Tokens only: a region brands the kit by overriding `--sv-*` on its own `[data-sv-theme]` element.' } } },
} satisfies Meta<typeof Sample>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * "Region Exempel" brands the kit by overriding a few tokens on its own element
 * (`.sv-theme-region-exempel`, a class of this stylesheet's story CSS) — no component CSS changes.
 */
export const RegionBrand: Story = {
  render: () => (
    <div data-sv-theme="" className="sv-root sv-theme-region-exempel" data-testid="region">
      <Sample />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Publicera agenda' });
    // The accent token of the region, not the kit's default blue.
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(107, 29, 92)');
  },
};

/** Light and dark side by side on one page: the scheme is an attribute, not a global. */
export const LightAndDark: Story = {
  render: () => (
    <div className="sv-theme-demo">
      <div data-sv-theme="" data-color-scheme="light" className="sv-root" data-testid="light">
        <Sample />
      </div>
      <div data-sv-theme="" data-color-scheme="dark" className="sv-root" data-testid="dark">
        <Sample />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const light = getComputedStyle(canvas.getByTestId('light')).backgroundColor;
    const dark = getComputedStyle(canvas.getByTestId('dark')).backgroundColor;
    await expect(light).toBe('rgb(255, 255, 255)');
    await expect(dark).toBe('rgb(20, 24, 29)');
  },
};
