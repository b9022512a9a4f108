// Word tokens shared by every module that counts or compares words.

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Iterating Intl.Segmenter over one long string gets slower per segment as the string grows (V8 copies it), so a
 * 100,000-word paragraph took minutes. Long texts are segmented in pieces cut just after a run of whitespace, where
 * a word boundary always falls; `index` stays relative to the piece, so callers use the segments' text only.
 */
const SEGMENT_CHUNK = 512;
export function* wordSegments(text: string): Generator<Intl.SegmentData> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + SEGMENT_CHUNK);
    if (end < text.length) {
      const ws = /\s+/gu;
      ws.lastIndex = end;
      const m = ws.exec(text);
      end = m ? m.index + m[0].length : text.length;
    }
    yield* wordSegmenter.segment(text.slice(start, end));
    start = end;
  }
}

/** The words of a text, in order. "Putin’s" and "re-election" count as one word each. */
export function words(text: string): string[] {
  const out: string[] = [];
  let joinNext = false;
  let previous = '';
  for (const s of wordSegments(text)) {
    if (s.isWordLike) {
      if (joinNext && out.length) out[out.length - 1] += '-' + s.segment;
      else out.push(s.segment);
      joinNext = false;
    } else {
      // ICU splits at hyphens; a hyphen right after a letter or digit (the previous segment's last character)
      // joins one word. Looking at the previous segment, not the text so far, keeps this linear in the text.
      joinNext = s.segment === '-' && out.length > 0 && /[\p{L}\p{N}]$/u.test(previous);
    }
    previous = s.segment;
  }
  return out;
}

export function countWords(text: string): number {
  return words(text).length;
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Word tokens with their offsets; apostrophes and hyphens inside a word stay in it ("Putin’s", "RIA-Novosti"). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:[’'\-][\p{L}\p{M}\p{N}]+)*/gu)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The text between token i-1 and token i (empty past the last token): only whitespace means one phrase. */
export function gapBefore(text: string, toks: Token[], i: number): string {
  const t = toks[i];
  return t ? text.slice(i > 0 ? toks[i - 1]!.end : 0, t.start) : '';
}
