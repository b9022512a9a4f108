// What a comparison page lists as the editors' changes: in the direction the record knows, or side by side when
// nothing tells which version came first.
import { locateEdits, type LocatedEdit } from '../compare/editSummary.ts';
import type { Comparison } from '../records/comparison.ts';
import { flipEdit } from '../compare/orientComparison.ts';

export interface EditView {
  /** Which page side the edits start from: the earlier version when the direction is known, else the left. */
  from: 'left' | 'right';
  /** True when the record knows which version was edited into the other. */
  directed: boolean;
  /** Wording changes; `rows` are row indexes of the comparison as given (the page's row numbers less one). */
  edits: LocatedEdit[];
  styleChanges: LocatedEdit[];
}

/** `c` oriented as the page shows it (see orientComparison). */
export function editView(c: Comparison): EditView {
  const fromRight = c.direction?.from === c.b;
  const all = locateEdits(c.rows).map((e) => (fromRight ? flipEdit(e) : e));
  return {
    from: fromRight ? 'right' : 'left',
    directed: c.direction !== null,
    edits: all.filter((e) => !e.style),
    styleChanges: all.filter((e) => e.style),
  };
}

/** What a reader sees of an edit: each side with the context that makes it a phrase. */
export const phrase = (e: { from: string; to: string; context?: { from: string; to: string } }) => e.context ?? { from: e.from, to: e.to };

/** "1 style-only difference", "2 style-only differences". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}
