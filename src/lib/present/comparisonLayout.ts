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

/** Consecutive rows printed alike (`key` of each, null when a row stands alone) as one item: a run of page furniture. */
export type GroupedItem = LayoutItem | { type: 'run'; rows: { n: number; row: ComparisonRow }[] };

/**
 * On an article's page, its own page furniture comes in runs of short lines (navigation, bylines, share labels): a
 * run of rows with the same `key` (the row kind of furniture the page prints on one side only) is one item, its lines
 * one after the other, so a run of twenty lines costs the markup of one row. A lone row stays a row.
 */
export function groupRuns(items: LayoutItem[], key: (row: ComparisonRow) => string | null): GroupedItem[] {
  const out: GroupedItem[] = [];
  let run: { n: number; row: ComparisonRow }[] = [];
  let runKey: string | null = null;
  const flush = () => {
    if (run.length > 1) out.push({ type: 'run', rows: run });
    else if (run.length === 1) out.push({ type: 'row', n: run[0]!.n, row: run[0]!.row, markerAfter: null });
    run = [];
    runKey = null;
  };
  for (const item of items) {
    const k = item.type === 'row' && item.markerAfter === null ? key(item.row) : null;
    // A run is numbered first to last: it holds consecutive rows only.
    if (k !== runKey || (item.type === 'row' && run.length > 0 && item.n !== run[run.length - 1]!.n + 1)) flush();
    if (item.type === 'row' && k !== null) {
      run.push({ n: item.n, row: item.row });
      runKey = k;
    } else out.push(item);
  }
  flush();
  return out;
}
