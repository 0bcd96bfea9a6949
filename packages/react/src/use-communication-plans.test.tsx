import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { createSampleRuntime, sampleReferenceDates } from '@samverkan/core/samples';
import { SamverkanProvider } from './samverkan-provider.js';
import { useCommunicationPlans } from './use-communication-plans.js';

function Plans({ mandateId }: { mandateId?: string }) {
  const plans = useCommunicationPlans(mandateId === undefined ? {} : { mandateId });
  return (
    <section>
      <p data-testid="count">{plans.length}</p>
      {plans.map((row) => (
        <div key={row.plan.id}>
          <p data-testid="version">{row.current?.version}</p>
          <p data-testid="contacts">{row.contacts.map((c) => `${c.role}: ${c.name}`).join('; ')}</p>
          <p data-testid="activities">{row.activities.map((a) => a.id).join(' ')}</p>
        </div>
      ))}
    </section>
  );
}

describe('useCommunicationPlans', () => {
  it("gives eHälsalyftet's plan with its current version, named contacts and dated activities first", async () => {
    const { runtime } = await createSampleRuntime('ehalsalyftet');
    const screen = await render(
      <SamverkanProvider runtime={runtime} actor={{ personId: 'ehalsalyftet:person-001' }} now={sampleReferenceDates.ehalsalyftet}>
        <Plans />
      </SamverkanProvider>,
    );
    await expect.element(screen.getByTestId('count')).toHaveTextContent('1');
    await expect.element(screen.getByTestId('version')).toHaveTextContent('1.0');
    await expect.element(screen.getByTestId('contacts')).toHaveTextContent(/^Projektledare: [^:]*[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ]/);
    await expect.element(screen.getByTestId('contacts')).not.toHaveTextContent('ehalsalyftet:');
    await expect.element(screen.getByTestId('activities')).toHaveTextContent('a4 a7 a1 a2 a3 a5 a6');
  });

  it('gives no plan for a mandate without one', async () => {
    const { runtime } = await createSampleRuntime('ehalsalyftet');
    const screen = await render(
      <SamverkanProvider runtime={runtime} actor={{ personId: 'ehalsalyftet:person-001' }} now={sampleReferenceDates.ehalsalyftet}>
        <Plans mandateId="ehalsalyftet:finns-inte" />
      </SamverkanProvider>,
    );
    await expect.element(screen.getByTestId('count')).toHaveTextContent('0');
  });
});
