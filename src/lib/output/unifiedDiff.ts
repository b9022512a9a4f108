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

/** The file a patch edits: a's body text, which applying the patch turns into b's. */
export const patchFileName = (article: Article) => `${article.id}.txt`;

/**
 * Both sides name a's file (so `git apply` finds it, after stripping the a/ and b/ prefixes); the header after the
 * tab says which article the new text comes from.
 */
export function unifiedDiff(a: Article, b: Article): string {
  const file = patchFileName(a);
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, bodyText(a), bodyText(b), a.id, b.id, { context: 1 });
}
