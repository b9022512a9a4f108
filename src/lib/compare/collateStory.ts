// N-way collation of a story: its passages in reading order (rows) against its articles (columns).
import type { Article } from '../records/article.ts';
import type { Collation, CollationCell } from '../records/comparison.ts';
import { alignBlocks, type AlignableBlock } from './alignBlocks.ts';
import { diffTokens } from '../text/wordDiff.ts';
import { compareCodeUnits } from '../text/order.ts';


interface Passage extends AlignableBlock {
  source: string;
  sourceBlock: string;
  cells: CollationCell[];
}

/**
 * Columns start with the longest body (the fullest version sets the reading order), then by body length, then id.
 * Each article in turn is aligned with the passages collated so far: matched blocks fill that passage's cell,
 * blocks no earlier article had become new passages, placed after the passage the article read before them.
 * Only body paragraphs take part.
 */
export function collateStory(story: string, articles: Article[]): Collation {
  const columns = [...articles].sort((x, y) => y.bodyWords - x.bodyWords || compareCodeUnits(x.id, y.id));
  let passages: Passage[] = [];
  columns.forEach((article, col) => {
    const body = article.blocks.filter((b) => b.kind === 'body');
    const next: Passage[] = [];
    for (const row of alignBlocks(passages, body)) {
      const blocks = row.b.map((j) => body[j]!);
      if (!blocks.length) {
        next.push(...row.a.map((i) => passages[i]!));
        continue;
      }
      if (!row.a.length) {
        const cells: CollationCell[] = columns.map(() => null);
        cells[col] = { state: 'same', blocks: [blocks[0]!.id] };
        next.push({ kind: 'body', text: blocks[0]!.text, source: article.id, sourceBlock: blocks[0]!.id, cells });
        continue;
      }
      const diff = diffTokens(row.a.map((i) => passages[i]!.text).join('\n'), blocks.map((b) => b.text).join('\n'));
      const reworded = diff === null || diff.some((s) => s.op !== 'equal' && !s.style);
      const state = row.moved ? 'moved' : reworded ? 'edited' : 'same';
      for (const i of row.a) {
        passages[i]!.cells[col] = { state, blocks: blocks.map((b) => b.id) };
        next.push(passages[i]!);
      }
    }
    passages = next;
  });
  return {
    story,
    articles: columns.map((a) => a.id),
    rows: passages.map((p) => ({ text: p.text, source: p.source, sourceBlock: p.sourceBlock, cells: p.cells })),
  };
}
