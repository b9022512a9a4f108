// Edit summaries: the phrase-to-phrase changes an editor made (`war → crisis`), style changes kept apart.
import type { Comparison, ComparisonRow, Edit, StoryEdit } from '../records/comparison.ts';
import { compareCodeUnits } from '../text/order.ts';
import { contentWords } from '../text/contentWords.ts';
import { diffTokenize, diffWordCount } from '../text/wordDiff.ts';

const keyOf = (e: { from: string; to: string; style: boolean }) => `${e.style ? 's' : 'w'}\u0000${e.from}\u0000${e.to}`;

/** An edit with the rows (indexes into the rows it was found in) that show it. */
export interface LocatedEdit extends Edit {
  rows: number[];
}

/** Changes this close together are one phrase: "an interview in Moscow" → "a Moscow interview", not three scraps. */
const JOIN_GAP_WORDS = 2;
/** A gap holding clause or sentence punctuation separates two thoughts: the changes on either side stay apart. */
const CLAUSE_BREAK = /[.!?;:]/u;

type Piece = { equal: true; text: string } | { equal: false; from: string; to: string; style: boolean };

/** Rows' segments as alternating unchanged runs and changes (a change: adjacent removed/added segments). */
function pieces(row: ComparisonRow): Piece[] {
  const out: Piece[] = [];
  for (const s of row.segments) {
    const last = out[out.length - 1];
    if (s.op === 'equal') {
      out.push({ equal: true, text: s.text });
      continue;
    }
    const change = last && !last.equal ? last : { equal: false as const, from: '', to: '', style: true };
    if (change !== last) out.push(change);
    if (s.op === 'removed') change.from += s.text;
    else change.to += s.text;
    change.style &&= s.style;
  }
  // Punctuation and quote glyphs carry no wording: a change in them alone is house style, like "stabilize"/"stabilise".
  for (const p of out) if (!p.equal && !p.style && lettersOf(p.from) === lettersOf(p.to)) p.style = true;
  return out;
}

const lettersOf = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
/** A side a reader cannot place: nothing, or only function words ("in", "he", "his"). */
const weak = (s: string) => contentWords(s).length === 0;
const firstWord = (s: string) => /^\s*\S+/u.exec(s)?.[0] ?? '';
const lastWord = (s: string) => /\S+\s*$/u.exec(s)?.[0] ?? '';
const tidy = (s: string) => s.replace(/\s+/gu, ' ').trim();
const unchanged = (p: Piece | undefined) => (p?.equal ? p.text : '');

/**
 * The changes inside counted (body) rows, in reading order, identical ones merged. A wording change is a run of
 * removed/added text; runs at most JOIN_GAP_WORDS unchanged words apart within one clause are one phrase. A side
 * with no content word ("+in", "see him" cut, "his → a") gets the neighbouring words in `context`, so every edit
 * reads as a phrase. Rewritten rows and paragraphs only one side has are not phrase edits: they are listed as rows
 * and in onlyA/onlyB.
 */
export function locateEdits(rows: ComparisonRow[]): LocatedEdit[] {
  const found = new Map<string, LocatedEdit>();
  const addOne = (n: number, e: Omit<Edit, 'count'>) => {
    if (!e.from && !e.to) return;
    const key = keyOf(e);
    const seen = found.get(key);
    if (seen) {
      seen.count++;
      if (!seen.rows.includes(n)) seen.rows.push(n);
    } else found.set(key, { ...e, count: 1, rows: [n] });
  };
  rows.forEach((row, n) => {
    if (!row.counted || row.rewritten || row.a === null || row.b === null) return;
    const ps = pieces(row);
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      if (p.equal) continue;
      if (p.style) {
        addOne(n, { from: p.from.trim(), to: p.to.trim(), style: true });
        continue;
      }
      let from = p.from;
      let to = p.to;
      let end = i;
      let gapFrom = '';
      let gapTo = '';
      for (let k = i + 1; k < ps.length; k++) {
        const q = ps[k]!;
        if (!q.equal && !q.style) {
          from += gapFrom + q.from;
          to += gapTo + q.to;
          gapFrom = gapTo = '';
          end = k;
          continue;
        }
        gapFrom += q.equal ? q.text : q.from;
        gapTo += q.equal ? q.text : q.to;
        if (diffWordCount(gapFrom) > JOIN_GAP_WORDS || CLAUSE_BREAK.test(gapFrom)) break;
      }
      const before = unchanged(ps[i - 1]);
      const after = unchanged(ps[end + 1]);
      for (const [f, t, atStart, atEnd] of splitLopsided(from, to)) {
        const e = { from: f.trim(), to: t.trim(), style: false };
        if (weak(e.from) || weak(e.to)) {
          const oneSided = !e.from || !e.to;
          const next = atEnd ? firstWord(after) : '';
          const prev = atStart && (oneSided || weak(next) || !next) ? lastWord(before) : '';
          addOne(n, prev || next ? { ...e, context: { from: tidy(prev + f + next), to: tidy(prev + t + next) } } : e);
        } else addOne(n, e);
      }
      i = end;
    }
  });
  return [...found.values()];
}

/** The record's edit summary: locateEdits without row positions, and the style changes again on their own. */
export function summarizeEdits(rows: ComparisonRow[]): { edits: Edit[]; styleChanges: Edit[] } {
  const edits = locateEdits(rows).map(({ rows: _rows, ...e }) => e);
  return { edits, styleChanges: edits.filter((e) => e.style) };
}

/**
 * `LE HAVRE, France, March 3 (Reuters) - Dockworkers` → `Dockers` is two edits: a dateline cut and one word
 * changed. When one side of a change is a few words and the other many, and the few words resemble the many's
 * first or last words, those pair up and the rest is a plain cut or addition. Each part says whether it touches the
 * start and the end of the whole change (where context may be added).
 */
function splitLopsided(from: string, to: string): [string, string, boolean, boolean][] {
  const [fromWords, toWords] = [diffWordCount(from), diffWordCount(to)];
  const flip = fromWords < toWords;
  const [long, short, longWords, shortWords] = flip ? [to, from, toWords, fromWords] : [from, to, fromWords, toWords];
  const pair = (x: string, y: string): [string, string] => (flip ? [y, x] : [x, y]);
  const whole: [string, string, boolean, boolean][] = [[...pair(long, short), true, true]];
  if (shortWords === 0 || longWords < shortWords + 4 || longWords < 3 * shortWords) return whole;
  const longTokens = diffTokenize(long);
  const n = diffTokenize(short).length;
  const join = (ts: readonly { text: string }[]) => ts.map((t) => t.text).join('');
  const end = join(longTokens.slice(-n));
  const start = join(longTokens.slice(0, n));
  if (resembles(end, short) && !resembles(start, short))
    return [
      [...pair(join(longTokens.slice(0, -n)), ''), true, false],
      [...pair(end, short), false, true],
    ];
  if (resembles(start, short) && !resembles(end, short))
    return [
      [...pair(start, short), true, false],
      [...pair(join(longTokens.slice(n)), ''), false, true],
    ];
  return whole;
}

/** Two phrases whose first words share their first three letters ("Dockworkers"/"Dockers", "assault"/"assaults"). */
function resembles(x: string, y: string): boolean {
  const first = (t: string) => (/\p{L}{3}/u.exec(t.trim().slice(0, 3).toLowerCase())?.[0] ?? null);
  const a = first(x);
  return a !== null && a === first(y);
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
