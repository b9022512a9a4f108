// How a comparison is laid out for reading: rows in the left article's order, and for every moved paragraph a
// marker where the right article has it, linked to the row that shows the text.
import type { ComparisonRow } from '../records/comparison.ts';

export type LayoutItem =
  /** `markerAfter`: for a moved row, the row its marker follows (-1: before the first row); null otherwise. */
  | { type: 'row'; n: number; row: ComparisonRow; markerAfter: number | null }
  /** `target`: the moved row; `after`: the row the marker follows (-1: before the first row). */
  | { type: 'moved-marker'; target: number; after: number };

/** `rows` must be in reading order of side a (as stored, or as orientComparison returns them). */
export function comparisonLayout(rows: ComparisonRow[]): LayoutItem[] {
  // Where side b has each moved paragraph: after the last in-place row that comes before it in b's order.
  const markerAfter = new Map<number, number>();
  rows.forEach((r, n) => {
    if (r.kind !== 'moved' || r.bIndex === null) return;
    let after = -1;
    rows.forEach((x, k) => {
      if (x.kind !== 'moved' && x.bIndex !== null && x.bIndex < r.bIndex!) after = Math.max(after, k);
    });
    markerAfter.set(n, after);
  });
  const out: LayoutItem[] = [];
  const place = (after: number) => {
    for (const [target, at] of markerAfter) if (at === after) out.push({ type: 'moved-marker', target, after });
  };
  place(-1);
  rows.forEach((row, n) => {
    out.push({ type: 'row', n, row, markerAfter: markerAfter.get(n) ?? null });
    place(n);
  });
  return out;
}
