import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { fyrbodalRuntime, KARIN, NETWORK, Providing } from './testing/fyrbodal.js';
import { useVacancies } from './use-vacancies.js';

function Vacancies({ groupId }: { groupId?: string }) {
  const rows = useVacancies(groupId === undefined ? {} : { groupId });
  return (
    <ul>
      <li data-testid="count">{rows.length}</li>
      {rows.map((r) => (
        <li key={`${r.source.id} ${r.roleId} ${r.organisationId ?? ''}`}>
          {r.roleName} {r.organisationName} {r.missing}
        </li>
      ))}
    </ul>
  );
}

describe('useVacancies', () => {
  it("lists Åmål's vacant representative seat in the network, and none in a group the runtime does not know", async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: KARIN }}>
        <Vacancies groupId={NETWORK} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('count')).toHaveTextContent('1');
    await expect.element(screen.getByRole('listitem').last()).toHaveTextContent('Kommunrepresentant Åmål 1');
    await screen.rerender(
      <Providing runtime={runtime} actor={{ personId: KARIN }}>
        <Vacancies groupId="fyrbodal:finns-inte" />
      </Providing>,
    );
    await expect.element(screen.getByTestId('count')).toHaveTextContent('0');
  });
});
