import { describe, expect, it } from 'vitest';
import { measureDevSet, WIKINEWS } from '../../scripts/accuracy.ts';

// Seventy-two real articles built as the site builds them: too slow for the unit loop. Floors a little below the
// figures measured now (README, Accuracy); the labels were used to write the rules after the first (blind) run, so
// these guard against regressions rather than measure reach.
const wikinews = measureDevSet(WIKINEWS);

describe('quote accuracy on the Wikinews dev set', () => {
  it('reads every labelled article', () => {
    expect([wikinews.articles, wikinews.direct.labels, wikinews.reported.labels, wikinews.scare.labels]).toEqual([72, 310, 448, 80]);
  });
  it('finds direct quotations and reported speech and names their speakers', () => {
    expect(wikinews.direct.f1).toBeGreaterThanOrEqual(0.95);
    expect(wikinews.reported.f1).toBeGreaterThanOrEqual(0.74);
    expect(wikinews.all.f1).toBeGreaterThanOrEqual(0.85);
    expect(wikinews.speakerOfFound.correct / wikinews.speakerOfFound.of).toBeGreaterThanOrEqual(0.89);
  });
});
