// A story's collation: its reference text's passages in reading order (rows) against its versions (columns), read
// off each version's comparison with the reference — one alignment per version, so a story of 300 versions costs
// 300 comparisons, not an N-way alignment. Passages the reference lacks follow the reference passage they came
// after, one row per distinct wording.
import type { Article } from '../records/article.ts';
import type { Collation, CollationCell, Comparison } from '../records/comparison.ts';
import { quoteKey } from '../text/normalizeStyle.ts';
import { orientComparison } from './orientComparison.ts';

interface Row {
  text: string;
  source: string;
  sourceBlock: string;
  cells: CollationCell[];
}

/**
 * `versions` are the story's other articles in column order; `withReference(id)` is the comparison of the reference
 * and that version (either way round), or undefined when the pair was not compared.
 */
export function collateStory(story: string, reference: Article, versions: Article[], withReference: (id: string) => Comparison | undefined): Collation {
  const columns = [reference, ...versions];
  const textOf = new Map(columns.flatMap((a) => a.blocks.map((b) => [`${a.id} ${b.id}`, b.text] as const)));
  const body = reference.blocks.filter((b) => b.kind === 'body');
  const rows: Row[] = body.map((b) => ({ text: b.text, source: reference.id, sourceBlock: b.id, cells: columns.map((_, i) => (i === 0 ? { state: 'same' as const, blocks: [b.id] } : null)) }));
  const rowOfBlock = new Map(body.map((b, i) => [b.id, i]));
  // Passages the reference lacks, by the reference passage they follow (-1: before the first), then by wording.
  const added = new Map<number, Map<string, Row>>();
  versions.forEach((version, k) => {
    const col = k + 1;
    const stored = withReference(version.id);
    if (!stored) return;
    const c = orientComparison(stored, reference.id);
    let after = -1;
    for (const r of c.rows) {
      if (!r.counted || r.kind === 'only-a') continue;
      const at = r.aBlocks.map((id) => rowOfBlock.get(id)).find((i) => i !== undefined);
      if (at !== undefined) {
        after = Math.max(after, at);
        const state = r.kind === 'moved' ? 'moved' : r.changed ? 'edited' : 'same';
        for (const id of r.aBlocks) {
          const i = rowOfBlock.get(id);
          if (i !== undefined) rows[i]!.cells[col] = { state, blocks: r.bBlocks };
        }
        continue;
      }
      if (r.kind !== 'only-b' || !r.b) continue;
      const text = r.bBlocks.map((id) => textOf.get(`${version.id} ${id}`) ?? '').join('\n');
      const key = quoteKey(text).join(' ');
      if (!added.has(after)) added.set(after, new Map());
      const group = added.get(after)!;
      if (!group.has(key)) group.set(key, { text, source: version.id, sourceBlock: r.b, cells: columns.map(() => null) });
      group.get(key)!.cells[col] = { state: 'same', blocks: r.bBlocks };
    }
  });
  const ordered: Row[] = [...(added.get(-1)?.values() ?? [])];
  rows.forEach((row, i) => ordered.push(row, ...(added.get(i)?.values() ?? [])));
  return { story, articles: columns.map((a) => a.id), rows: ordered };
}
