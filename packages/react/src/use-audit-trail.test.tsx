import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { DECEMBER, fyrbodalRuntime, KARIN, Providing } from './testing/fyrbodal.js';
import { useAuditTrail } from './use-audit-trail.js';
import { useCommand } from './use-command.js';

function Trail({ stream }: { stream?: string }) {
  const { entries, loading } = useAuditTrail(stream);
  const { dispatch } = useCommand();
  const item = { id: 'nyckelfri-hemtjanst', title: 'Nyckelfri hemtjänst', kind: 'information' as const, durationMinutes: 20 };
  return (
    <section>
      <p data-testid="count">{loading ? 'loading' : entries.length}</p>
      <ol>
        {entries.map((e) => (
          <li key={e.eventId}>
            {e.label} — {e.byName} ({e.roleName}) {e.date}
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => void dispatch({ type: 'proposeAgendaItem', meetingId: DECEMBER, item })}>
        propose
      </button>
    </section>
  );
}

describe('useAuditTrail', () => {
  it("lists a meeting's events and the new one after a dispatch, with who, in which role and when", async () => {
    const runtime = await fyrbodalRuntime();
    const stream = `meeting:${DECEMBER}`;
    const before = (await runtime.history(stream)).length;
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: KARIN }}>
        <Trail stream={stream} />
      </Providing>,
    );
    await expect.element(screen.getByTestId('count')).toHaveTextContent(String(before));
    await expect.element(screen.getByRole('listitem').first()).toHaveTextContent('Öppnade för punkter till dagordningen — Helena Vik (Processledare) 2019-11-04');

    await screen.getByRole('button', { name: 'propose' }).click();

    await expect.element(screen.getByTestId('count')).toHaveTextContent(String(before + 1));
    await expect
      .element(screen.getByRole('listitem').last())
      .toHaveTextContent('Föreslog en punkt till dagordningen — Karin Ekdahl (Kommunrepresentant) 2019-11-20');
  });

  it('labels the trail in the language of the provider', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: KARIN }} locale="en">
        <Trail stream={`meeting:${DECEMBER}`} />
      </Providing>,
    );
    await expect.element(screen.getByRole('listitem').first()).toHaveTextContent('Opened the call for agenda items — Helena Vik');
  });

  it('reads the dataset stream too, and an unknown stream as empty', async () => {
    const runtime = await fyrbodalRuntime();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: KARIN }}>
        <Trail stream="dataset" />
      </Providing>,
    );
    await expect.element(screen.getByRole('listitem').first()).toHaveTextContent('Läste in data');
    await screen.rerender(
      <Providing runtime={runtime} actor={{ personId: KARIN }}>
        <Trail stream="meeting:fyrbodal:finns-inte" />
      </Providing>,
    );
    await expect.element(screen.getByTestId('count')).toHaveTextContent('0');
  });

  it("lists the whole network's log without a stream, and follows a dispatch in any stream", async () => {
    const runtime = await fyrbodalRuntime();
    const all = await runtime.log();
    const screen = await render(
      <Providing runtime={runtime} actor={{ personId: KARIN }}>
        <Trail />
      </Providing>,
    );
    await expect.element(screen.getByTestId('count')).toHaveTextContent(String(all.length));
    // More than one stream's events: the dataset's load first, a meeting's call later.
    await expect.element(screen.getByRole('listitem').first()).toHaveTextContent('Läste in data');
    await expect.element(screen.getByText(/Öppnade för punkter till dagordningen — Helena Vik/).first()).toBeVisible();

    await screen.getByRole('button', { name: 'propose' }).click();

    await expect.element(screen.getByTestId('count')).toHaveTextContent(String(all.length + 1));
    await expect.element(screen.getByRole('listitem').last()).toHaveTextContent('Föreslog en punkt till dagordningen — Karin Ekdahl');
  });
});
