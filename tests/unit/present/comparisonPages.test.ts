import { describe, expect, it } from 'vitest';
import { compareStories } from '../../../src/lib/pipeline.ts';
import { comparisonPages } from '../../../src/lib/present/comparisonPages.ts';
import { orientComparison } from '../../../src/lib/compare/orientComparison.ts';
import type { Article } from '../../../src/lib/records/article.ts';
import { makeArticle } from '../../support/makeArticle.ts';
import { HARBOUR } from '../stories/reports.ts';

// A write-through: v2 updates v1, v3 updates v2. Each is compared with its parent and with the reference (v1).
const LATE = 'Late on Monday the harbour master confirmed that work on the northern arm would begin in the first week of May.';
const BIDS = 'Contractors from two neighbouring counties have been invited to bid, with a decision due before the summer holidays.';
const update = (id: string, n: number, paras: string[]): Article => ({
  ...makeArticle(id, paras),
  url: `https://valley.example/news/${n}`,
  outlet: 'Valley Courier',
  published: `2024-03-0${3 + n}`,
});
const articles = [update('v1', 1, HARBOUR.slice(0, 4)), update('v2', 2, [...HARBOUR.slice(0, 4), LATE]), update('v3', 3, [...HARBOUR.slice(0, 3), LATE, BIDS])];
const { stories, comparisons } = compareStories(articles);
const pages = comparisonPages(stories, comparisons);

describe('comparisonPages', () => {
  it('reads a version beside its parent on its own article page, and gives only the other pairs a compare page', () => {
    expect(comparisons.map((c) => `${c.a} ${c.b}`)).toEqual(['v1 v2', 'v1 v3', 'v2 v3']);
    expect(pages.standalone.map((c) => `${c.a} ${c.b}`)).toEqual(['v1 v3']);
    expect(['v1', 'v2', 'v3'].map(pages.parentOf)).toEqual([null, 'v1', 'v2']);
    expect([pages.path('v1', 'v2'), pages.path('v2', 'v1')]).toEqual(['articles/v2/', 'articles/v2/']);
    expect([pages.path('v3', 'v2'), pages.path('v3', 'v1'), pages.path('v1', 'v3')]).toEqual(['articles/v3/', 'compare/v1/v3/', 'compare/v1/v3/']);
  });

  it('shows each version with its parent, and the reference with its closest version', () => {
    const oriented = (id: string) =>
      comparisons
        .filter((c) => c.a === id || c.b === id)
        .map((c) => orientComparison(c, id))
        .sort((x, y) => y.similarity - x.similarity);
    expect(pages.shownOn('v3', oriented('v3'))?.b).toBe('v2');
    expect(pages.shownOn('v2', oriented('v2'))?.b).toBe('v1');
    expect(pages.shownOn('v1', oriented('v1'))?.b).toBe(oriented('v1')[0]!.b);
    expect(pages.shownOn('alone', [])).toBeNull();
  });

  it('keeps one unified diff per stored pair, in its stored direction', () => {
    expect(comparisons.map((c) => pages.diffPath(c.b, c.a))).toEqual(['compare/v1/v2.diff', 'compare/v1/v3.diff', 'compare/v2/v3.diff']);
  });
});
