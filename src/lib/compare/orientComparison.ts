// Comparisons are stored once per pair (a before b). A reader may start from either article, so pages
// show a comparison from the side of the article they came from.
import type { Comparison, ComparisonRow, DiffSegment, Edit } from '../records/comparison.ts';

const flipSegment = (s: DiffSegment): DiffSegment =>
  s.op === 'equal' ? s : { ...s, op: s.op === 'removed' ? 'added' : 'removed' };
export const flipEdit = <E extends Edit>(e: E): E => ({
  ...e,
  from: e.to,
  to: e.from,
  ...(e.context && { context: { from: e.context.to, to: e.context.from } }),
});

function flipRow(r: ComparisonRow): ComparisonRow {
  return {
    ...r,
    kind: r.kind === 'only-a' ? 'only-b' : r.kind === 'only-b' ? 'only-a' : r.kind,
    a: r.b,
    b: r.a,
    aBlocks: r.bBlocks,
    bBlocks: r.aBlocks,
    aIndex: r.bIndex,
    bIndex: r.aIndex,
    // Removed and added runs swap sides, and within a replacement the new side's text still comes second.
    segments: reorderReplacements(r.segments.map(flipSegment)),
  };
}

/** Keeps the convention that in a replacement the removed run comes before the added one. */
function reorderReplacements(segments: DiffSegment[]): DiffSegment[] {
  const out = [...segments];
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i]!.op === 'added' && out[i + 1]!.op === 'removed') {
      [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
      i++;
    }
  }
  return out;
}

/** The comparison with `left` as side a. */
export function orientComparison(c: Comparison, left: string): Comparison {
  if (c.a === left) return c;
  if (c.b !== left) throw new Error(`article ${left} is not part of the comparison ${c.a} / ${c.b}`);
  return {
    ...c,
    a: c.b,
    b: c.a,
    containment: { aInB: c.containment.bInA, bInA: c.containment.aInB },
    bodyWords: { a: c.bodyWords.b, b: c.bodyWords.a },
    words: { ...c.words, removed: c.words.added, added: c.words.removed },
    rows: readingOrder(c.rows.map(flipRow)),
    edits: c.edits.map(flipEdit),
    onlyA: c.onlyB,
    onlyB: c.onlyA,
    styleChanges: c.styleChanges.map(flipEdit),
  };
}

/** Rows in side a's reading order; each row only side b has goes right after the row holding b's block before it. */
export function readingOrder(rows: ComparisonRow[]): ComparisonRow[] {
  const out = rows.filter((r) => r.aIndex !== null).sort((x, y) => x.aIndex! - y.aIndex!);
  const onlyB = rows.filter((r) => r.aIndex === null).sort((x, y) => x.bIndex! - y.bIndex!);
  for (const r of onlyB) {
    let at = -1;
    let best = -1;
    out.forEach((x, k) => {
      if (x.bIndex !== null && x.bIndex < r.bIndex! && x.bIndex >= best) {
        best = x.bIndex;
        at = k;
      }
    });
    out.splice(at + 1, 0, r);
  }
  return out;
}
