// A comparison as a unified diff of the two articles' body text, one paragraph per line, for code-review tools.
import { createTwoFilesPatch } from 'diff';
import type { Article } from '../records/article.ts';

/** The article text a patch describes: body paragraphs, one per line, newline-terminated. */
export function bodyText(article: Article): string {
  return article.blocks
    .filter((b) => b.kind === 'body')
    .map((b) => `${b.text.replace(/\s*\n\s*/g, ' ')}\n`)
    .join('');
}

/** The file that holds an article's body text in a patch. */
export const patchFileName = (article: Article) => `${article.id}.txt`;

/**
 * A git-style patch that renames a's file to b's while changing its text: each header names the file it means
 * (`--- a/<a>.txt`, `+++ b/<b>.txt`), and `git apply` run beside a's file leaves b's.
 */
export function unifiedDiff(a: Article, b: Article): string {
  const [from, to] = [patchFileName(a), patchFileName(b)];
  const patch = createTwoFilesPatch(`a/${from}`, `b/${to}`, bodyText(a), bodyText(b), undefined, undefined, { context: 1 });
  // jsdiff starts with a line of "=" signs that no patch format needs; git's header takes its place.
  const body = patch.slice(patch.indexOf('--- '));
  return `diff --git a/${from} b/${to}\nrename from ${from}\nrename to ${to}\n${body}`;
}
