// The README's example, run: the code between the markers must appear in README.md as it is.
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import type { Samverkan } from '@samverkan/core/runtime';
import { createSampleRuntime, sampleReferenceDates } from '@samverkan/core/samples';
import { SamverkanProvider, useCommand, useMeeting, useSamverkan } from '../index.js';
import readme from '../../README.md?raw';
import source from './readme-example.test.tsx?raw';

// README:start
function MeetingCard({ meetingId }: { meetingId: string }) {
  const { meeting, statusLabel, agendaDeadline, actions } = useMeeting(meetingId);
  const { dispatch, pending, lastResult } = useCommand();
  const { locale } = useSamverkan();
  if (!meeting) return null;
  const publish = actions.publishAgenda;
  return (
    <article>
      <h2>{meeting.title}</h2>
      <p>{statusLabel}</p>
      {agendaDeadline?.label && <p>{agendaDeadline.label} ({agendaDeadline.date})</p>}
      <button
        type="button"
        disabled={!publish.allowed || pending}
        onClick={() => void dispatch({ type: 'publishAgenda', meetingId })}
      >
        {publish.label}
      </button>
      {!publish.allowed && <p>{publish.reasonText}</p>}
      {lastResult && !lastResult.ok && <p role="alert">{lastResult.message[locale]}</p>}
    </article>
  );
}

function App({ runtime, personId }: { runtime: Samverkan; personId: string }) {
  return (
    <SamverkanProvider runtime={runtime} actor={{ personId }} now={sampleReferenceDates.fyrbodal}>
      <MeetingCard meetingId="fyrbodal:mote-2019-12-05" />
    </SamverkanProvider>
  );
}
// README:end

const example = source.slice(source.indexOf('// README:start\n') + '// README:start\n'.length, source.indexOf('// README:end'));

describe('the README example', () => {
  it('is in the README as it is tested', () => {
    expect(example.length).toBeGreaterThan(500);
    expect(readme).toContain(example);
  });

  it('lets the process leader publish the agenda and shows the new state', async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const screen = await render(<App runtime={runtime} personId="fyrbodal:person-001" />);
    await expect.element(screen.getByText('Tar emot punkter', { exact: true })).toBeVisible();
    await expect.element(screen.getByText('Sista dag för agendan närmar sig (2019-11-21)')).toBeVisible();
    await screen.getByRole('button', { name: 'Publicera agenda' }).click();
    await expect.element(screen.getByText('Agenda publicerad', { exact: true })).toBeVisible();
    // Published once: core now says it is not possible in this state, and the card shows why.
    await expect.element(screen.getByRole('button', { name: 'Publicera agenda' })).toBeDisabled();
    await expect.element(screen.getByText(/går inte nu: mötet är i läget «Agenda publicerad»/)).toBeVisible();
  });

  it("disables the button for a representative and says why, in core's words", async () => {
    const { runtime } = await createSampleRuntime('fyrbodal');
    const screen = await render(<App runtime={runtime} personId="fyrbodal:person-003" />);
    await expect.element(screen.getByRole('button', { name: 'Publicera agenda' })).toBeDisabled();
    await expect.element(screen.getByText(/Karin Ekdahl saknar befogenheten «Kalla till möte» här/)).toBeVisible();
  });
});
