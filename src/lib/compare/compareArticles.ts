// One pair of articles compared: aligned rows, a word diff inside each, and what the pair shares.
import type { Article, Block } from '../records/article.ts';
import type { Comparison, ComparisonRow, DiffSegment, Direction, RELATIONS } from '../records/comparison.ts';
import { alignBlocks, type AlignedRow } from './alignBlocks.ts';
import { diffTokens, diffWordCount } from '../text/wordDiff.ts';
import { summarizeEdits } from './editSummary.ts';
import { editDirection } from './editDirection.ts';

/**
 * Blocks of one row are joined by a line break: when one outlet split a paragraph, the diff shows the split as a
 * (style) change of space, not as text.
 */
const PART_SEPARATOR = '\n';

export interface PairContext {
  story: string;
  relation: (typeof RELATIONS)[number];
  /** Which article derives from which, when the story model knows (see editDirection). */
  direction?: Direction;
}

function row(a: Article, b: Article, r: AlignedRow): ComparisonRow {
  const aBlocks = r.a.map((i) => a.blocks[i]!);
  const bBlocks = r.b.map((j) => b.blocks[j]!);
  const aText = aBlocks.map((x) => x.text).join(PART_SEPARATOR);
  const bText = bBlocks.map((x) => x.text).join(PART_SEPARATOR);
  const kind = (aBlocks[0] ?? bBlocks[0]!).kind;
  const base = {
    a: aBlocks[0]?.id ?? null,
    b: bBlocks[0]?.id ?? null,
    aBlocks: aBlocks.map((x) => x.id),
    bBlocks: bBlocks.map((x) => x.id),
    aIndex: r.a[0] ?? null,
    bIndex: r.b[0] ?? null,
    blockKind: kind,
    counted: kind === 'body',
  };
  if (!bBlocks.length)
    return { ...base, kind: 'only-a', changed: true, rewritten: false, segments: [{ op: 'removed', text: aText, style: false }] };
  if (!aBlocks.length)
    return { ...base, kind: 'only-b', changed: true, rewritten: false, segments: [{ op: 'added', text: bText, style: false }] };
  const diff: DiffSegment[] | null = aText === bText ? [{ op: 'equal', text: aText, style: false }] : diffTokens(aText, bText);
  const segments: DiffSegment[] = diff ?? [
    { op: 'removed', text: aText, style: false },
    { op: 'added', text: bText, style: false },
  ];
  const changed = diff === null || diff.some((s) => s.op !== 'equal' && !s.style);
  return {
    ...base,
    kind: r.moved ? 'moved' : changed ? 'edited' : 'same',
    changed,
    rewritten: diff === null,
    segments,
  };
}

const bodyWords = (blocks: Block[]) => blocks.reduce((t, b) => t + (b.kind === 'body' ? diffWordCount(b.text) : 0), 0);

/**
 * Compares two articles of a story. Similarity is the share of the two bodies' words found in common,
 * 2 × shared / (body words of a + body words of b), where shared text is what the word diffs of aligned body
 * paragraphs leave unchanged (style changes count as unchanged). Captions, headlines and boilerplate are aligned
 * and diffed for display but never counted.
 */
export function compareArticles(a: Article, b: Article, context: PairContext): Comparison {
  const rows = alignBlocks(a.blocks, b.blocks).map((r) => row(a, b, r));
  const words = { kept: 0, moved: 0, removed: 0, added: 0 };
  let sharedB = 0;
  for (const r of rows) {
    if (!r.counted) continue;
    for (const s of r.segments) {
      const n = diffWordCount(s.text);
      if (s.op === 'equal') {
        if (r.kind === 'moved') words.moved += n;
        else words.kept += n;
        sharedB += n;
      } else if (s.style) {
        // Style-only differences are text both sides have: each side's words count on its own side.
        if (s.op === 'removed') words[r.kind === 'moved' ? 'moved' : 'kept'] += n;
        else sharedB += n;
      } else words[s.op === 'removed' ? 'removed' : 'added'] += n;
    }
  }
  const totalA = bodyWords(a.blocks);
  const totalB = bodyWords(b.blocks);
  const sharedA = words.kept + words.moved;
  const ratio = (x: number, y: number) => (y === 0 ? 0 : Math.min(1, x / y));
  const { edits, styleChanges } = summarizeEdits(rows);
  return {
    a: a.id,
    b: b.id,
    story: context.story,
    similarity: ratio(sharedA + sharedB, totalA + totalB),
    relation: context.relation,
    direction: editDirection(a, b, context.relation, context.direction),
    containment: { aInB: ratio(sharedA, totalA), bInA: ratio(sharedB, totalB) },
    bodyWords: { a: totalA, b: totalB },
    words,
    rows,
    edits,
    onlyA: rows.filter((r) => r.counted && r.kind === 'only-a').flatMap((r) => r.aBlocks),
    onlyB: rows.filter((r) => r.counted && r.kind === 'only-b').flatMap((r) => r.bBlocks),
    styleChanges,
  };
}
