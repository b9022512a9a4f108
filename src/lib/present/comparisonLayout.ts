// How a comparison is laid out for reading: rows in the left article's order, and for every moved paragraph a
// marker where the right article has it, linked to the row that shows the text.
import type { ComparisonRow } from '../records/comparison.ts';

export type LayoutItem =
  | { type: 'row'; n: number; row: ComparisonRow; movedFrom: number | null }
  | { type: 'moved-marker'; target: number };

/** `rows` must be in reading order of side a (as stored, or as orientComparison returns them). */
export function comparisonLayout(rows: ComparisonRow[]): LayoutItem[] {
  const items: LayoutItem[] = rows.map((row, n) => ({ type: 'row', n, row, movedFrom: null }));
  // Where side b has each moved paragraph: after the last in-place row that comes before it in b's order.
  const markers: { after: number; target: number }[] = [];
  rows.forEach((r, n) => {
    if (r.kind !== 'moved' || r.bIndex === null) return;
    let after = -1;
    rows.forEach((x, k) => {
      if (x.kind !== 'moved' && x.bIndex !== null && x.bIndex < r.bIndex!) after = Math.max(after, k);
    });
    markers.push({ after, target: n });
  });
  const out: LayoutItem[] = [];
  const place = (after: number) => {
    for (const m of markers.filter((x) => x.after === after)) out.push({ type: 'moved-marker', target: m.target });
  };
  place(-1);
  items.forEach((item, k) => {
    out.push(item);
    place(k);
  });
  return out;
}
