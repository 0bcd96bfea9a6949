/**
 * Which link targets the kit renders as links, apart from the Markdown renderer so that a
 * component showing a link (a meeting's online link) does not carry markdown-it with it.
 */

/** Whether a link target is one the kit will render as a link: http, https or mailto. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href.trim());
}
