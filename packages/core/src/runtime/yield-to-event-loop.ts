/**
 * Gives the event loop a turn, so a long piece of work (replaying a big log) is cut into short
 * tasks and a browser can handle input and paint in between. `scheduler.yield` where the
 * platform has it (it resumes ahead of other queued work), else a 0 ms timer.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
