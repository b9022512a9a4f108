// Where each quotation sits in each article's paragraphs, so pages can mark it and link it to its group.
import type { QuoteGroup } from '../records/quote.ts';

export interface QuoteMark {
  start: number;
  end: number;
  quote: string;
  /** Site path of the group in the paged quote index, with its anchor. */
  href: string;
  speaker: string | null;
  /** Reported speech is marked apart from quotations. */
  reported: boolean;
}

/** article id → block id → the quotation spans in that block. `hrefOf(group id)` is where the index shows a group. */
export function quoteMarks(groups: QuoteGroup[], hrefOf: (id: string) => string): Map<string, Map<string, QuoteMark[]>> {
  const out = new Map<string, Map<string, QuoteMark[]>>();
  for (const g of groups) {
    for (const o of g.occurrences) {
      const parts = o.parts ?? [{ block: o.block, start: o.start, end: o.end }];
      for (const p of parts) {
        if (!out.has(o.article)) out.set(o.article, new Map());
        const byBlock = out.get(o.article)!;
        if (!byBlock.has(p.block)) byBlock.set(p.block, []);
        byBlock.get(p.block)!.push({ start: p.start, end: p.end, quote: g.id, href: hrefOf(g.id), speaker: g.speaker, reported: g.kind === 'reported' });
      }
    }
  }
  for (const byBlock of out.values()) for (const [block, marks] of byBlock) byBlock.set(block, directFirst(marks));
  return out;
}

/** A quotation inside reported speech keeps its own mark: the reported statement's mark is cut around it. */
function directFirst(marks: QuoteMark[]): QuoteMark[] {
  const direct = marks.filter((m) => !m.reported);
  const out = [...direct];
  for (const r of marks.filter((m) => m.reported)) {
    let at = r.start;
    for (const d of direct.filter((x) => x.end > r.start && x.start < r.end).sort((x, y) => x.start - y.start)) {
      if (d.start > at) out.push({ ...r, start: at, end: d.start });
      at = Math.max(at, d.end);
    }
    if (at < r.end) out.push({ ...r, start: at, end: r.end });
  }
  return out.sort((x, y) => x.start - y.start);
}
