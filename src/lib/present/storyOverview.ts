// What a story's pages show, at any size: each version against the reference text (how far it strays, and how much
// of it the two share as is, reworded, or only it has — the same shared words counted for both sides), each passage
// of the reference with how many versions keep, edit, move or cut it and its variant readings, and the similarity
// of the pairs compared.
import type { Article } from '../records/article.ts';
import type { Collation, Comparison, Story, StoryMember } from '../records/comparison.ts';
import { compareCodeUnits } from '../text/order.ts';
import { quoteKey } from '../text/normalizeStyle.ts';
import { orientComparison } from '../compare/orientComparison.ts';
import { countWords } from '../text/tokens.ts';

/** Variant readings of a passage shown on the story page; the rest are counted. */
export const VARIANTS_SHOWN = 3;
/** A heatmap is drawn for stories of at most this many versions; larger ones are summarised. */
export const HEATMAP_MAX = 12;

export interface VersionRow {
  member: StoryMember;
  article: Article;
  /** Share of the two bodies' words in common with the reference (1 for the reference itself). */
  similarity: number;
  /** Of this version's body words: shared with the reference as is (moved included), reworded, and its own. */
  kept: number;
  edited: number;
  own: number;
}

/** Every version against the reference, the reference first, then from the one that strays most to the closest. */
export function versionRows(story: Story, articles: Map<string, Article>, comparisons: Comparison[]): VersionRow[] {
  const withReference = new Map<string, Comparison>();
  for (const c of comparisons) {
    if (c.a === story.reference) withReference.set(c.b, c);
    else if (c.b === story.reference) withReference.set(c.a, orientComparison(c, story.reference));
  }
  const rows = story.members.map((member) => {
    const article = articles.get(member.article)!;
    const c = withReference.get(member.article);
    if (member.article === story.reference || !c) {
      const self = member.article === story.reference;
      return { member, article, similarity: self ? 1 : 0, kept: self ? article.bodyWords : 0, edited: 0, own: self ? 0 : article.bodyWords };
    }
    // Side b of the comparison is this version, counted word by word: words in paragraphs only it has are its own,
    // words the diff adds inside shared paragraphs are reworded, the rest it shares with the reference as is — the
    // same shared words the reference's side counts, so two sides of one pair never disagree.
    let edited = 0;
    let own = 0;
    const wordsOf = new Map(article.blocks.map((b) => [b.id, b.words]));
    for (const r of c.rows) {
      if (!r.counted) continue;
      if (r.kind === 'only-b') own += r.bBlocks.reduce((t, b) => t + (wordsOf.get(b) ?? 0), 0);
      else for (const seg of r.segments) if (seg.op === 'added' && !seg.style) edited += countWords(seg.text);
    }
    return { member, article, similarity: c.similarity, kept: Math.max(0, article.bodyWords - own - edited), edited, own };
  });
  return rows.sort((x, y) => {
    if (x.member.article === story.reference) return -1;
    if (y.member.article === story.reference) return 1;
    return x.similarity - y.similarity || compareCodeUnits(x.member.article, y.member.article);
  });
}

export interface Variant {
  text: string;
  articles: string[];
}

export interface PassageSummary {
  text: string;
  /** Block of the article the passage comes from (the reference, or the first version that added it). */
  source: string;
  sourceBlock: string;
  inReference: boolean;
  same: number;
  edited: number;
  moved: number;
  /** Versions without the passage. */
  absent: number;
  /** Distinct reworded readings, most widely carried first (VARIANTS_SHOWN of them), and how many others. */
  variants: Variant[];
  otherVariants: number;
}

/** The collation as a reader can take it in at 300 versions: per passage, counts and the main variant readings. */
export function passageSummaries(collation: Collation, articles: Map<string, Article>): PassageSummary[] {
  const textOf = (article: string, blocks: string[]) => {
    const a = articles.get(article)!;
    return blocks.map((id) => a.blocks.find((b) => b.id === id)?.text ?? '').join('\n');
  };
  return collation.rows.map((row) => {
    const counts = { same: 0, edited: 0, moved: 0, absent: 0 };
    const readings = new Map<string, Variant>();
    row.cells.forEach((cell, i) => {
      if (i === 0 && row.source === collation.articles[0]) return;
      if (!cell) {
        counts.absent++;
        return;
      }
      counts[cell.state]++;
      if (cell.state === 'same') return;
      const article = collation.articles[i]!;
      const text = textOf(article, cell.blocks);
      const key = quoteKey(text).join(' ');
      if (key === quoteKey(row.text).join(' ')) return;
      if (!readings.has(key)) readings.set(key, { text, articles: [] });
      readings.get(key)!.articles.push(article);
    });
    const variants = [...readings.values()].sort((x, y) => y.articles.length - x.articles.length || compareCodeUnits(x.articles[0]!, y.articles[0]!));
    return {
      text: row.text,
      source: row.source,
      sourceBlock: row.sourceBlock,
      inReference: row.source === collation.articles[0],
      ...counts,
      variants: variants.slice(0, VARIANTS_SHOWN),
      otherVariants: Math.max(0, variants.length - VARIANTS_SHOWN),
    };
  });
}

/**
 * Similarity of every ordered pair of the story's articles: 1 on the diagonal, the measured value where the pair was
 * compared, null where it was not (the story compares each version with its parent and reference, not every pair).
 */
export function similarityMatrix(story: Story): (number | null)[][] {
  const value = new Map(story.links.flatMap((l) => [[`${l.a} ${l.b}`, l.similarity], [`${l.b} ${l.a}`, l.similarity]] as const));
  return story.articles.map((x) => story.articles.map((y) => (x === y ? 1 : (value.get(`${x} ${y}`) ?? null))));
}
