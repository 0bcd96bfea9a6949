/** Debian's Chromium. */
export const chromiumPath: string;

/** Flags for Debian's Chromium, headless, with none of its own background traffic. */
export const chromiumFlags: string[];

/** A port on 127.0.0.1 that nothing listens on now. */
export function freePort(): Promise<number>;
