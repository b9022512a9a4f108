import { describe, expect, it } from 'vitest';
import {
  MADEUP_EN,
  measureDevSet,
  PAGES_DE_DEV,
  PAGES_DE_DEV2,
  PAGES_DE_HELDOUT,
  PAGES_EN_DEV,
  PAGES_EN_HELDOUT,
  PAGES_INTL_DEV,
  PAGES_INTL_HELDOUT,
  WIKINEWS,
  WIKINEWS_DEV2,
  WIKINEWS_DEV3,
  WIKINEWS_HELDOUT,
  WIKINEWS_HELDOUT2,
  WIKINEWS_HELDOUT3,
  WIKINEWS_DEV4,
  WIKINEWS_HELDOUT4,
  WIKINEWS_FR_DEV,
  WIKINEWS_FR_HELDOUT,
} from '../../scripts/accuracy.ts';

// Real articles built as the site builds them: too slow for the unit loop. Floors a little below the figures measured
// now (README, Accuracy). The dev sets were used to write rules after their first (blind) run, so their floors guard
// against regressions rather than measure reach; the held-out sets were never used to write a rule.
const SETS: {
  dir: string;
  what: string;
  /** Articles, direct, reported and scare labels: the set is read whole. */
  counts: [number, number, number, number];
  floors: { direct: number; all: number; speaker: number; reported?: number };
}[] = [
  { dir: WIKINEWS, what: 'the Wikinews dev set', counts: [72, 310, 448, 80], floors: { direct: 0.95, reported: 0.76, all: 0.86, speaker: 0.9 } },
  { dir: WIKINEWS_DEV2, what: 'the second dev set', counts: [30, 93, 94, 12], floors: { direct: 0.95, reported: 0.71, all: 0.84, speaker: 0.85 } },
  { dir: WIKINEWS_DEV3, what: 'the third dev set', counts: [27, 101, 113, 9], floors: { direct: 0.95, reported: 0.71, all: 0.83, speaker: 0.86 } },
  { dir: WIKINEWS_HELDOUT, what: 'the held-out set', counts: [20, 72, 110, 2], floors: { direct: 0.95, all: 0.81, speaker: 0.79 } },
  { dir: WIKINEWS_HELDOUT2, what: 'the second held-out set', counts: [27, 93, 123, 8], floors: { direct: 0.97, all: 0.81, speaker: 0.74 } },
  // Labelled blind after the thirteenth pass's rules were written; measured, never tuned on.
  { dir: WIKINEWS_HELDOUT3, what: 'the third held-out set', counts: [25, 60, 63, 9], floors: { direct: 0.95, reported: 0.75, all: 0.86, speaker: 0.69 } },
  // Labelled blind at the start of the fourteenth pass, which was written from the dev set's misses (speakers 71.7% on
  // its first run); the held-out article was only measured.
  { dir: WIKINEWS_DEV4, what: 'the fourth dev set', counts: [27, 121, 115, 16], floors: { direct: 0.97, reported: 0.68, all: 0.83, speaker: 0.87 } },
  { dir: WIKINEWS_HELDOUT4, what: 'the fourth held-out set', counts: [1, 39, 89, 1], floors: { direct: 0.97, reported: 0.77, all: 0.83, speaker: 0.48 } },
  // French Wikinews, labelled blind in the fifteenth session: rules were written from the dev set's misses only.
  { dir: WIKINEWS_FR_DEV, what: 'the French dev set', counts: [37, 79, 37, 13], floors: { direct: 0.98, reported: 0.5, all: 0.85, speaker: 0.68 } },
  { dir: WIKINEWS_FR_HELDOUT, what: 'the French held-out set', counts: [37, 119, 63, 23], floors: { direct: 0.96, reported: 0.46, all: 0.83, speaker: 0.36 } },
  // Real web pages of other outlets and languages: speakers in German and the other languages are far from the English
  // figures, so these floors hold what the seventeenth pass reached rather than a target.
  // (66.9% after the fifteenth pass, one quotation fewer than after the fourteenth: one of its rules cost it, and which
  // one is not looked for on a held-out set.)
  { dir: PAGES_EN_HELDOUT, what: 'English pages (held out)', counts: [30, 165, 148, 71], floors: { direct: 0.9, reported: 0.69, all: 0.81, speaker: 0.66 } },
  { dir: PAGES_DE_DEV, what: 'German pages (dev)', counts: [19, 63, 67, 38], floors: { direct: 0.86, reported: 0.54, all: 0.71, speaker: 0.63 } },
  // (Reported F1 50.9 -> 49.4% in the eighteenth pass, precision 74.6 -> 71.7%, recall 38.6 -> 37.7%: reading an
  // "according to" source of up to fourteen words, not ten, gained on six dev sets and cost this set; the rule was kept
  // on the dev sets' evidence.)
  { dir: PAGES_DE_HELDOUT, what: 'German pages (held out)', counts: [19, 90, 114, 61], floors: { direct: 0.84, reported: 0.49, all: 0.68, speaker: 0.57 } },
  { dir: PAGES_INTL_DEV, what: 'French, Spanish, Portuguese, Polish and Italian pages (dev)', counts: [11, 72, 73, 18], floors: { direct: 0.96, reported: 0.57, all: 0.8, speaker: 0.55 } },
  { dir: PAGES_INTL_HELDOUT, what: 'French, Spanish, Portuguese, Polish and Italian pages (held out)', counts: [10, 31, 41, 5], floors: { direct: 0.92, reported: 0.22, all: 0.62, speaker: 0.37 } },
  // Forty pages of outlets no earlier set had, labelled blind in the ninth session and used to write rules since.
  { dir: PAGES_EN_DEV, what: 'English pages (second dev set)', counts: [24, 196, 182, 42], floors: { direct: 0.9, reported: 0.69, all: 0.82, speaker: 0.78 } },
  { dir: PAGES_DE_DEV2, what: 'German pages (second dev set)', counts: [16, 107, 93, 45], floors: { direct: 0.89, reported: 0.68, all: 0.81, speaker: 0.64 } },
  // Made-up English news in many outlets' styles, written blind by a helper in the eighteenth session; rules were
  // written from its misses after its first run.
  { dir: MADEUP_EN, what: 'made-up English news', counts: [12, 89, 75, 6], floors: { direct: 0.96, reported: 0.82, all: 0.9, speaker: 0.87 } },
];

for (const set of SETS) {
  const s = measureDevSet(set.dir);
  describe(`quote accuracy on ${set.what}`, () => {
    it('reads every labelled article', () => {
      expect([s.articles, s.direct.labels, s.reported.labels, s.scare.labels]).toEqual(set.counts);
    });
    it('finds direct quotations and reported speech and names their speakers', () => {
      expect(s.direct.f1).toBeGreaterThanOrEqual(set.floors.direct);
      if (set.floors.reported !== undefined) expect(s.reported.f1).toBeGreaterThanOrEqual(set.floors.reported);
      expect(s.all.f1).toBeGreaterThanOrEqual(set.floors.all);
      expect(s.speakerOfFound.correct / s.speakerOfFound.of).toBeGreaterThanOrEqual(set.floors.speaker);
    });
  });
}
