// Edit summaries: the phrase-to-phrase changes an editor made (`war → crisis`), style changes kept apart.
import type { Comparison, ComparisonRow, Edit, StoryEdit } from '../records/comparison.ts';
import { compareCodeUnits } from '../text/order.ts';
import { diffTokenize, diffWordCount } from '../text/wordDiff.ts';

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
    for (const [f, t] of splitLopsided(from, to)) addOne(f, t, style);
  };
  const addOne = (from: string, to: string, style: boolean) => {
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

/**
 * `LE HAVRE, France, March 3 (Reuters) - Dockworkers` → `Dockers` is two edits: a dateline cut and one word
 * changed. When one side of a change is a few words and the other many, and the few words resemble the many's
 * first or last words, those pair up and the rest is a plain cut or addition.
 */
function splitLopsided(from: string, to: string): [string, string][] {
  const [fromWords, toWords] = [diffWordCount(from), diffWordCount(to)];
  const flip = fromWords < toWords;
  const [long, short, longWords, shortWords] = flip ? [to, from, toWords, fromWords] : [from, to, fromWords, toWords];
  const longTokens = diffTokenize(long);
  const shortTokens = diffTokenize(short);
  const pair = (x: string, y: string): [string, string] => (flip ? [y, x] : [x, y]);
  if (shortWords === 0 || longWords < shortWords + 4 || longWords < 3 * shortWords) return [pair(long, short)];
  const n = shortTokens.length;
  const join = (ts: readonly { text: string }[]) => ts.map((t) => t.text).join('');
  const end = join(longTokens.slice(-n));
  const start = join(longTokens.slice(0, n));
  if (resembles(end, short) && !resembles(start, short)) return [pair(join(longTokens.slice(0, -n)), ''), pair(end, short)];
  if (resembles(start, short) && !resembles(end, short)) return [pair(start, short), pair(join(longTokens.slice(n)), '')];
  return [pair(long, short)];
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
