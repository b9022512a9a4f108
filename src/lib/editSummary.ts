// Edit summaries: the phrase-to-phrase changes an editor made (`war → crisis`), style changes kept apart.
import type { Comparison, ComparisonRow, Edit, StoryEdit } from './comparisonSchema.ts';
import { compareCodeUnits } from './compareCodeUnits.ts';

const keyOf = (e: { from: string; to: string; style: boolean }) => `${e.style ? 's' : 'w'}\u0000${e.from}\u0000${e.to}`;

/**
 * The changes inside a comparison's counted (body) rows, in reading order, identical ones merged; `edits` has
 * wording and style changes (flagged), `styleChanges` the style ones again on their own. A change is a
 * maximal run of removed/added segments between unchanged text. Rewritten rows and paragraphs only one side has
 * are not phrase edits: they are listed as rows and in onlyA/onlyB.
 */
export function summarizeEdits(rows: ComparisonRow[]): { edits: Edit[]; styleChanges: Edit[] } {
  const found = new Map<string, Edit>();
  const add = (from: string, to: string, style: boolean) => {
    const e = { from: from.trim(), to: to.trim(), style };
    if (!e.from && !e.to) return;
    const key = keyOf(e);
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { ...e, count: 1 });
  };
  for (const row of rows) {
    if (!row.counted || row.rewritten || row.a === null || row.b === null) continue;
    let from = '';
    let to = '';
    let style: boolean | null = null;
    const flush = () => {
      if (style !== null) add(from, to, style);
      from = to = '';
      style = null;
    };
    for (const s of row.segments) {
      if (s.op === 'equal') {
        flush();
        continue;
      }
      if (style !== null && style !== s.style) flush();
      style = s.style;
      if (s.op === 'removed') from += s.text;
      else to += s.text;
    }
    flush();
  }
  const all = [...found.values()];
  return { edits: all, styleChanges: all.filter((e) => e.style) };
}

/** The edits of all of a story's comparisons, merged: most frequent first, then by text in code-unit order. */
export function summarizeStoryEdits(comparisons: Comparison[]): { edits: StoryEdit[]; styleChanges: StoryEdit[] } {
  const found = new Map<string, StoryEdit>();
  for (const c of comparisons)
    for (const e of c.edits) {
      const key = keyOf(e);
      const seen = found.get(key);
      if (seen) {
        seen.count += e.count;
        seen.pairs.push([c.a, c.b]);
      } else found.set(key, { ...e, pairs: [[c.a, c.b]] });
    }
  const all = [...found.values()].sort((x, y) => y.count - x.count || compareCodeUnits(x.from, y.from) || compareCodeUnits(x.to, y.to));
  return { edits: all.filter((e) => !e.style), styleChanges: all.filter((e) => e.style) };
}
