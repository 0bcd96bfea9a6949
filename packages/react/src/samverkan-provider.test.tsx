import { Component, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { fyrbodalRuntime, HELENA, Providing } from './testing/fyrbodal.js';
import { SamverkanProvider, useSamverkan } from './samverkan-provider.js';

class Boundary extends Component<{ children?: ReactNode }, { message: string | null }> {
  override state = { message: null as string | null };
  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    return this.state.message === null ? this.props.children : <p data-testid="error">{this.state.message}</p>;
  }
}

/** The boundary shows the error; React need not log it too. */
const quiet = { createRootOptions: { onCaughtError: () => undefined } };

function Clock() {
  const { now, locale, actor, clock } = useSamverkan();
  return (
    <p data-testid="clock" data-clock={clock()}>
      {now} {locale} {actor.personId} {actor.roleId ?? '-'}
    </p>
  );
}

describe('SamverkanProvider', () => {
  it('gives the runtime, actor, Swedish by default, and the fixed time it is given', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }} now="2019-11-20T12:00:00+01:00">
        <Clock />
      </Providing>,
    );
    await expect.element(screen.getByTestId('clock')).toHaveTextContent('2019-11-20T12:00:00+01:00 sv fyrbodal:person-001 -');
    await expect.element(screen.getByTestId('clock')).toHaveAttribute('data-clock', '2019-11-20T12:00:00+01:00');
  });

  it('uses the real time when no time is given', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <SamverkanProvider runtime={runtime} actor={{ personId: HELENA, roleId: 'fyrbodal:processledare' }} locale="en">
        <Clock />
      </SamverkanProvider>,
    );
    const text = screen.getByTestId('clock').element().textContent ?? '';
    const [now, locale, person, role] = text.split(' ');
    expect(Math.abs(Date.parse(now!) - Date.now())).toBeLessThan(60_000);
    expect([locale, person, role]).toEqual(['en', HELENA, 'fyrbodal:processledare']);
  });

  it('says in Swedish and English that the hooks need a provider', async () => {
    const screen = await render(
      <Boundary>
        <Clock />
      </Boundary>,
      quiet,
    );
    await expect.element(screen.getByTestId('error')).toHaveTextContent('måste användas inuti <SamverkanProvider>');
    await expect.element(screen.getByTestId('error')).toHaveTextContent('must be used inside <SamverkanProvider>');
  });

  it('refuses a time that is not an instant with an offset', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Boundary>
        <SamverkanProvider runtime={runtime} actor={{ personId: HELENA }} now="2019-11-20">
          <Clock />
        </SamverkanProvider>
      </Boundary>,
      quiet,
    );
    await expect.element(screen.getByTestId('error')).toHaveTextContent('«now» måste vara en ISO-tidpunkt med tidszon');
  });
});
