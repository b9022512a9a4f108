import { describe, expect, it } from 'vitest';
import { compareStories } from '../../../src/lib/pipeline.ts';
import { buildQuoteIndex } from '../../../src/lib/quotes/index.ts';
import { unidentifiedSpeaker } from '../../../src/lib/present/quoteIndexView.ts';
import { frozenSeeds } from '../../support/frozenSeeds.ts';

// The seeds as the build groups them: Euronews's "China's number one" stands in a story that never calls Xi China's
// president, so no one is identified there.
const seeds = frozenSeeds().articles;
const storyOf = new Map(compareStories(seeds).stories.flatMap((s) => s.articles.map((id) => [id, s.id] as const)));
const { quotes } = buildQuoteIndex(seeds, (id) => storyOf.get(id)!);

describe('unidentifiedSpeaker', () => {
  it('gives the words an article credits when nobody could be identified, and nothing when somebody was', () => {
    const numberOne = quotes.find((g) => g.speaker === null && g.occurrences.some((o) => o.speakerMention === "China's number one"))!;
    expect(unidentifiedSpeaker(numberOne)).toBe("China's number one");
    const named = quotes.find((g) => g.speaker === 'Vladimir Putin')!;
    expect(unidentifiedSpeaker(named)).toBeUndefined();
    const nobody = quotes.find((g) => g.speaker === null && g.occurrences.every((o) => !o.speakerMention))!;
    expect(unidentifiedSpeaker(nobody)).toBeUndefined();
  });
});
