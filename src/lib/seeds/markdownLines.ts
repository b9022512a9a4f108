// Parses a seed body with remark + remark-gfm and returns one entry per source line that carries text.
// Captured pages separate paragraphs by a single newline, which Markdown would merge into one paragraph,
// so the parse tree is regrouped by source line: each line keeps its own plain text, links and hints.
import { remark } from 'remark';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import type { Processor } from 'unified';
import type { Nodes, Parents, Root } from 'mdast';

export interface SourceLine {
  /** 1-based line in the parsed text. */
  line: number;
  text: string;
  links: { text: string; url: string }[];
  /** Markdown heading depth when the line is a heading. */
  heading: number | null;
  /** The whole line was bold or italic (a typical standfirst or subhead styling). */
  emphasised: boolean;
  /** The line is an item of a Markdown list. */
  listItem: boolean;
}

interface Draft {
  parts: string[];
  links: { text: string; url: string }[];
  heading: number | null;
  emphasisedChars: number;
  listItem: boolean;
}

/**
 * GFM's tables and strikethrough, not the rest of remark-gfm: its autolinks (a bare URL made a link), footnotes and
 * task lists change nothing a capture's lines are read for, and the autolink scan alone was half the parse (a
 * 343-line transcript: 40 ms with all of GFM, 17 ms with these two).
 */
function gfmTablesAndStrikethrough(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}
const processor = remark().use(gfmTablesAndStrikethrough).freeze();

export function markdownLines(body: string): SourceLine[] {
  const tree = processor.parse(body) as Root;
  const sourceLines = body.split('\n');
  const drafts = new Map<number, Draft>();
  const draft = (line: number): Draft => {
    let d = drafts.get(line);
    if (!d) {
      d = { parts: [], links: [], heading: null, emphasisedChars: 0, listItem: false };
      drafts.set(line, d);
    }
    return d;
  };

  const emit = (startLine: number, value: string, emphasised: boolean) => {
    value.split('\n').forEach((segment, i) => {
      const d = draft(startLine + i);
      d.parts.push(segment);
      if (emphasised) d.emphasisedChars += segment.replace(/\s/g, '').length;
    });
  };

  const rawLines = (node: Nodes) => {
    const start = node.position!.start.line;
    const end = node.position!.end.line;
    for (let l = start; l <= end; l++) {
      const raw = sourceLines[l - 1] ?? '';
      if (!/^\s*(`{3,}|~{3,})/.test(raw)) draft(l).parts.push(raw);
    }
  };

  const walk = (node: Nodes, ctx: { emphasised: boolean; heading: number | null; listItem: boolean }) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        emit(line, node.value, ctx.emphasised);
        break;
      case 'html':
        // Raw HTML in a capture is text the outlet printed, never markup to render.
        if (isInlineHtml(node)) emit(line, node.value, ctx.emphasised);
        else rawLines(node);
        break;
      case 'code':
      case 'definition':
        rawLines(node);
        break;
      case 'image':
        if (node.alt) emit(line, node.alt, ctx.emphasised);
        break;
      case 'break':
        break;
      case 'link': {
        const before = snapshotLength(drafts);
        visitChildren(node, ctx);
        const text = textAddedSince(drafts, before).trim();
        // Seeds are untrusted: a target other than http(s) or a relative one (javascript:, data:, file: ...) is dropped
        // here, once, so no later consumer of the records can publish it; the link's words stay in the text.
        if (isSafeLinkTarget(node.url)) draft(line).links.push({ text: text || node.url, url: node.url });
        break;
      }
      case 'strong':
      case 'emphasis':
        visitChildren(node, { ...ctx, emphasised: true });
        break;
      case 'heading':
        draft(line).heading = node.depth;
        visitChildren(node, { ...ctx, heading: node.depth });
        break;
      case 'listItem':
        draft(line).listItem = true;
        visitChildren(node, { ...ctx, listItem: true });
        break;
      case 'tableCell':
        visitChildren(node, ctx);
        emit(line, ' ', false);
        break;
      default:
        if ('children' in node) visitChildren(node, ctx);
    }
  };
  const visitChildren = (node: Parents, ctx: { emphasised: boolean; heading: number | null; listItem: boolean }) => {
    for (const child of node.children) walk(child as Nodes, ctx);
  };
  walk(tree, { emphasised: false, heading: null, listItem: false });

  const lines: SourceLine[] = [];
  for (const [line, d] of [...drafts.entries()].sort((a, b) => a[0] - b[0])) {
    const text = d.parts.join('').replace(/[ \t]+/g, ' ').trim();
    if (!text) continue;
    const visible = text.replace(/\s/g, '').length;
    lines.push({
      line,
      text,
      links: d.links,
      heading: d.heading,
      emphasised: visible > 0 && d.emphasisedChars >= visible * 0.9,
      listItem: d.listItem,
    });
  }
  return lines;
}

/**
 * http(s) targets and relative ones ("#", "/story"), which cannot carry a script. The scheme is read the way a
 * browser reads it: after dropping control characters and spaces around it and tabs and line breaks inside it, so
 * "java\tscript:" counts as javascript:.
 */
export function isSafeLinkTarget(url: string): boolean {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''));
  return !scheme || /^https?$/i.test(scheme[1]!);
}

function isInlineHtml(node: Nodes): boolean {
  return node.position!.start.line === node.position!.end.line && !/^\s*<(?:div|p|table|section|article|figure|ul|ol)\b/i.test('value' in node ? String(node.value) : '');
}

// Link text is whatever the children emitted; these two helpers read it back without a second walk.
function snapshotLength(drafts: Map<number, Draft>): Map<number, number> {
  return new Map([...drafts].map(([l, d]) => [l, d.parts.length]));
}
function textAddedSince(drafts: Map<number, Draft>, before: Map<number, number>): string {
  let out = '';
  for (const [l, d] of drafts) out += d.parts.slice(before.get(l) ?? 0).join(' ');
  return out.replace(/\s+/g, ' ');
}
