import { describe, expect, it } from 'vitest';
import { measureDevSet, WIKINEWS, WIKINEWS_DEV2, WIKINEWS_HELDOUT } from '../../scripts/accuracy.ts';

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

const dev2 = measureDevSet(WIKINEWS_DEV2);

describe('quote accuracy on the second Wikinews dev set', () => {
  it('reads every labelled article and keeps its figures above a floor', () => {
    expect([dev2.articles, dev2.direct.labels, dev2.reported.labels, dev2.scare.labels]).toEqual([30, 93, 94, 12]);
    expect(dev2.direct.f1).toBeGreaterThanOrEqual(0.95);
    expect(dev2.speakerOfFound.correct / dev2.speakerOfFound.of).toBeGreaterThanOrEqual(0.76);
  });
});

// Labelled blind after the rules were written and never used to write one: a floor against regressions only.
const heldOut = measureDevSet(WIKINEWS_HELDOUT);

describe('quote accuracy on the held-out Wikinews set', () => {
  it('reads every labelled article', () => {
    expect([heldOut.articles, heldOut.direct.labels, heldOut.reported.labels, heldOut.scare.labels]).toEqual([20, 72, 110, 2]);
  });
  it('finds direct quotations and names their speakers as measured at its first run', () => {
    expect(heldOut.direct.f1).toBeGreaterThanOrEqual(0.95);
    expect(heldOut.all.f1).toBeGreaterThanOrEqual(0.74);
    expect(heldOut.speakerOfFound.correct / heldOut.speakerOfFound.of).toBeGreaterThanOrEqual(0.68);
  });
});
