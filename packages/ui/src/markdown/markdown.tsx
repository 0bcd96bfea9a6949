/**
 * Markdown without raw HTML. Minutes and agenda texts are written by many people and end up
 * on intranet pages, so markdown-it parses with `html: false` (tags stay text) and this
 * renderer builds React elements from markdown-it's token stream — no
 * `dangerouslySetInnerHTML`, only an allowlist of elements and no attributes but a link's
 * `href`, and only http, https and mailto links (a `javascript:` or `data:` link is shown as
 * plain text). Images are shown as their alt text: no request leaves the page.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { createElement, useMemo, type ReactNode } from 'react';
import { isSafeHref } from './safe-href.js';

const parser = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Elements the renderer may create; any other tag renders its children only. */
const allowedTags = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 's',
  'a', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br',
]);

interface Frame {
  token: Token | null;
  children: ReactNode[];
}

function headingTag(tag: string, offset: number): string {
  const level = Math.min(6, Number(tag.slice(1)) + offset);
  return `h${level}`;
}

function elementFor(token: Token, children: ReactNode[], key: number, headingOffset: number): ReactNode {
  let tag = token.tag;
  if (token.type === 'paragraph_open' && token.hidden) return children; // tight list items
  if (/^h[1-6]$/.test(tag)) tag = headingTag(tag, headingOffset);
  if (!allowedTags.has(tag)) return children;
  if (tag === 'a') {
    const href = String(token.attrGet('href') ?? '');
    if (!isSafeHref(href)) return createElement('span', { key, className: 'sv-markdown__unsafe-link' }, ...children);
    return createElement('a', { key, href, rel: 'noopener noreferrer' }, ...children);
  }
  if (tag === 'ol') {
    const start = Number(token.attrGet('start') ?? 1);
    return createElement('ol', { key, start: Number.isFinite(start) ? start : 1 }, ...children);
  }
  return createElement(tag, { key }, ...children);
}

function leaf(token: Token, key: number, headingOffset: number): ReactNode {
  switch (token.type) {
    case 'inline':
      return render(token.children ?? [], headingOffset);
    case 'text':
    case 'html_inline':
    case 'html_block':
      return token.content;
    case 'code_inline':
      return createElement('code', { key }, token.content);
    case 'softbreak':
      return '\n';
    case 'hardbreak':
      return createElement('br', { key });
    case 'fence':
    case 'code_block':
      return createElement('pre', { key }, createElement('code', null, token.content));
    case 'hr':
      return createElement('hr', { key });
    case 'image':
      // The alt text, never the image: no request to a stranger's server.
      return token.content;
    default:
      return token.content || null;
  }
}

/** Adds a node, or the nodes of a list, so children are never nested arrays (which need keys). */
function append(children: ReactNode[], node: ReactNode): void {
  if (Array.isArray(node)) children.push(...(node as ReactNode[]));
  else if (node !== null && node !== '') children.push(node);
}

function render(tokens: readonly Token[], headingOffset: number): ReactNode[] {
  const stack: Frame[] = [{ token: null, children: [] }];
  tokens.forEach((token, index) => {
    const top = stack[stack.length - 1]!;
    if (token.nesting === 1) {
      stack.push({ token, children: [] });
    } else if (token.nesting === -1) {
      const frame = stack.pop()!;
      const parent = stack[stack.length - 1] ?? top;
      if (frame.token) append(parent.children, elementFor(frame.token, frame.children, index, headingOffset));
    } else {
      append(top.children, leaf(token, index, headingOffset));
    }
  });
  return stack[0]!.children;
}

/** The React nodes of a Markdown text: safe elements only. */
export function renderMarkdown(source: string, headingOffset = 2): ReactNode[] {
  return render(parser.parse(source, {}), headingOffset);
}

export interface MarkdownProps {
  /** The Markdown text (raw HTML in it is shown as text). */
  source: string;
  /**
   * How many levels to push headings down, so `#` in a minute sits below the page's own
   * headings; 2 by default (`#` renders as `<h3>`).
   */
  headingOffset?: number;
}

export function Markdown({ source, headingOffset = 2 }: MarkdownProps) {
  const nodes = useMemo(() => renderMarkdown(source, headingOffset), [source, headingOffset]);
  return <div className="sv-markdown">{nodes}</div>;
}
