import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { fyrbodalRuntime, HELENA, KARIN, MANDATE, Providing } from './testing/fyrbodal.js';
import { useDeliverables } from './use-deliverables.js';

const REPORT = 'fyrbodal:lagesrapport-e-radet-2019';

function Board() {
  const { today, columns, overdue, rows } = useDeliverables({ mandateId: MANDATE });
  const report = rows.find((r) => r.id === REPORT);
  return (
    <section>
      <p data-testid="today">{today}</p>
      {columns.map((c) => (
        <p key={c.status} data-testid={`column-${c.status}`}>
          {c.label}: {c.rows.map((r) => r.id).join(',')}
        </p>
      ))}
      <p data-testid="overdue">{overdue.map((o) => `${o.deliverableId} ${o.daysOverdue}`).join(';')}</p>
      <p data-testid="submit" data-allowed={String(report?.actions.submitDeliverable.allowed)}>
        {report?.actions.submitDeliverable.reasonText ?? ''}
      </p>
      <p data-testid="archive">
        {report?.actions.archiveDeliverable.code ?? 'allowed'} {report?.actions.archiveDeliverable.reasonText ?? ''}
      </p>
    </section>
  );
}

describe('useDeliverables', () => {
  it('puts the deliverables on a board by status and flags the status report overdue on the sample’s today', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: HELENA }}>
        <Board />
      </Providing>,
    );
    await expect.element(screen.getByTestId('today')).toHaveTextContent('2019-11-20');
    await expect.element(screen.getByTestId('column-inReview')).toHaveTextContent('fyrbodal:deltagarlista-2019');
    await expect.element(screen.getByTestId('column-drafting')).toHaveTextContent(REPORT);
    await expect.element(screen.getByTestId('column-planned')).toHaveTextContent('fyrbodal:utvarderingsrapport');
    // Due 2019-10-31: twenty days late on 2019-11-20.
    await expect.element(screen.getByTestId('overdue')).toHaveTextContent(`${REPORT} 20`);
    await expect.element(screen.getByTestId('submit')).toHaveAttribute('data-allowed', 'true');
    // Archiving needs the authority to approve deliverables, which no Fyrbodal role holds.
    await expect.element(screen.getByTestId('archive')).toHaveTextContent('NOT_AUTHORISED Helena Vik saknar befogenheten «Godkänna leveransobjekt»');
  });

  it('moves the report off the overdue list when the clock is before its due date', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: KARIN }} now="2019-10-31T16:00:00+01:00">
        <Board />
      </Providing>,
    );
    await expect.element(screen.getByTestId('today')).toHaveTextContent('2019-10-31');
    await expect.element(screen.getByTestId('overdue')).toHaveTextContent(/^$/);
  });
});
