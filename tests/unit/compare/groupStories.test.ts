import { describe, expect, it } from 'vitest';
import { groupStories, findTextLinks } from '../../../src/lib/stories/groupStories.ts';
import { frozenSeeds } from '../../support/frozenSeeds.ts';
import { makeArticle } from '../../support/makeArticle.ts';
import { OTHER, PARAS } from './makeArticle.ts';

describe('groupStories on the seeds', () => {
  const { articles } = frozenSeeds();
  const stories = groupStories(articles);

  it('puts the two versions of one report together, and the two related reports together', () => {
    expect(stories.map((s) => s.articles)).toEqual([
      ['2024-05-15-moscow-times', 'ndtv-putin-hails-china'],
      ['euronews-putin-thanks-china', 'sky-news-putin-thanks-xi'],
      ['unknown-outlet-putin-grateful-to-beijing'],
    ]);
  });

  it('tells a version link from a related link, with strengths to match', () => {
    const [versions, related] = stories;
    expect(versions!.links).toHaveLength(1);
    expect(versions!.links[0]).toMatchObject({ relation: 'version' });
    expect(versions!.links[0]!.strength).toBeGreaterThan(0.8);
    expect(related!.links[0]).toMatchObject({ relation: 'related' });
    expect(related!.links[0]!.strength).toBeLessThan(0.5);
    expect(related!.versionGroups).toEqual([['euronews-putin-thanks-china'], ['sky-news-putin-thanks-xi']]);
  });
});

describe('groupStories on made-up articles', () => {
  const full = makeArticle('full', PARAS);
  const trimmed = makeArticle('trimmed', PARAS.slice(0, 3));
  const other = makeArticle('other', OTHER);

  it('links a trimmed version to the full one and leaves an unrelated article alone', () => {
    const stories = groupStories([other, trimmed, full]);
    expect(stories.map((s) => s.articles)).toEqual([['full', 'trimmed'], ['other']]);
    expect(stories[0]!.links[0]).toMatchObject({ a: 'full', b: 'trimmed', relation: 'version', strength: 1 });
  });

  it('never relates articles through captions or boilerplate', () => {
    const a = makeArticle('a', [...PARAS.slice(0, 2), { kind: 'caption', text: OTHER.join(' ') }]);
    const b = makeArticle('b', [...OTHER.slice(0, 0), PARAS[5]!, { kind: 'boilerplate', text: OTHER.join(' ') }]);
    expect(findTextLinks([a, b])).toEqual([]);
  });

  it('lets a front-matter pin join articles the text cannot, and keeps differently pinned articles apart', () => {
    const pinnedOther = makeArticle('other', OTHER, { storyPin: 'harbour' });
    const pinnedFull = makeArticle('full', PARAS, { storyPin: 'harbour' });
    expect(groupStories([pinnedFull, pinnedOther]).map((s) => [s.id, s.articles, s.pinned])).toEqual([
      ['harbour', ['full', 'other'], true],
    ]);
    const apart = groupStories([makeArticle('full', PARAS, { storyPin: 'one' }), makeArticle('copy', PARAS, { storyPin: 'two' })]);
    expect(apart.map((s) => s.articles)).toEqual([['full'], ['copy']]);
  });

  it('gives an article with no body text a story of its own', () => {
    const empty = makeArticle('empty', [{ kind: 'headline', text: PARAS[0]! }]);
    expect(groupStories([empty, full]).map((s) => s.articles)).toEqual([['empty'], ['full']]);
  });
});
