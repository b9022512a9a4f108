// The one tokeniser: every stage that counts, shingles, compares or reads words takes them from `tokenize`, so a word
// is the same word everywhere (articles.json and comparisons.json count the same `bodyWords`).

import { memoByText } from './memo.ts';

export interface Token {
  text: string;
  lower: string;
  /** Offsets in the text the token was read from: `text.slice(start, end)` is the token. */
  start: number;
  end: number;
}

/**
 * A run of letters, marks and digits. Joined into one word: an apostrophe or hyphen between letters ("Putin’s",
 * "re-election", "RIA-Novosti"), a dot or comma between digits ("3.5", "1,000"), and a dot between letters ("U.S",
 * "kremlin.ru"), as Unicode word boundaries do. A regular expression, not Intl.Segmenter: linear, about ten times faster on the corpus, and the
 * same on every ICU version.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[’'\-]|(?<=\p{N})[.,](?=\p{N})|(?<=\p{L}\p{M}*)\.(?=\p{L}))[\p{L}\p{M}\p{N}]+)*/gu;

/** Scripts written without spaces between words: each character is a token, so shingles and diffs still work. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;

/** Word tokens with their offsets, in order. */
/** Distinct texts whose tokens are kept (a 5,000-article corpus has about 100,000 blocks and sentences). */
const TOKEN_CACHE_SIZE = 50_000;

/** Word tokens with their offsets, in order. The array is shared by every caller of the same text: never modify it. */
export const tokenize: (text: string) => Token[] = memoByText(TOKEN_CACHE_SIZE, tokenizeUncached);

function tokenizeUncached(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (!UNSPACED.test(word)) {
      out.push({ text: word, lower: word.toLowerCase(), start: m.index, end: m.index + word.length });
      continue;
    }
    let run = '';
    let runStart = m.index;
    let at = m.index;
    const flush = () => {
      if (run) out.push({ text: run, lower: run.toLowerCase(), start: runStart, end: runStart + run.length });
      run = '';
    };
    for (const ch of word) {
      if (UNSPACED.test(ch)) {
        flush();
        out.push({ text: ch, lower: ch, start: at, end: at + ch.length });
      } else {
        if (!run) runStart = at;
        run += ch;
      }
      at += ch.length;
    }
    flush();
  }
  return out;
}

/** The words of a text, in order. */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}

export function countWords(text: string): number {
  return tokenize(text).length;
}

/** The text between token i-1 and token i (empty past the last token): only whitespace means one phrase. */
export function gapBefore(text: string, toks: Token[], i: number): string {
  const t = toks[i];
  return t ? text.slice(i > 0 ? toks[i - 1]!.end : 0, t.start) : '';
}
