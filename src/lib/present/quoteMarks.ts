// Where each quotation sits in each article's paragraphs, so pages can mark it and link it to its group.
import type { QuoteGroup } from '../records/quote.ts';

export interface QuoteMark {
  start: number;
  end: number;
  quote: string;
  speaker: string | null;
}

/** article id → block id → the quotation spans in that block. */
export function quoteMarks(groups: QuoteGroup[]): Map<string, Map<string, QuoteMark[]>> {
  const out = new Map<string, Map<string, QuoteMark[]>>();
  for (const g of groups) {
    for (const o of g.occurrences) {
      const parts = o.parts ?? [{ block: o.block, start: o.start, end: o.end }];
      for (const p of parts) {
        if (!out.has(o.article)) out.set(o.article, new Map());
        const byBlock = out.get(o.article)!;
        if (!byBlock.has(p.block)) byBlock.set(p.block, []);
        byBlock.get(p.block)!.push({ start: p.start, end: p.end, quote: g.id, speaker: g.speaker });
      }
    }
  }
  return out;
}
