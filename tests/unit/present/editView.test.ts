import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/lib/compare/compareArticles.ts';
import { editView, count } from '../../../src/lib/present/editView.ts';
import { orientComparison } from '../../../src/lib/compare/orientComparison.ts';
import { comparisonLayout } from '../../../src/lib/present/comparisonLayout.ts';
import { articleTitle } from '../../../src/lib/present/labels.ts';
import { makeArticle } from '../../support/makeArticle.ts';
import { PARAS } from '../compare/makeArticle.ts';

const early = { ...makeArticle('zz-early', ['The war went on for a third year, officials in the capital said on Monday.']), published: '2024-05-15' };
const late = { ...makeArticle('aa-late', ['The crisis went on for a third year, officials in the capital said on Monday.']), published: '2024-05-17' };

describe('editView', () => {
  const c = compareArticles(late, early, { story: 's', relation: 'version' });

  it('reads edits from the earlier article to the later one, whichever side the page shows on the left', () => {
    for (const left of [late.id, early.id]) {
      const view = editView(orientComparison(c, left));
      expect(view.directed).toBe(true);
      expect(view.from).toBe(left === early.id ? 'left' : 'right');
      expect(view.edits.map((e) => `${e.from} → ${e.to}`)).toEqual(['war → crisis']);
    }
  });

  it('keeps the page’s sides when nothing tells the direction, and never directs a related report', () => {
    for (const relation of ['version', 'related'] as const) {
      const undated = compareArticles({ ...late, published: null }, early, { story: 's', relation });
      const view = editView(orientComparison(undated, early.id));
      expect(view).toMatchObject({ directed: false, from: 'left' });
      expect(view.edits.map((e) => `${e.from} → ${e.to}`)).toEqual(['war → crisis']);
    }
    expect(compareArticles(late, early, { story: 's', relation: 'related' }).direction).toBeNull();
  });

  it('counts in the singular for one', () => {
    expect(count(1, 'style-only difference')).toBe('1 style-only difference');
    expect(count(2, 'style-only difference')).toBe('2 style-only differences');
  });
});

describe('comparisonLayout', () => {
  it('places a marker where the other article has a moved paragraph, and tells the moved row where that is', () => {
    const reordered = [PARAS[0]!, PARAS[2]!, PARAS[3]!, PARAS[1]!, PARAS[4]!];
    const c = compareArticles(makeArticle('a', PARAS.slice(0, 5)), makeArticle('b', reordered), { story: 's', relation: 'version' });
    const items = comparisonLayout(c.rows);
    const moved = items.find((i) => i.type === 'row' && i.row.kind === 'moved');
    const marker = items.find((i) => i.type === 'moved-marker');
    expect(moved).toMatchObject({ n: 1, markerAfter: 3 });
    expect(marker).toEqual({ type: 'moved-marker', target: 1, after: 3 });
    // The marker comes right after the row it follows.
    expect(items.indexOf(marker!)).toBe(items.findIndex((i) => i.type === 'row' && i.n === 3) + 1);
  });
});

describe('articleTitle', () => {
  it('stands the opening words of the text in for a missing headline, in quotation marks, cut at a word', () => {
    const a = makeArticle('a', ['Dockworkers at France’s biggest container ports walked off the job on Monday in a 72-hour strike over automation.']);
    const title = articleTitle({ ...a, headline: null });
    expect(title).toBe('“Dockworkers at France’s biggest container ports walked off the job on Monday in…”');
    expect(title).not.toContain('[no headline]');
  });
});
