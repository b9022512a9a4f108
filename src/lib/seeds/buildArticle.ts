// One seed → one validated Article record.
import { createHash } from 'node:crypto';
import { ArticleSchema, type Article, type Block } from '../records/article.ts';
import type { SeedText } from './readSeed.ts';
import { SeedError } from './seedError.ts';
import { markdownLines } from './markdownLines.ts';
import { rejoinBrokenLines } from './rejoinBrokenLines.ts';
import { classifyLines } from './classifyBlocks.ts';
import { splitSentences } from '../text/sentences.ts';
import { countWords, words } from '../text/tokens.ts';
import { functionWordsOf } from '../text/lexicon/functionWords.ts';
import { inferMetadata } from './inferMetadata.ts';

export function buildArticle(seed: SeedText): Article {
  const fm = seed.frontMatter;
  const offset = seed.bodyStartLine - 1;
  const lines = rejoinBrokenLines(markdownLines(seed.body), seed.body);
  const kinds = classifyLines(lines, { headline: fm.headline });
  // A seed without a language tag is in the language whose function words cover most of its body: sentences are
  // split, and speech verbs, articles and pronouns read, by the rules of the language the article is written in.
  const language = fm.language ?? functionWordsOf(lines.filter((_, i) => kinds[i]!.kind === 'body').flatMap((l) => words(l.text.toLowerCase()))).language;

  const overrides = new Map(Object.entries(fm.kinds ?? {}).map(([line, kind]) => [Number(line), kind]));
  const seen = new Map<string, number>();
  const blocks: Block[] = lines.map((l, i) => {
    const fileLines = l.lines.map((n) => n + offset);
    const override = fileLines.map((n) => overrides.get(n)).find(Boolean);
    fileLines.forEach((n) => overrides.delete(n));
    const hash = createHash('sha1').update(l.text).digest('hex').slice(0, 6);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return {
      id: n === 1 ? `b-${hash}` : `b-${hash}-${n}`,
      kind: override ?? kinds[i]!.kind,
      reason: override ? 'set in front matter' : kinds[i]!.reason,
      ...(override ? { kindFromFrontMatter: true } : {}),
      text: l.text,
      sentences: splitSentences(l.text, language),
      links: l.links,
      line: fileLines[0]!,
      lines: fileLines,
      words: countWords(l.text),
    };
  });
  for (const [line] of overrides) {
    throw new SeedError(
      seed.file,
      seed.keyLines.kinds ?? 1,
      `\`kinds\` names line ${line}, where no block of text starts`,
      'use the line number where the block starts in this file (blank lines and front matter count)',
    );
  }

  const inferred = inferMetadata(blocks);
  const metadataSource: Record<string, 'front-matter' | 'text'> = { language: fm.language ? 'front-matter' : 'text' };
  const pick = <K extends keyof typeof inferred>(key: K): string | null => {
    const given = fm[key as keyof typeof fm];
    if (given !== undefined) {
      metadataSource[key] = 'front-matter';
      return (given as string | null) ?? null;
    }
    if (inferred[key] != null) metadataSource[key] = 'text';
    return inferred[key] ?? null;
  };
  const article = {
    id: seed.id,
    outlet: pick('outlet'),
    headline: pick('headline'),
    url: pick('url'),
    published: pick('published'),
    agency: pick('agency'),
    author: pick('author'),
    dateline: pick('dateline'),
    language,
    source: seed.file,
    metadataSource,
    storyPin: fm.story ?? null,
    words: blocks.reduce((s, b) => s + b.words, 0),
    bodyWords: blocks.filter((b) => b.kind === 'body').reduce((s, b) => s + b.words, 0),
    blocks,
  };
  return ArticleSchema.parse(article);
}
