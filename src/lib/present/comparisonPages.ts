// Where each stored comparison is read. A version's article page shows it beside its parent, with the comparison's
// summary, so that pair needs no page of its own: every comparison is on exactly one page, and the site grows with
// the versions, not with twice the comparisons.
import type { Comparison, Story } from '../records/comparison.ts';

export interface ComparisonPages {
  /** The version an article derives from most directly (null for a reference). */
  parentOf: (articleId: string) => string | null;
  /** The comparison an article's own page shows: with its parent, else (a reference) with its closest version. */
  shownOn: (articleId: string, oriented: Comparison[]) => Comparison | null;
  /** Stored comparisons that get a page under compare/: every pair that is not a version and its parent. */
  standalone: Comparison[];
  /** Site path (without the base) where the comparison of two articles is read, whichever way round they are given. */
  path: (x: string, y: string) => string;
  /** Site path of the pair's unified diff (every stored comparison has one, in its stored direction). */
  diffPath: (x: string, y: string) => string;
}

export function comparisonPages(stories: Story[], comparisons: Comparison[]): ComparisonPages {
  const parentOf = new Map(stories.flatMap((s) => s.members.filter((m) => m.parent !== null).map((m) => [m.article, m.parent!] as const)));
  const stored = new Set(comparisons.map((c) => `${c.a} ${c.b}`));
  // The child of a stored parent pair: its article page is where that pair is read.
  const childOf = (x: string, y: string): string | null => {
    if (!stored.has(`${x} ${y}`) && !stored.has(`${y} ${x}`)) return null;
    return parentOf.get(y) === x ? y : parentOf.get(x) === y ? x : null;
  };
  return {
    parentOf: (id) => parentOf.get(id) ?? null,
    shownOn: (id, oriented) => oriented.find((c) => c.b === parentOf.get(id)) ?? oriented[0] ?? null,
    standalone: comparisons.filter((c) => childOf(c.a, c.b) === null),
    path: (x, y) => {
      const child = childOf(x, y);
      if (child !== null) return `articles/${child}/`;
      return stored.has(`${x} ${y}`) ? `compare/${x}/${y}/` : `compare/${y}/${x}/`;
    },
    diffPath: (x, y) => (stored.has(`${x} ${y}`) ? `compare/${x}/${y}.diff` : `compare/${y}/${x}.diff`),
  };
}
