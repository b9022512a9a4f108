// Word-level diff of two texts, for people: style-only differences marked, no unchanged scraps stranded between edits.
import { diffArrays } from 'diff';
import type { DiffSegment } from '../records/comparison.ts';
import { normalizePunctuation, styleKey } from './normalizeStyle.ts';
import { tokenize } from './tokens.ts';
import { memoByText } from './memo.ts';

export type { DiffSegment } from '../records/comparison.ts';

/**
 * Largest edit distance (in tokens) a diff may reach before it is abandoned. Counted in edits, not milliseconds,
 * so the same input always gives the same answer; 1,000 token edits is several paragraphs' worth of rewriting,
 * far beyond anything a reader could follow as a word diff.
 */
export const MAX_EDIT_LENGTH = 1000;
/**
 * Myers' diff costs about (tokens of both texts) × (edits) steps, and on repetitive text every step is real work.
 * The edit budget shrinks for long texts so that product stays under this many steps (a fraction of a second):
 * a 400-token paragraph pair keeps the full MAX_EDIT_LENGTH, a 10,000-word one may still hold ~100 edits.
 */
export const DIFF_WORK_BUDGET = 2_000_000;
/** An unchanged run between two edits is folded into them when it has at most this many words... */
const STRANDED_MAX_WORDS = 2;
/** ...each at most this long ("of the", "and a", "in"): a lone "of" between two edits reads as noise, not as kept text. */
const STRANDED_MAX_WORD_CHARS = 3;

export interface Token {
  /** The token with the whitespace that follows it, so the tokens of a text concatenate back to the text. */
  text: string;
  /** The token without that whitespace. */
  core: string;
  word: boolean;
  /** What another token must share to be the same wording (see tokenKey). */
  key: string;
}

/** Distinct texts whose diff tokens are kept: a story compares every paragraph with several partners. */
const TOKEN_CACHE_SIZE = 20_000;

/** Words and punctuation marks, each carrying its trailing whitespace; hyphenated words stay one token. */
export const diffTokenize: (text: string) => readonly Token[] = memoByText(TOKEN_CACHE_SIZE, tokenizeUncached);

/** The number of words in a text (as `countWords` counts them), from the cached tokens. */
export function diffWordCount(text: string): number {
  let n = 0;
  for (const t of diffTokenize(text)) if (t.word) n++;
  return n;
}

/**
 * The words of `tokenize`, and between them each other character as its own token (a quote mark, a comma, a dash);
 * whitespace rides on the token before it, so the tokens' texts rebuild the text exactly.
 */
function tokenizeUncached(text: string): Token[] {
  const out: Token[] = [];
  let lead = '';
  const gap = (from: number, to: number) => {
    for (const ch of text.slice(from, to)) {
      if (/\s/u.test(ch)) {
        if (out.length) out[out.length - 1]!.text += ch;
        else lead += ch;
      } else {
        out.push({ text: lead + ch, core: ch, word: false, key: '' });
        lead = '';
      }
    }
  };
  let at = 0;
  for (const w of tokenize(text)) {
    gap(at, w.start);
    out.push({ text: lead + w.text, core: w.text, word: true, key: '' });
    lead = '';
    at = w.end;
  }
  gap(at, text.length);
  if (lead) out.push({ text: lead, core: '', word: false, key: '' });
  for (const t of out) t.key = tokenKey(t);
  return out;
}

/**
 * What two tokens must share to be the same wording: the style key (which folds quotes, dashes, spelling and
 * number formats) plus whether the word starts with a capital, so "war" → "War" stays a visible edit.
 */
function tokenKey(t: Pick<Token, 'core'>): string {
  if (!t.core) return '';
  const initialCap = /^\p{Lu}/u.test(t.core) ? '^' : '';
  return initialCap + styleKey(t.core);
}

/**
 * The key under which one word is its own style change: two words with equal keys here are, side by side in a diff,
 * a style change or no change ("re-election"/"reelection"), and two with different ones a change, unless a longer
 * run of words around them folds to one ("per cent"/"percent").
 */
export function wordStyleKey(core: string): string {
  return runKey([{ text: core, core, word: true, key: '' }]);
}

/** A run of tokens as one style-folded string: "per cent"/"percent", "re-election"/"reelection" compare equal. */
function runKey(tokens: readonly Token[]): string {
  const joined = normalizePunctuation(tokens.map((t) => t.core).join(''))
    .replace(/-/g, '')
    .toLowerCase();
  const first = tokens.find((t) => t.word);
  return (first && /^\p{Lu}/u.test(first.core) ? '^' : '') + styleKey(joined);
}

type Chunk =
  | { kind: 'equal'; a: Token[]; b: Token[] }
  | { kind: 'change'; a: Token[]; b: Token[]; style: boolean };

/**
 * Diffs `a` and `b` word by word. Concatenating the `equal` and `removed` segments gives back `a`; the `equal`
 * and `added` segments give back `b`. Returns null when the texts differ by more than `maxEditLength` tokens
 * (default MAX_EDIT_LENGTH, less for very long texts: see DIFF_WORK_BUDGET):
 * the caller should then treat them as rewritten rather than show a diff nobody can read.
 */
export function diffTokens(a: string, b: string, options?: { maxEditLength?: number }): DiffSegment[] | null {
  const ta = diffTokenize(a);
  const tb = diffTokenize(b);
  // Compare small integers, not strings: jsdiff's inner loop then costs one === per step.
  const maxEditLength = Math.min(
    options?.maxEditLength ?? MAX_EDIT_LENGTH,
    Math.floor(DIFF_WORK_BUDGET / Math.max(1, ta.length + tb.length)),
  );
  // Each token needs at least one edit to go: more length difference than the budget can never fit in it.
  if (Math.abs(ta.length - tb.length) > maxEditLength) return null;
  const keyIds = new Map<string, number>();
  const idOf = (t: Token) => {
    let id = keyIds.get(t.key);
    if (id === undefined) keyIds.set(t.key, (id = keyIds.size));
    return id;
  };
  const ka = ta.map(idOf);
  const kb = tb.map(idOf);
  if (editsAtLeast(ka, kb, keyIds.size) > maxEditLength) return null;
  const changes = diffArrays(ka, kb, { maxEditLength });
  if (!changes) return null;

  const chunks: Chunk[] = [];
  let i = 0;
  let j = 0;
  for (const c of changes) {
    const last = chunks[chunks.length - 1];
    if (!c.added && !c.removed) {
      chunks.push({ kind: 'equal', a: ta.slice(i, i + c.count), b: tb.slice(j, j + c.count) });
      i += c.count;
      j += c.count;
      continue;
    }
    const side = c.removed ? ta.slice(i, (i += c.count)) : tb.slice(j, (j += c.count));
    const target = last && last.kind === 'change' ? last : { kind: 'change' as const, a: [], b: [], style: false };
    if (target !== last) chunks.push(target);
    if (c.removed) target.a.push(...side);
    else target.b.push(...side);
  }
  for (const c of chunks) if (c.kind === 'change' && c.a.length && c.b.length) c.style = runKey(c.a) === runKey(c.b);
  return toSegments(foldStranded(chunks));
}

/**
 * A lower bound on the edits between two token sequences: each token of one side that the other side lacks must be
 * removed or added. Linear, so a pair far over the edit budget (two different quotations of one speaker, compared
 * to see whether one is a variant of the other) is refused without running Myers' search up to the budget.
 */
function editsAtLeast(ka: readonly number[], kb: readonly number[], distinct: number): number {
  const balance = new Int32Array(distinct);
  for (const k of ka) balance[k]!++;
  for (const k of kb) balance[k]!--;
  let edits = 0;
  for (const n of balance) edits += Math.abs(n);
  return edits;
}

function isStranded(c: Chunk): boolean {
  if (c.kind !== 'equal') return false;
  const w = c.a.filter((t) => t.word);
  return w.length <= STRANDED_MAX_WORDS && w.every((t) => t.core.length <= STRANDED_MAX_WORD_CHARS);
}

/** Merges each short unchanged run that sits between two real edits into one edit spanning all three. */
function foldStranded(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const c = chunks[k]!;
    const prev = out[out.length - 1];
    const next = chunks[k + 1];
    if (
      isStranded(c) &&
      prev?.kind === 'change' &&
      !prev.style &&
      next?.kind === 'change' &&
      !next.style
    ) {
      prev.a.push(...c.a, ...next.a);
      prev.b.push(...c.b, ...next.b);
      k++;
      continue;
    }
    out.push(c.kind === 'equal' ? c : { ...c, a: [...c.a], b: [...c.b] });
  }
  return out;
}

function toSegments(chunks: Chunk[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  const push = (op: DiffSegment['op'], text: string, style: boolean) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op && last.style === style) last.text += text;
    else out.push({ op, text, style });
  };
  // Style differences inside an equal run are gathered so "“war”" → "\"war\"" reads as one pair, not four.
  let styleA = '';
  let styleB = '';
  const flushStyle = () => {
    push('removed', styleA, true);
    push('added', styleB, true);
    styleA = styleB = '';
  };
  // Space after the last unchanged word before an edit goes with the edit: "Moscow, " → "Moscow interview, "
  // is the word "interview" added, not a change of space after "Moscow".
  let carryA = '';
  let carryB = '';
  chunks.forEach((c, n) => {
    if (c.kind === 'change') {
      flushStyle();
      push('removed', carryA + c.a.map((t) => t.text).join(''), c.style);
      push('added', carryB + c.b.map((t) => t.text).join(''), c.style);
      carryA = carryB = '';
      return;
    }
    const beforeChange = chunks[n + 1]?.kind === 'change';
    for (let k = 0; k < c.a.length; k++) {
      const x = c.a[k]!;
      const y = c.b[k]!;
      if (x.text === y.text) {
        flushStyle();
        push('equal', x.text, false);
      } else if (x.core === y.core) {
        flushStyle();
        push('equal', x.core, false);
        if (beforeChange && k === c.a.length - 1) {
          carryA = x.text.slice(x.core.length);
          carryB = y.text.slice(y.core.length);
        } else {
          // Only the space after the word differs (NBSP, thin space, line break): a style change.
          styleA = x.text.slice(x.core.length);
          styleB = y.text.slice(y.core.length);
        }
      } else {
        styleA += x.text;
        styleB += y.text;
      }
    }
  });
  flushStyle();
  return out;
}
