import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/lib/compare/compareArticles.ts';
import { ComparisonSchema, type Comparison } from '../../../src/lib/records/comparison.ts';
import { frozenSeeds } from '../../support/frozenSeeds.ts';
import { makeArticle } from '../../support/makeArticle.ts';
import { OTHER, PARAS } from './makeArticle.ts';

const ctx = { story: 's', relation: 'version' as const };
const compare = (...args: Parameters<typeof compareArticles>): Comparison => ComparisonSchema.parse(compareArticles(...args));
const { articles } = frozenSeeds();
const seed = (prefix: string) => articles.find((a) => a.id.startsWith(prefix))!;

describe('compareArticles on made-up articles', () => {
  it('finds an article identical to itself and to a copy', () => {
    const a = makeArticle('a', [{ kind: 'headline', text: 'Breakwater approved' }, ...PARAS]);
    for (const b of [a, makeArticle('b', [{ kind: 'headline', text: 'Breakwater approved' }, ...PARAS])]) {
      const c = compare(a, b, ctx);
      expect(c.similarity).toBe(1);
      expect(c.containment).toEqual({ aInB: 1, bInA: 1 });
      expect(c.words).toEqual({ kept: a.bodyWords, moved: 0, removed: 0, added: 0 });
      expect(c.rows.every((r) => r.kind === 'same')).toBe(true);
      expect(c.edits).toEqual([]);
    }
  });

  it('tells a dropped inline dateline from the word change beside it, and keeps a real rewrite whole', () => {
    const tail = ' have walked off the job at the country’s biggest ports, leaving container ships at anchor offshore.';
    const a = makeArticle('a', [`LE HAVRE, France, March 3 (Reuters) - Dockworkers${tail}`]);
    const b = makeArticle('b', [`Dockers${tail}`]);
    expect(compare(a, b, ctx).edits).toEqual([
      { from: 'LE HAVRE, France, March 3 (Reuters) -', to: '', style: false, count: 1 },
      { from: 'Dockworkers', to: 'Dockers', style: false, count: 1 },
    ]);
    const c = makeArticle('c', [`Members of the national dock workers' union${tail}`]);
    expect(compare(c, makeArticle('d', [`Strikers${tail}`]), ctx).edits).toEqual([
      { from: "Members of the national dock workers' union", to: 'Strikers', style: false, count: 1 },
    ]);
  });

  it('finds nothing shared between unrelated articles', () => {
    const c = compare(makeArticle('a', PARAS), makeArticle('b', OTHER), ctx);
    expect(c.similarity).toBe(0);
    expect(c.rows.map((r) => r.kind).sort()).toEqual([...PARAS.map(() => 'only-a'), ...OTHER.map(() => 'only-b')].sort());
    expect(c.onlyA).toHaveLength(PARAS.length);
    expect(c.words.removed).toBe(makeArticle('a', PARAS).bodyWords);
  });

  it('counts a moved paragraph as moved, not as cut and added', () => {
    const reordered = [PARAS[0]!, PARAS[2]!, PARAS[3]!, PARAS[4]!, PARAS[5]!, PARAS[1]!];
    const c = compare(makeArticle('a', PARAS), makeArticle('b', reordered), ctx);
    expect(c.rows.filter((r) => r.kind === 'moved').map((r) => [r.aIndex, r.bIndex])).toEqual([[1, 5]]);
    expect(c.words.removed + c.words.added).toBe(0);
    expect(c.similarity).toBe(1);
    expect(c.words.moved).toBeGreaterThan(0);
  });

  it('shows a split paragraph as one row with both parts and no lost words', () => {
    const merged = [PARAS[0]!, `${PARAS[1]} ${PARAS[2]}`, PARAS[3]!];
    const c = compare(makeArticle('a', merged), makeArticle('b', PARAS.slice(0, 4)), ctx);
    const row = c.rows.find((r) => r.bBlocks.length === 2)!;
    expect(row.aBlocks).toEqual(['b-000002']);
    expect(row.kind).toBe('same');
    expect(c.similarity).toBe(1);
  });

  it('keeps captions and other non-body blocks out of every measure', () => {
    const a = makeArticle('a', [...PARAS.slice(0, 2), { kind: 'caption', text: OTHER[0]! }]);
    const b = makeArticle('b', [...PARAS.slice(0, 2), { kind: 'caption', text: OTHER[0]! }, { kind: 'promo', text: OTHER[1]! }]);
    const c = compare(a, b, ctx);
    expect(c.similarity).toBe(1);
    expect(c.onlyB).toEqual([]);
    expect(c.rows.filter((r) => !r.counted).map((r) => [r.kind, r.blockKind])).toEqual([
      ['same', 'caption'],
      ['only-b', 'promo'],
    ]);
  });

  it('falls back to "rewritten" when two matched paragraphs differ beyond the diff budget', () => {
    const shared = Array.from({ length: 1200 }, (_, i) => `kept${i}`).join(' ');
    const a = makeArticle('a', [`${shared} ${Array.from({ length: 1500 }, (_, i) => `old${i}`).join(' ')}`]);
    const b = makeArticle('b', [`${shared} ${Array.from({ length: 1500 }, (_, i) => `new${i}`).join(' ')}`]);
    const c = compare(a, b, ctx);
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0]).toMatchObject({ kind: 'edited', rewritten: true, changed: true });
    expect(c.rows[0]!.segments.map((s) => s.op)).toEqual(['removed', 'added']);
    expect(c.similarity).toBe(0);
    expect(c.edits).toEqual([]);
  });

  it('counts style-only differences as kept and lists them apart', () => {
    const a = makeArticle('a', ['The harbour wall will stabilise the “old” jetty, officials said on Monday.']);
    const b = makeArticle('b', ['The harbor wall will stabilize the "old" jetty, officials said on Monday.']);
    const c = compare(a, b, ctx);
    expect(c.rows[0]!.kind).toBe('same');
    expect(c.similarity).toBe(1);
    expect(c.styleChanges.map((e) => e.from)).toEqual(expect.arrayContaining(['harbour', 'stabilise']));
    expect(c.edits.every((e) => e.style)).toBe(true);
  });
});

describe('compareArticles on the seeds', () => {
  const mt = seed('2024-05-15-moscow-times');
  const ndtv = seed('ndtv-');
  const c = compare(mt, ndtv, ctx);

  it('finds the editor’s substitutions between the Moscow Times and NDTV, phrase to phrase', () => {
    const wording = c.edits.filter((e) => !e.style).map((e) => `${e.from} → ${e.to}`);
    expect(wording).toEqual(
      expect.arrayContaining([
        'war → crisis',
        'conflict → crisis',
        'he added → Putin said',
        'invasion of Ukraine → assault on Ukraine in February 2022',
        'an interview in Moscow → a Moscow interview',
        'which will also see him → in which he will also',
      ]),
    );
    // A side of function words only is shown with its neighbours, so no chip reads "+in" or "see him".
    expect(c.edits.find((e) => e.from === 'his')?.context).toEqual({ from: 'his two-day', to: 'a two-day' });
    expect(c.styleChanges.map((e) => `${e.from} → ${e.to}`)).toEqual(['stabilize → stabilise']);
  });

  it('finds the two versions nearly identical in both directions, with no paragraph only one has', () => {
    expect(c.similarity).toBeGreaterThan(0.9);
    expect(c.containment.aInB).toBeGreaterThan(0.9);
    expect(c.containment.bInA).toBeGreaterThan(0.9);
    expect(c.onlyA).toEqual([]);
    expect(c.onlyB).toEqual([]);
    expect(c.rows.filter((r) => r.counted && r.kind === 'moved')).toEqual([]);
  });

  it('does not count NDTV’s caption that repeats "Moscow has looked to China..." as shared text', () => {
    const caption = ndtv.blocks.find((b) => b.kind === 'caption' && b.text.startsWith('Moscow has looked to China'))!;
    const captionRow = c.rows.find((r) => r.b === caption.id)!;
    expect(captionRow).toMatchObject({ kind: 'only-b', counted: false });
    const paragraph = c.rows.find((r) => r.counted && r.segments.some((s) => s.text.startsWith('Moscow has looked to China')))!;
    expect(paragraph.kind).toBe('same');
  });

  it('finds a quote two related reports share, and a paragraph merged with the next', () => {
    const e = compare(seed('euronews-'), seed('sky-news-'), { story: 's', relation: 'related' });
    expect(e.similarity).toBeGreaterThan(0.1);
    expect(e.similarity).toBeLessThan(0.5);
    expect(e.rows.some((r) => r.kind === 'same' && r.segments[0]!.text.startsWith('“We are open to a dialogue on Ukraine'))).toBe(true);
    expect(e.rows.some((r) => r.counted && r.aBlocks.length === 2 && r.bBlocks.length === 1)).toBe(true);
  });
});
