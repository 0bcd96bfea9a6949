/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SampleRuntime } from '@samverkan/core/samples';
import { useCommand, useMeeting, type SamverkanActor } from '@samverkan/react';
import { useCallback, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MeetingLifecycle } from '../meeting-lifecycle/meeting-lifecycle.js';
import { enableShadowRootSupport } from '../shadow-root/enable-shadow-root-support.js';
import { SampleProvider, sampleLoader } from '../stories-support/sample.js';
import { documents } from '../stories-support/documents.js';

/** The meeting's steps that need nothing but the meeting: the story's buttons send only those. */
const bareSteps = ['openCall', 'publishAgenda', 'sendInvitations', 'holdMeeting', 'approveMinutes', 'publishMinutes'] as const;
const isBare = (type: string): type is (typeof bareSteps)[number] => (bareSteps as readonly string[]).includes(type);

/**
 * The kit's stylesheet as a host ships it (`@samverkan/ui/styles.css`: the tokens, then the
 * shared elements and themes, then the components — the order tsup concatenates them in),
 * here as the source files' text.
 */
const files = import.meta.glob<string>(['../**/*.css', '!../docs/**'], { query: '?inline', import: 'default', eager: true });
const rank = (path: string) => (path.endsWith('/theme/tokens.css') ? 0 : path.includes('/theme/') ? 1 : 2);
const kitCss = Object.entries(files)
  .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
  .map(([, css]) => css)
  .join('\n');

/**
 * A shadow root that adopts the kit's stylesheet (a constructed sheet: no `<style>` element,
 * nothing injected into the page) and React content rendered into it through a portal, so the
 * runtime's context still reaches it.
 */
function ShadowHost({ adopt, testId, children }: { adopt: boolean; testId: string; children: ReactNode }) {
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  const attach = useCallback(
    (host: HTMLDivElement | null) => {
      if (!host) return;
      const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
      if (adopt && shadow.adoptedStyleSheets.length === 0) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(kitCss);
        shadow.adoptedStyleSheets = [sheet];
      }
      setRoot(shadow);
    },
    [adopt],
  );
  return (
    <div ref={attach} data-testid={testId}>
      {root
        ? createPortal(
            <div data-sv-theme="" data-color-scheme="light" className="sv-root sv-theme-region-exempel" lang="sv">
              {children}
            </div>,
            root,
          )
        : null}
    </div>
  );
}

const leader: SamverkanActor = { personId: 'fyrbodal:person-001' };
const meetingId = 'fyrbodal:mote-2019-12-05';

function ConnectedMeetingLifecycle() {
  const meeting = useMeeting(meetingId);
  const { dispatch } = useCommand();
  if (!meeting.meeting || !meeting.status) return null;
  return (
    <MeetingLifecycle
      title={meeting.meeting.title}
      status={meeting.status}
      actions={[meeting.actions.publishAgenda]}
      onAction={(type) => (isBare(type) ? void dispatch({ type, meetingId }) : undefined)}
    />
  );
}

const meta = {
  title: 'Tema/ShadowRoot',
  component: documents<Record<string, never>>(MeetingLifecycle),
  loaders: [sampleLoader('fyrbodal')],
  parameters: {
    docs: {
      description: {
        component:
          'The kit inside a shadow root (a web component or a widget on an intranet page): adopt `@samverkan/ui/styles.css` in the shadow root and theme by attribute — no global styles needed — and call `enableShadowRootSupport()` once before rendering, so that react-aria follows presses inside the shadow root.',
      },
    },
  },
  // What a host does once before rendering into a shadow root.
  beforeEach: () => {
    enableShadowRootSupport();
  },
  render: (_args, { loaded }) => (
    <SampleProvider sample={loaded.sample as SampleRuntime} actor={leader}>
      <ShadowHost adopt testId="styled">
        <ConnectedMeetingLifecycle />
      </ShadowHost>
      <ShadowHost adopt={false} testId="unstyled">
        <ConnectedMeetingLifecycle />
      </ShadowHost>
    </SampleProvider>
  ),
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

function insideShadow(host: HTMLElement): HTMLElement {
  const root = host.shadowRoot?.querySelector<HTMLElement>('.sv-root');
  if (!root) throw new Error('nothing rendered in the shadow root');
  return root;
}

/**
 * The region's tokens and the components' rules apply inside the shadow root that adopted the
 * stylesheet — and not in the one that did not, so it is the adopted sheet that styles it; and
 * a pointer press on the action works there (with `enableShadowRootSupport()`).
 */
export const InShadowRoot: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const host = canvas.getByTestId('styled');
    await waitFor(() => expect(host.shadowRoot?.querySelector('button')).not.toBeNull());
    const shadow = host.shadowRoot!;
    const styled = insideShadow(host);
    // Nothing injected: no <style> or <link> in the shadow root, one adopted sheet.
    await expect(shadow.querySelectorAll('style, link')).toHaveLength(0);
    await expect(shadow.adoptedStyleSheets).toHaveLength(1);
    // The tokens: the region's font and colours, resolved inside the shadow root.
    await expect(getComputedStyle(styled).getPropertyValue('--sv-color-accent').trim()).toBe('#6b1d5c');
    await expect(getComputedStyle(styled).fontFamily).toMatch(/^Georgia/);
    const publish = within(styled).getByRole('button', { name: 'Publicera agenda' });
    await expect(getComputedStyle(publish).backgroundColor).toBe('rgb(107, 29, 92)');
    await expect(getComputedStyle(publish).minHeight).toBe('44px');
    // Without the sheet the same markup has none of the kit's rules.
    const bare = within(insideShadow(canvas.getByTestId('unstyled'))).getByRole('button', { name: 'Publicera agenda' });
    await expect(getComputedStyle(bare).backgroundColor).not.toBe('rgb(107, 29, 92)');
    await expect(getComputedStyle(bare).minHeight).not.toBe('44px');
    // A pointer press inside the shadow root publishes through core.
    await expect(within(styled).queryByText('Agenda publicerad', { selector: '[aria-current="step"] *' })).toBeNull();
    await userEvent.click(publish);
    await expectPublished(styled);
  },
};

/** The publish button rendered in the styled shadow root, with focus on it. */
async function focusPublish(canvasElement: HTMLElement): Promise<{ styled: HTMLElement }> {
  const host = within(canvasElement).getByTestId('styled');
  await waitFor(() => expect(host.shadowRoot?.querySelector('button')).not.toBeNull());
  const styled = insideShadow(host);
  const publish = within(styled).getByRole('button', { name: 'Publicera agenda' });
  publish.focus();
  await expect(host.shadowRoot!.activeElement).toBe(publish);
  return { styled };
}

/** Core published the agenda: the lifecycle's current step says so. */
async function expectPublished(styled: HTMLElement) {
  await waitFor(() => expect(within(styled).getByText('Agenda publicerad', { selector: '[aria-current="step"] *' })).toBeInTheDocument());
}

/** Enter on the focused button inside the shadow root publishes through core. */
export const EnterInShadowRoot: Story = {
  play: async ({ canvasElement }) => {
    const { styled } = await focusPublish(canvasElement);
    await expect(within(styled).queryByText('Agenda publicerad', { selector: '[aria-current="step"] *' })).toBeNull();
    await userEvent.keyboard('{Enter}');
    await expectPublished(styled);
  },
};

/** Space on the focused button inside the shadow root publishes through core. */
export const SpaceInShadowRoot: Story = {
  play: async ({ canvasElement }) => {
    const { styled } = await focusPublish(canvasElement);
    await expect(within(styled).queryByText('Agenda publicerad', { selector: '[aria-current="step"] *' })).toBeNull();
    await userEvent.keyboard(' ');
    await expectPublished(styled);
  },
};
