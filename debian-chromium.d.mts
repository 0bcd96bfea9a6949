/** Debian's Chromium. */
export const chromiumPath: string;

/** Its flags: headless, with none of its own background traffic. */
export const chromiumFlags: string[];
