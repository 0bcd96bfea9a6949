export { Markdown, renderMarkdown, type MarkdownProps } from './markdown.js';
export { isSafeHref } from './safe-href.js';
