import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { fyrbodalRuntime, GORAN, HELENA, MANDATE, Providing } from './testing/fyrbodal.js';
import { useCommand } from './use-command.js';
import { useMandate } from './use-mandate.js';

function MandateCard() {
  const { stateLabel, mandate, history, actions } = useMandate(MANDATE);
  const { dispatch } = useCommand();
  return (
    <section>
      <p data-testid="state">{stateLabel}</p>
      <p data-testid="versions">
        {mandate?.version} approved: {history?.approvedVersions.join(',')} pending: {history?.pendingAmendment?.resultingVersion ?? '-'}
      </p>
      <ul>
        {Object.values(actions).map((a) => (
          <li key={a.type} data-testid={a.type} data-allowed={String(a.allowed)} data-code={a.code ?? ''}>
            {a.label} {a.reasonText ?? ''}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() =>
          void dispatch({ type: 'amendMandate', mandateId: MANDATE, section: 'title', change: 'Uppdragsbeskrivning – e-hälsa i Fyrbodal', reason: 'Kortare titel' })
        }
      >
        amend
      </button>
    </section>
  );
}

describe('useMandate', () => {
  it('shows the version history with 1.0 approved and leaves ending the mandate to the commissioner', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <MandateCard />
      </Providing>,
    );
    await expect.element(screen.getByTestId('state')).toHaveTextContent('Gällande');
    await expect.element(screen.getByTestId('versions')).toHaveTextContent('1.1 approved: 1.0 pending: -');
    await expect.element(screen.getByTestId('endMandate')).toHaveAttribute('data-code', 'NOT_AUTHORISED');
    await expect.element(screen.getByTestId('endMandate')).toHaveTextContent('Den har: Uppdragsgivare');
    await expect.element(screen.getByTestId('amendMandate')).toHaveAttribute('data-allowed', 'true');

    await screen.rerender(
      <Providing runtime={runtime} actor={{ personId: GORAN }}>
        <MandateCard />
      </Providing>,
    );
    await expect.element(screen.getByTestId('endMandate')).toHaveAttribute('data-allowed', 'true');
    // The mandate has no extension clause: core's rule says so.
    await expect.element(screen.getByTestId('extendMandate')).toHaveAttribute('data-code', 'NOT_ALLOWED_NOW');
    await expect.element(screen.getByTestId('extendMandate')).toHaveTextContent('ger ingen möjlighet till förlängning');
  });

  it("waits for the commissioner after the process leader's amendment, and only then offers its approval", async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <MandateCard />
      </Providing>,
    );
    await expect.element(screen.getByTestId('approveAmendment')).toHaveAttribute('data-code', 'NOT_AUTHORISED');
    await screen.getByRole('button', { name: 'amend' }).click();
    await expect.element(screen.getByTestId('state')).toHaveTextContent('Ändring inväntar uppdragsgivaren');
    await expect.element(screen.getByTestId('versions')).toHaveTextContent('pending: 2.0');

    await screen.rerender(
      <Providing runtime={runtime} actor={{ personId: GORAN }}>
        <MandateCard />
      </Providing>,
    );
    await expect.element(screen.getByTestId('approveAmendment')).toHaveAttribute('data-allowed', 'true');
    await expect.element(screen.getByTestId('rejectAmendment')).toHaveAttribute('data-allowed', 'true');
  });
});
