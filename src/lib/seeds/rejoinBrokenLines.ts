// Captures sometimes break a paragraph mid-sentence ("… carried in English on the" / "Kremlin website.").
// Such a line cannot end a sentence, so it is joined with the next one.
import type { SourceLine } from './markdownLines.ts';
import { ENDS_SENTENCE, endsWithStop } from '../text/sentenceEnd.ts';

export interface JoinedLine extends SourceLine {
  /** Every source line the text came from. */
  lines: number[];
  /** A blank line stood before it in the seed. */
  gapBefore: boolean;
}

/**
 * Words that cannot end a sentence in English, French, German or Spanish copy: articles, prepositions,
 * conjunctions, possessives and auxiliaries. A line ending in one of them was cut mid-sentence.
 */
const NON_FINAL_WORDS = new Set(
  (
    'the a an of on in at to for with by from and or but nor as that which who whose whom than into onto upon ' +
    'his her its their our my your is are was were be been being has have had will would can could should may might must ' +
    'not this these those about over under between after before during via across against among toward towards ' +
    'le la les un une des du de et ou au aux der die das den dem des ein eine einen und oder el los las y del al'
  ).split(' '),
);

/** A byline's opening: the word for "by" in the languages the function words above cover, then a capital. */
const BYLINE_START = /^(?:by|von|par|por|di|door)\s+\p{Lu}/u;

const ENDS_CLOSED = endsWithStop('.!?…:;"”’»“‘«›‹)\\]');

export function rejoinBrokenLines(lines: SourceLine[], sourceText: string): JoinedLine[] {
  const source = sourceText.split('\n');
  const out: JoinedLine[] = [];
  for (const l of lines) {
    const gapBefore = l.line > 1 && (source[l.line - 2] ?? '').trim() === '';
    const prev = out[out.length - 1];
    if (prev && isCutMidSentence(prev, l)) {
      const hyphenated = /\p{L}-$/u.test(prev.text);
      prev.text = hyphenated ? prev.text + l.text : `${prev.text} ${l.text}`;
      prev.links.push(...l.links);
      prev.lines.push(l.line);
      continue;
    }
    out.push({ ...l, links: [...l.links], lines: [l.line], gapBefore });
  }
  return out;
}

function isCutMidSentence(a: JoinedLine, b: SourceLine): boolean {
  if (a.heading !== null || b.heading !== null || a.listItem || b.listItem) return false;
  if (ENDS_CLOSED.test(a.text) || /^<?https?:\/\//i.test(b.text)) return false;
  // "by Jane Doe", "von Max Muster" under a headline start the byline; a sentence cut before "by" goes on in lower case.
  if (BYLINE_START.test(b.text) && !ENDS_SENTENCE.test(b.text)) return false;
  const aWords = a.text.split(/\s+/);
  if (aWords.length < 3) return false;
  const last = aWords[aWords.length - 1]!.toLowerCase();
  return NON_FINAL_WORDS.has(last) || /\p{L}-$/u.test(a.text) || /^\p{Ll}/u.test(b.text);
}
