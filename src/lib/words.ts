// Word tokens shared by every module that counts or compares words.

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The words of a text, in order. "Putin’s" and "re-election" count as one word each. */
export function words(text: string): string[] {
  const out: string[] = [];
  let joinNext = false;
  for (const s of wordSegmenter.segment(text)) {
    if (s.isWordLike) {
      if (joinNext && out.length) out[out.length - 1] += '-' + s.segment;
      else out.push(s.segment);
      joinNext = false;
    } else {
      // ICU splits at hyphens; a hyphen between two letters joins one word.
      joinNext = s.segment === '-' && out.length > 0 && s.index > 0 && /[\p{L}\p{N}]$/u.test(text.slice(0, s.index));
    }
  }
  return out;
}

export function countWords(text: string): number {
  return words(text).length;
}
