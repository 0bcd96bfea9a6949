import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import type { Samverkan } from '@samverkan/core/runtime';
import { createSampleRuntime, sampleReferenceDates } from '@samverkan/core/samples';
import { SamverkanProvider } from './samverkan-provider.js';
import { useAgreement } from './use-agreement.js';
import { useCommand } from './use-command.js';

const AGREEMENT = 'dalarna:overenskommelse-hsih';
/** Gagnef's party representative. */
const LEO = 'dalarna:person-007';
/** The transition leader, who negotiates but decides for no party. */
const LINNEA = 'dalarna:person-001';

function Ratification() {
  const { statusLabel, ratification, actions, partyActions } = useAgreement(AGREEMENT);
  const { dispatch } = useCommand();
  return (
    <section>
      <p data-testid="status">{statusLabel}</p>
      <p data-testid="outstanding">{ratification?.outstanding.length}</p>
      <p data-testid="gagnef" data-allowed={String(partyActions['dalarna:gagnef']?.allowed)}>
        {partyActions['dalarna:gagnef']?.reasonText ?? ''}
      </p>
      <p data-testid="hedemora" data-code={partyActions['dalarna:hedemora']?.code ?? ''} />
      <p data-testid="own" data-allowed={String(actions.recordPartyDecision.allowed)} />
      <p data-testid="referral" data-code={actions.sendOnReferral.code ?? ''} />
      <button
        type="button"
        onClick={() =>
          void dispatch({
            type: 'recordPartyDecision',
            agreementId: AGREEMENT,
            organisationId: 'dalarna:gagnef',
            decision: 'adopted',
            decidedAt: '2026-11-19',
            decidingBody: 'Kommunfullmäktige',
          })
        }
      >
        adopt
      </button>
    </section>
  );
}

async function dalarna(): Promise<Samverkan> {
  return (await createSampleRuntime('dalarna')).runtime;
}

describe('useAgreement', () => {
  it("lets a party's representative record only that party's decision, and counts it", async () => {
    const runtime = await dalarna();
    const screen = await render(
      <SamverkanProvider runtime={runtime} actor={{ personId: LEO }} now={sampleReferenceDates.dalarna}>
        <Ratification />
      </SamverkanProvider>,
    );
    await expect.element(screen.getByTestId('status')).toHaveTextContent('Ute för beslut hos parterna');
    await expect.element(screen.getByTestId('outstanding')).toHaveTextContent('10');
    await expect.element(screen.getByTestId('gagnef')).toHaveAttribute('data-allowed', 'true');
    await expect.element(screen.getByTestId('hedemora')).toHaveAttribute('data-code', 'NOT_AUTHORISED');
    await expect.element(screen.getByTestId('own')).toHaveAttribute('data-allowed', 'true');

    await screen.getByRole('button', { name: 'adopt' }).click();

    await expect.element(screen.getByTestId('outstanding')).toHaveTextContent('9');
    // Decided once per round: core now refuses a second decision for Gagnef.
    await expect.element(screen.getByTestId('gagnef')).toHaveAttribute('data-allowed', 'false');
    await expect.element(screen.getByTestId('own')).toHaveAttribute('data-allowed', 'false');
  });

  it('gives the negotiator no party decisions and no second referral while the parties decide', async () => {
    const runtime = await dalarna();
    const screen = await render(
      <SamverkanProvider runtime={runtime} actor={{ personId: LINNEA }} now={sampleReferenceDates.dalarna}>
        <Ratification />
      </SamverkanProvider>,
    );
    await expect.element(screen.getByTestId('gagnef')).toHaveAttribute('data-allowed', 'false');
    await expect.element(screen.getByTestId('own')).toHaveAttribute('data-allowed', 'false');
    await expect.element(screen.getByTestId('referral')).toHaveAttribute('data-code', 'NOT_ALLOWED_NOW');
  });
});
