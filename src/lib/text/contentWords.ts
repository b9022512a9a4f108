// Content words: what a text is about, without the words every text shares.
import { words } from './tokens.ts';

const STOPWORDS = new Set(
  (
    'the a an of on in at to for with by from and or but nor as that which who whose whom than into onto upon ' +
    'his her its their our my your he she it they we you i him them us me is are was were be been being has have had ' +
    'will would can could should may might must not no this these those about over under between after before during ' +
    'via across against among also just more most some any all its what when where why how there here then so if ' +
    'said says say told new one two up out do does did'
  ).split(' '),
);

/** Lowercased words of three or more characters that are not function words, with possessive endings removed. */
export function contentWords(text: string): string[] {
  return contentWordsOf(words(text.toLowerCase()));
}

/** The same, from words already split and lowercased: segmenting is the expensive part. */
export function contentWordsOf(lowerWords: string[]): string[] {
  return lowerWords.map((w) => w.replace(/[’']s$/u, '')).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
}
