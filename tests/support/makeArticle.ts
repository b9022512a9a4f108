// Made-up articles for tests and measurement scripts: one block per paragraph, built the way the seed reader builds
// blocks (sentences split, words counted, lines as if each paragraph were followed by a blank line), validated
// against the real Article schema.
import { ArticleSchema, type Article, type BlockKind } from '../../src/lib/records/article.ts';
import { splitSentences } from '../../src/lib/text/sentences.ts';
import { countWords } from '../../src/lib/text/tokens.ts';

/** A body paragraph, a headline written "# …" (as in a seed file), or a block of any kind. */
export type Para = string | { kind: BlockKind; text: string };

/** Seed line of the n-th (0-based) paragraph. */
export const paragraphLine = (n: number) => 2 * n + 1;

export interface MadeUpOptions {
  outlet?: string | null;
  storyPin?: string | null;
}

export function makeArticle(id: string, paras: Para[], { outlet = null, storyPin = null }: MadeUpOptions = {}): Article {
  const blocks = paras.map((p, n) => {
    const { kind, text } =
      typeof p !== 'string' ? p : p.startsWith('# ') ? { kind: 'headline' as const, text: p.slice(2) } : { kind: 'body' as const, text: p };
    return {
      id: `b-${(n + 1).toString(16).padStart(6, '0')}`,
      kind,
      reason: 'made-up paragraph',
      text,
      sentences: splitSentences(text),
      links: [],
      line: paragraphLine(n),
      lines: [paragraphLine(n)],
      words: countWords(text),
    };
  });
  return ArticleSchema.parse({
    id,
    outlet,
    headline: null,
    url: null,
    published: null,
    agency: null,
    author: null,
    dateline: null,
    language: 'en',
    source: `made-up/${id}`,
    metadataSource: {},
    storyPin,
    words: blocks.reduce((t, b) => t + b.words, 0),
    bodyWords: blocks.filter((b) => b.kind === 'body').reduce((t, b) => t + b.words, 0),
    blocks,
  });
}
