// Which of the lines no furniture rule claimed are the article's text. Body is earned from evidence. Each line is
// first judged alone, as jusText does (Pomikálek 2011): long and full of function words is prose, a whole sentence is
// borderline, short is undecided, long with few function words is a list of names, tags or code. Then, as the Body
// Text Extraction method (Finn, Kushmerick and Smyth 2001) and readability keep the densest part of a page, the
// article is the run of lines where prose most outweighs furniture: prose words count for it, the words of short lines
// and lists against it. Inside that run, borderline lines and short lines between paragraphs are the article's (a
// subhead, a one-line paragraph); a stretch of several short lines is furniture (an inline link box). A second run of
// prose elsewhere on the page is kept only when it weighs at least half as much (an article split by a widget).
/** What the smoothing needs to know about one line. */
export interface LineEvidence {
  /** Characters of the line's text. */
  chars: number;
  words: number;
  /** Share of its words that are function words of the page's language. */
  functionShare: number;
  sentenceEnd: boolean;
  /** A sentence: it starts with a capital, closes with sentence punctuation and has a few words. */
  prose: boolean;
  /** A furniture rule already gave the line a kind: the smoothing looks through it. */
  claimed: boolean;
  /** The line cannot be article text whatever its neighbours (it is in the reader comments …). */
  excluded: string | null;
}

export interface BodyDecision {
  body: boolean;
  reason: string;
}

// jusText's defaults: length_low 70 and length_high 200 characters, stopword densities 0.30 and 0.32 for its own
// lists. The function-word shares are set for the longer stopwords-iso lists from the held-out captures, whose article
// paragraphs have a share of 0.37 or more (5th percentile; median 0.54). The weights and run limits below were set on
// the real pages of tests/fixtures/extraction (npm run accuracy:extraction).
/** Shorter lines are undecided on their own: a subhead, a one-line paragraph and a menu item look alike. */
export const SHORT_BELOW_CHARS = 70;
/** From this length a line with enough function words is prose even without closing punctuation. */
export const LONG_FROM_CHARS = 200;
/** At least this share of function words reads as prose. */
export const PROSE_FUNCTION_SHARE = 0.32;
/** Between this share and the prose share a line is borderline: where it stands decides. */
export const BORDERLINE_FUNCTION_SHARE = 0.25;
/**
 * What a borderline line's words count for the run, against a paragraph's full weight: languages without articles
 * (Polish, Finnish) write prose with fewer function words, so a whole sentence still counts for the article.
 */
export const BORDERLINE_WEIGHT = 0.5;
/** More short lines than this in a row, inside the article's run, are a box of links or labels, not subheads. */
export const MAX_SHORT_LINES_IN_BODY = 2;
/** A run of prose apart from the main one is kept when it weighs at least this share of the main run. */
export const SECONDARY_RUN_SHARE = 0.5;

type Evidence = 'good' | 'borderline' | 'short' | 'bad';

export function decideBody(lines: LineEvidence[]): (BodyDecision | null)[] {
  const n = lines.length;
  const cls: (Evidence | null)[] = lines.map((l) => (l.claimed ? null : l.excluded ? 'bad' : alone(l)));
  // A page without a single paragraph of prose is a short article: its borderline lines are all it has.
  const noProse = !cls.includes('good');
  const weight = cls.map((c, i) => {
    const words = Math.max(1, lines[i]!.words);
    if (c === null) return -1;
    if (c === 'good') return words;
    if (c === 'borderline') return noProse ? words : words * BORDERLINE_WEIGHT;
    return -words;
  });

  const inRun = new Array<boolean>(n).fill(false);
  const main = densestRun(weight, 0, n);
  const keep = (lo: number, hi: number) => {
    const run = densestRun(weight, lo, hi);
    if (!run || run.sum <= 0 || run.sum < main!.sum * SECONDARY_RUN_SHARE) return;
    // A borderline line just beyond each edge (a lede dense with names, past a subhead or two) belongs to the run too.
    const reach = (from: number, step: 1 | -1) => {
      let shorts = 0;
      for (let i = from + step; i >= lo && i < hi; i += step) {
        if (cls[i] === 'borderline') return i;
        if (cls[i] === 'short' && shorts < MAX_SHORT_LINES_IN_BODY) shorts++;
        else if (cls[i] !== null) break;
      }
      return from;
    };
    const start = reach(run.start, -1);
    const end = reach(run.end, 1);
    for (let i = start; i <= end; i++) inRun[i] = true;
    keep(lo, start);
    keep(end + 1, hi);
  };
  if (main) keep(0, n);

  const out: (BodyDecision | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    const c = cls[i];
    if (c === null) continue;
    const l = lines[i]!;
    if (c === 'bad') {
      out[i] = { body: false, reason: l.excluded ?? 'too few function words for prose (a list of names, tags or links)' };
    } else if (!inRun[i]) {
      out[i] = {
        body: false,
        reason: c === 'short' ? 'a short line among page furniture (menus, labels, teaser titles)' : 'prose apart from the article’s main run of paragraphs (a teaser or another story)',
      };
    } else if (c === 'good') {
      out[i] = { body: true, reason: 'a paragraph of prose' };
    } else if (c === 'borderline') {
      out[i] = { body: true, reason: noProse ? 'borderline prose on a page without longer paragraphs' : 'borderline prose inside the article’s run of paragraphs' };
    }
  }
  // Short lines inside the run: body alone or in pairs, furniture in longer stretches.
  for (let i = 0; i < n; ) {
    if (cls[i] !== 'short' || !inRun[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && inRun[j] && (cls[j] === 'short' || cls[j] === null)) j++;
    const stretch = cls.slice(i, j).filter((c) => c === 'short').length;
    for (let k = i; k < j; k++) {
      if (cls[k] !== 'short') continue;
      out[k] =
        stretch <= MAX_SHORT_LINES_IN_BODY
          ? { body: true, reason: 'a short line inside the article’s run of paragraphs (a subhead or one-line paragraph)' }
          : { body: false, reason: 'one of several short lines in a row (a box of links or labels)' };
    }
    i = j;
  }
  return out;
}

/** The stretch of lines in [lo, hi) whose weights have the largest sum (Kadane), or null for an empty range. */
function densestRun(weight: number[], lo: number, hi: number): { start: number; end: number; sum: number } | null {
  let best: { start: number; end: number; sum: number } | null = null;
  let sum = 0;
  let start = lo;
  for (let i = lo; i < hi; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weight[i]!;
    if (!best || sum > best.sum) best = { start, end: i, sum };
  }
  return best;
}

function alone(l: LineEvidence): Evidence {
  // A whole sentence is never worse than borderline: news copy packs ledes with names and numbers. A line without
  // closing punctuation is title-like until it is paragraph-long: a teaser, a caption, a subhead.
  if (l.chars < SHORT_BELOW_CHARS || (!l.sentenceEnd && l.chars < LONG_FROM_CHARS)) return l.prose ? 'borderline' : 'short';
  if (l.functionShare >= PROSE_FUNCTION_SHARE) return 'good';
  return l.prose || l.functionShare >= BORDERLINE_FUNCTION_SHARE ? 'borderline' : 'bad';
}
