import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { createSampleRuntime, sampleReferenceDates, type SampleId } from '@samverkan/core/samples';
import { SamverkanProvider } from './samverkan-provider.js';
import { useRiskAnalyses } from './use-risk-analyses.js';

function Risks() {
  const sources = useRiskAnalyses();
  return (
    <ul>
      {sources.map((s) => (
        <li key={s.id} data-testid={s.kind}>
          {s.risks.map((r) => `${r.id}:${r.score ?? '-'}:${r.levelLabel?.sv ?? 'ej bedömd'}:${r.ownerName ?? '-'}`).join(' ')}
        </li>
      ))}
    </ul>
  );
}

async function renderFor(sample: SampleId) {
  const { runtime } = await createSampleRuntime(sample);
  return render(
    <SamverkanProvider runtime={runtime} actor={{ personId: 'nobody' }} now={sampleReferenceDates[sample]}>
      <Risks />
    </SamverkanProvider>,
  );
}

describe('useRiskAnalyses', () => {
  it("scores Dalarna's analysis by core's rules, highest first, with owners' names", async () => {
    const screen = await renderFor('dalarna');
    await expect.element(screen.getByTestId('riskAnalysis')).toHaveTextContent(/^r1:15:Hög:[^-]+ r2:10:Medel:[^-]+ r3:6:Medel:-$/);
  });

  it("leaves the communication plan's risks unassessed", async () => {
    const screen = await renderFor('ehalsalyftet');
    await expect.element(screen.getByTestId('communicationPlan')).toHaveTextContent('k1:-:ej bedömd:- k2:-:ej bedömd:- k3:-:ej bedömd:- k4:-:ej bedömd:-');
  });
});
