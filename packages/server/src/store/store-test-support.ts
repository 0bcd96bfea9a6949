/** Helpers the store tests share (test-only: no entry point reaches this file). */
let networks = 0;

/** A network name no other test uses. */
export function uniqueNetwork(): string {
  networks += 1;
  return `test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${networks}`;
}
