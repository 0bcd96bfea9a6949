export { Markdown, isSafeHref, renderMarkdown, type MarkdownProps } from './markdown.js';
