// Where a sentence ends, in every quotation style Wiretrace reads. One definition, because the block classifier, the
// line rejoiner, the sentence splitter and attribution each ask it, and a style one of them forgets loses text: a
// German paragraph closing on „… handeln.“ was once read as page furniture.

/**
 * What may stand after a sentence's stop: the closing marks of English (” ’ " '), of German („…“ ‚…‘), the
 * guillemets of French, Swiss and Danish copy (» « › ‹), and brackets. French sets a no-break or thin space before
 * a closing guillemet (« … . »), so a space may come before each mark.
 */
const CLOSERS_AFTER_STOP = String.raw`(?:[\s\u00a0\u202f]*[”’"'“‘»«›‹)\]])*`;

/**
 * A test that a text ends with one of `stops` (a character class body, such as `.!?…`), any closing marks, then
 * what `space` allows (a regular expression such as `\s*`; nothing by default).
 */
export function endsWithStop(stops: string, space = ''): RegExp {
  return new RegExp(`[${stops}]${CLOSERS_AFTER_STOP}${space}$`, 'u');
}

/** Ends a sentence: a full stop, question or exclamation mark or ellipsis, then any closing marks. */
export const ENDS_SENTENCE = endsWithStop('.!?…');

/**
 * A paragraph's inline dateline, up to the dash after it: "9 novembre 2012. - " (French Wikinews), "WASHINGTON (AP) —
 * ", "LONDON, March 3 (Reuters) - ", "PARIS — ". The word after it opens the first sentence, as a word after a full
 * stop does: the name of "PARIS — Thierry Roland died" is that sentence's subject.
 */
const DATELINE_LEAD = /^(?:\p{Lu}{2,}[\p{Lu}\s'’.-]*(?:,?\s+[\p{Lu}\d][\p{L}\d.]*){0,5}(?:\s+\([^)\n]{1,40}\))?|(?:\S+\s+){0,4}\d{4}\.?|[^\n]{0,60}\))\s+[-–—]{1,2}\s+$/u;
/** An inline dateline is short: a lead longer than this is a sentence with a dash in it. */
const DATELINE_LEAD_MAX = 80;

/** The text before `offset` is an inline dateline and its dash. */
export function followsDatelineLead(text: string, offset: number): boolean {
  return offset <= DATELINE_LEAD_MAX && DATELINE_LEAD.test(text.slice(0, offset));
}

/** How many characters of a paragraph its inline dateline and dash take ("TORONTO — "), 0 when it has none. */
export function datelineLength(text: string): number {
  for (const m of text.slice(0, DATELINE_LEAD_MAX).matchAll(/\s[-–—]{1,2}\s+/gu)) {
    const offset = m.index + m[0].length;
    if (followsDatelineLead(text, offset)) return offset;
  }
  return 0;
}
