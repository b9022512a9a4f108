// The headline numbers of a story: for each version, how much of its text the other versions share,
// reworded, or lack; and the matrix of pairwise similarity.
import type { Article } from '../records/article.ts';
import type { Collation, Story } from '../records/comparison.ts';

export interface VersionNumbers {
  article: string;
  bodyWords: number;
  /** Words in passages another version carries with the same wording (moves included). */
  kept: number;
  /** Words in passages another version carries reworded. */
  edited: number;
  /** Words in passages no other version carries. */
  added: number;
}

export function versionNumbers(collation: Collation, articles: Map<string, Article>): VersionNumbers[] {
  return collation.articles.map((id, col) => {
    const article = articles.get(id)!;
    const wordsOf = new Map(article.blocks.map((b) => [b.id, b.words]));
    const n = { article: id, bodyWords: article.bodyWords, kept: 0, edited: 0, added: 0 };
    for (const row of collation.rows) {
      const cell = row.cells[col];
      if (!cell) continue;
      const w = cell.blocks.reduce((t, b) => t + (wordsOf.get(b) ?? 0), 0);
      const carriers = row.cells.filter(Boolean).length;
      if (carriers === 1) n.added += w;
      else if (cell.state === 'edited') n.edited += w;
      else n.kept += w;
    }
    return n;
  });
}

/** Similarity of every ordered pair of the story's articles (1 on the diagonal, 0 where they share nothing). */
export function similarityMatrix(story: Story): number[][] {
  const value = new Map(story.links.flatMap((l) => [[`${l.a} ${l.b}`, l.similarity], [`${l.b} ${l.a}`, l.similarity]] as const));
  return story.articles.map((x) => story.articles.map((y) => (x === y ? 1 : (value.get(`${x} ${y}`) ?? 0))));
}
