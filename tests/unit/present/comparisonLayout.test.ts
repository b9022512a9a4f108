import { describe, expect, it } from 'vitest';
import { comparisonLayout, groupRuns } from '../../../src/lib/present/comparisonLayout.ts';
import type { ComparisonRow } from '../../../src/lib/records/comparison.ts';

const row = (kind: ComparisonRow['kind'], a: number | null, b: number | null, blockKind: ComparisonRow['blockKind'] = 'body'): ComparisonRow => ({
  kind,
  a: a === null ? null : `a${a}`,
  b: b === null ? null : `b${b}`,
  aBlocks: a === null ? [] : [`a${a}`],
  bBlocks: b === null ? [] : [`b${b}`],
  aIndex: a,
  bIndex: b,
  blockKind,
  counted: blockKind === 'body',
  changed: kind === 'edited',
  rewritten: false,
  segments: [],
});

describe('groupRuns', () => {
  // A page's navigation and byline (only in a), a shared dateline, the body with a paragraph moved, a share bar.
  const rows = [
    row('only-a', 0, null, 'boilerplate'),
    row('only-a', 1, null, 'boilerplate'),
    row('only-a', 2, null, 'byline'),
    row('same', 3, 0, 'dateline'),
    row('same', 4, 1),
    row('moved', 5, 3),
    row('edited', 6, 2),
    row('only-a', 7, null, 'promo'),
  ];
  const furniture = (r: ComparisonRow) => (r.blockKind !== 'body' ? r.kind : null);
  const shape = (items: ReturnType<typeof groupRuns>) =>
    items.map((i) => (i.type === 'run' ? `run ${i.rows.map((r) => r.n + 1).join(',')}` : i.type === 'row' ? `row ${i.n + 1}` : `marker ${i.target + 1}`));

  it('makes one item of consecutive rows of one kind of furniture, and leaves every other row and marker alone', () => {
    expect(shape(groupRuns(comparisonLayout(rows), furniture))).toEqual(['run 1,2,3', 'row 4', 'row 5', 'row 6', 'row 7', 'marker 6', 'row 8']);
  });

  it('never joins rows that are not consecutive, and keeps a lone row a row', () => {
    const gapped = comparisonLayout(rows).filter((i) => !(i.type === 'row' && i.n === 1));
    expect(shape(groupRuns(gapped, furniture)).slice(0, 2)).toEqual(['row 1', 'row 3']);
  });
});
