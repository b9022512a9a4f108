import { describe, expect, it } from 'vitest';
import { alignBlocks, keptInOrder } from '../../../src/lib/compare/alignBlocks.ts';
import { OTHER, PARAS } from './makeArticle.ts';

const body = (texts: string[]) => texts.map((text) => ({ kind: 'body', text }));

describe('alignBlocks', () => {
  it('aligns identical lists one to one, in order, nothing moved', () => {
    const rows = alignBlocks(body(PARAS), body(PARAS));
    expect(rows).toEqual(PARAS.map((_, i) => ({ a: [i], b: [i], moved: false })));
  });

  it('marks only the paragraph that changed place as moved', () => {
    const reordered = [PARAS[0]!, PARAS[2]!, PARAS[3]!, PARAS[4]!, PARAS[1]!, PARAS[5]!];
    const rows = alignBlocks(body(PARAS), body(reordered));
    expect(rows.filter((r) => r.moved)).toEqual([{ a: [1], b: [4], moved: true }]);
    expect(rows.filter((r) => !r.moved)).toHaveLength(5);
  });

  it('aligns a paragraph split in two with both parts, on either side', () => {
    const [first, second] = [PARAS[1]!, PARAS[2]!];
    const merged = `${first} ${second}`;
    const splitInB = alignBlocks(body([PARAS[0]!, merged, PARAS[3]!]), body([PARAS[0]!, first, second, PARAS[3]!]));
    expect(splitInB).toEqual([
      { a: [0], b: [0], moved: false },
      { a: [1], b: [1, 2], moved: false },
      { a: [2], b: [3], moved: false },
    ]);
    const mergedInB = alignBlocks(body([first, second]), body([merged]));
    expect(mergedInB).toEqual([{ a: [0, 1], b: [0], moved: false }]);
  });

  it('leaves a paragraph rewritten beyond recognition unmatched on both sides', () => {
    const rewritten = 'Trawler crews cheered as the council finally said yes to sea defences it had argued over since 2021.';
    const rows = alignBlocks(body(PARAS.slice(0, 3)), body([PARAS[0]!, rewritten, PARAS[2]!]));
    expect(rows).toEqual([
      { a: [0], b: [0], moved: false },
      { a: [1], b: [], moved: false },
      { a: [], b: [1], moved: false },
      { a: [2], b: [2], moved: false },
    ]);
  });

  it('aligns nothing between texts with nothing in common, keeping every block in reading order', () => {
    const rows = alignBlocks(body(PARAS.slice(0, 2)), body(OTHER.slice(0, 2)));
    expect(rows.every((r) => r.a.length + r.b.length === 1)).toBe(true);
    expect(rows.flatMap((r) => r.a)).toEqual([0, 1]);
    expect(rows.flatMap((r) => r.b)).toEqual([0, 1]);
  });

  it('places blocks only b has after the b block before them', () => {
    const rows = alignBlocks(body([PARAS[0]!, PARAS[2]!]), body([OTHER[0]!, PARAS[0]!, OTHER[1]!, PARAS[2]!]));
    expect(rows).toEqual([
      { a: [], b: [0], moved: false },
      { a: [0], b: [1], moved: false },
      { a: [], b: [2], moved: false },
      { a: [1], b: [3], moved: false },
    ]);
  });

  it('never matches a caption with a body paragraph, but aligns captions with captions', () => {
    const caption = { kind: 'caption', text: PARAS[3]! };
    const rows = alignBlocks([caption, ...body(PARAS.slice(0, 2))], [...body(PARAS.slice(0, 4)), caption]);
    expect(rows.find((r) => r.a.includes(0))).toEqual({ a: [0], b: [4], moved: true });
    expect(rows.find((r) => r.b.includes(3))).toEqual({ a: [], b: [3], moved: false });
  });

  it('matches paragraphs that differ only in house style', () => {
    const a = body(['The council will stabilise the “old” harbour wall and its neighbours’ jetties before winter comes.']);
    const b = body(['The council will stabilize the "old" harbor wall and its neighbors\' jetties before winter comes.']);
    expect(alignBlocks(a, b)).toEqual([{ a: [0], b: [0], moved: false }]);
  });
});

describe('keptInOrder', () => {
  it('keeps the heaviest increasing run, so a long paragraph stays put and short ones move', () => {
    expect([...keptInOrder([0, 1, 2, 3], [1, 1, 1, 1])].sort()).toEqual([0, 1, 2, 3]);
    // b order 2,0,1: the two short ones (weights 1) give way to the long first one (weight 10).
    expect([...keptInOrder([2, 0, 1], [10, 1, 1])]).toEqual([0]);
    expect([...keptInOrder([2, 0, 1], [1, 1, 1])].sort()).toEqual([1, 2]);
  });
});
