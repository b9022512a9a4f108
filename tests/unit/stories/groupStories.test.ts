import { describe, expect, it } from 'vitest';
import { groupStories, type StoryGroup } from '../../../src/lib/stories/groupStories.ts';
import type { Article } from '../../../src/lib/records/article.ts';
import { frozenSeeds } from '../../support/frozenSeeds.ts';
import { makeArticle, type Para } from '../../support/makeArticle.ts';
import { HARBOUR, MERGER, POST, PROMO, RAIL, RESCUE, VIOLIN } from './reports.ts';

const article = (id: string, paras: Para[], extra: Partial<Article> = {}): Article => ({ ...makeArticle(id, paras), ...extra });
const storyOf = (stories: StoryGroup[], id: string) => stories.find((s) => s.articles.includes(id))!;
const together = (stories: StoryGroup[]) => stories.map((s) => s.articles);

describe('the story model on the seeds', () => {
  const stories = groupStories(frozenSeeds().articles);

  it('makes the two versions of one report one story, with a reference and a parent', () => {
    const s = storyOf(stories, 'ndtv-putin-hails-china');
    expect(s.articles).toEqual(['2024-05-15-moscow-times', 'ndtv-putin-hails-china']);
    expect(s.members.map((m) => [m.article, m.parent])).toEqual([
      ['2024-05-15-moscow-times', null],
      ['ndtv-putin-hails-china', '2024-05-15-moscow-times'],
    ]);
    expect(s.links).toEqual([expect.objectContaining({ a: '2024-05-15-moscow-times', b: 'ndtv-putin-hails-china', relation: 'version' })]);
  });

  it('links two reports that share a few passages, without merging them', () => {
    const euronews = storyOf(stories, 'euronews-putin-thanks-china');
    expect(euronews.articles).toEqual(['euronews-putin-thanks-china']);
    expect(euronews.related).toEqual([expect.objectContaining({ other: 'sky-news-putin-thanks-xi', story: 'sky-news-putin-thanks-xi' })]);
  });
});

describe('the story model on made-up corpora with the pathologies of real coverage', () => {
  const wire = (id: string, paras: string[], extra: Partial<Article> = {}) => article(id, paras, { published: '2024-03-04', ...extra });

  it('recognises a digest page, links it to each report it quotes, and makes it a member of none', () => {
    const reports = [wire('harbour', HARBOUR), wire('violin', VIOLIN), wire('rail', RAIL), wire('rescue', RESCUE)];
    const digest = wire('briefing', ['Your morning briefing', HARBOUR[0]!, VIOLIN[0]!, RAIL[0]!, RESCUE[0]!]);
    const stories = groupStories([...reports, digest]);
    expect(together(stories)).toEqual([['briefing'], ['harbour'], ['rail'], ['rescue'], ['violin']]);
    const d = storyOf(stories, 'briefing');
    expect(d.kind).toBe('digest');
    expect(d.related.map((r) => r.story).sort()).toEqual(['harbour', 'rail', 'rescue', 'violin']);
  });

  it('recognises an aggregator page of headlines and first sentences the same way', () => {
    const reports = [wire('harbour', HARBOUR), wire('rail', RAIL), wire('merger', MERGER)];
    const page = wire('top-headlines', ['Breakwater approved', `${HARBOUR[0]} Read more`, 'Drivers strike', `${RAIL[0]} Read more`, 'Chip giants merge', `${MERGER[0]} Read more`]);
    const stories = groupStories([...reports, page]);
    expect(storyOf(stories, 'top-headlines')).toMatchObject({ kind: 'digest', articles: ['top-headlines'] });
    expect(together(stories)).toHaveLength(4);
  });

  it('does not let one outlet’s promo text, at the end of every page, join its reports', () => {
    const pages = [wire('courier-harbour', [...HARBOUR, PROMO]), wire('courier-violin', [...VIOLIN, PROMO]), wire('courier-rail', [...RAIL, PROMO]), wire('courier-rescue', [...RESCUE, PROMO])];
    const stories = groupStories(pages);
    expect(stories).toHaveLength(4);
    expect(stories.flatMap((s) => s.related)).toEqual([]);
  });

  it('does not let an embedded post shared by unrelated stories join or even relate them', () => {
    const pages = [wire('a', [...HARBOUR.slice(0, 3), POST]), wire('b', [...RAIL.slice(0, 3), POST]), wire('c', [...RESCUE, POST]), wire('d', [...MERGER, POST])];
    const stories = groupStories(pages);
    expect(stories).toHaveLength(4);
    expect(stories.flatMap((s) => s.related)).toEqual([]);
  });

  it('keeps a write-through in its story: each update of one site derives from the one before', () => {
    const url = (n: number) => ({ url: `https://valley.example/news/${n}`, outlet: 'Valley Courier' });
    const v1 = wire('v1', HARBOUR.slice(0, 4), { ...url(1), published: '2024-03-04' });
    const v2 = wire('v2', [...HARBOUR.slice(0, 4), 'Late on Monday the harbour master confirmed that work on the northern arm would begin in the first week of May.'], { ...url(2), published: '2024-03-05' });
    const v3 = wire('v3', [...HARBOUR.slice(0, 3), 'Late on Monday the harbour master confirmed that work on the northern arm would begin in the first week of May.', 'Contractors from two neighbouring counties have been invited to bid, with a decision due before the summer holidays.'], { ...url(3), published: '2024-03-06' });
    const stories = groupStories([v3, v1, v2]);
    expect(together(stories)).toEqual([['v1', 'v2', 'v3']]);
    const members = new Map(stories[0]!.members.map((m) => [m.article, m]));
    expect(members.get('v1')).toMatchObject({ derivation: 'reference', parent: null });
    expect(members.get('v2')).toMatchObject({ parent: 'v1', derivation: 'update' });
    expect(members.get('v3')).toMatchObject({ parent: 'v2', derivation: 'update' });
    // One direction per pair, older first.
    expect(stories[0]!.links.every((l) => l.a < l.b)).toBe(true);
  });

  it('publishes a transcript and its copies as one story, and keeps a report that quotes two of its lines apart', () => {
    const lines = Array.from({ length: 320 }, (_, i) => `${i % 2 ? 'MINISTER' : 'REPORTER'}: On item ${i + 1}, the figure for district ${(i * 7) % 53} was revised to ${1000 + i * 13} households.`);
    const quoting = wire('reaction', [...RAIL.slice(0, 2), `“${lines[40]!.replace(/^\w+: /, '')}”, the minister said.`, `“${lines[41]!.replace(/^\w+: /, '')}”`, ...RAIL.slice(2)]);
    const stories = groupStories([wire('transcript-a', lines), wire('transcript-b', lines), wire('transcript-c', lines.slice(0, 200)), quoting]);
    expect(together(stories)).toEqual([['reaction'], ['transcript-a', 'transcript-b', 'transcript-c']]);
  });

  it('makes a short page found inside a long report a trimmed version of it, but a short page from two reports a digest', () => {
    const stories = groupStories([wire('long', HARBOUR), wire('brief', HARBOUR.slice(1, 3)), wire('violin', VIOLIN), wire('mixed', [HARBOUR[4]!, VIOLIN[2]!])]);
    expect(storyOf(stories, 'brief').articles).toEqual(['brief', 'long']);
    expect(storyOf(stories, 'brief').members.find((m) => m.article === 'brief')).toMatchObject({ parent: 'long', derivation: 'trimmed' });
    expect(storyOf(stories, 'mixed')).toMatchObject({ kind: 'digest', articles: ['mixed'] });
  });

  it('makes a rewrite that takes a substantial part of a report and adds its own partly derived', () => {
    const own = ['Residents of the old quarter gathered outside the town hall to demand a say in how the seafront will look once work ends.', 'Several shop owners said trade had already fallen since the first surveyors arrived with their equipment in February.'];
    const stories = groupStories([wire('harbour', HARBOUR), wire('rewrite', [...HARBOUR.slice(0, 3), ...own])]);
    expect(together(stories)).toEqual([['harbour', 'rewrite']]);
    expect(stories[0]!.members.find((m) => m.article === 'rewrite')).toMatchObject({ derivation: 'partial' });
  });

  it('keeps daily reports on one template apart: the figures differ', () => {
    const day = (n: number, p: number[]) =>
      wire(`markets-${n}`, [
        `Gold closed at $${p[0]} an ounce on the day, as traders weighed the outlook for interest rates and the dollar.`,
        `Silver settled at $${p[1]}, while platinum ended the session at $${p[2]} and palladium at $${p[3]} an ounce in New York.`,
        `The benchmark index finished at ${p[4]} points on volume of ${p[5]} billion shares, with futures pricing a cut.`,
      ], { published: `2024-03-0${n}` });
    const stories = groupStories([day(1, [1321.5, 23.9, 1598.2, 1047.6, 4195, 3.2]), day(2, [1354.4, 15.3, 1136.8, 1871.8, 3858, 2.7])]);
    expect(together(stories)).toEqual([['markets-1'], ['markets-2']]);
  });

  it('keeps copies published months apart as separate reports', () => {
    expect(together(groupStories([wire('first', HARBOUR, { published: '2024-01-04' }), wire('again', HARBOUR, { published: '2024-06-04' })]))).toEqual([['again'], ['first']]);
  });

  it('matches text whose word spaces were dropped or whose letters are written in presentation forms', () => {
    const urdu = ['وزیر اعظم نے کہا ہے کہ حکومت اگلے ماہ نئی بندرگاہ کی تعمیر شروع کرے گی اور ماہی گیروں کو معاوضہ دیا جائے گا۔', 'انجینئرز کے مطابق یہ ڈھانچہ سردیوں کے طوفانوں سے چالیس کشتیوں کو محفوظ رکھے گا۔'];
    const noSpaces = urdu.map((p) => p.replace(/ا ہ/g, 'اہ').replace(/ے ک/g, 'ےک'));
    expect(together(groupStories([wire('urdu-a', urdu), wire('urdu-b', noSpaces)]))).toEqual([['urdu-a', 'urdu-b']]);
    const latin = ['The ﬁnal oﬃcial ﬁgures show the harbour ﬂeet grew by a ﬁfth in the ﬁrst quarter of the year.', 'Café owners near the quay reported record takings over the Easter weekend.'];
    const plain = latin.map((p) => p.normalize('NFKC').replace('Café', 'Cafe'));
    expect(together(groupStories([wire('ligatures', latin), wire('plain', plain)]))).toEqual([['ligatures', 'plain']]);
  });

  it('lets a front-matter pin join articles the text cannot, and keeps differently pinned articles apart', () => {
    expect(groupStories([wire('full', HARBOUR, { storyPin: 'harbour' }), wire('other', VIOLIN, { storyPin: 'harbour' })]).map((s) => [s.id, s.articles, s.pinned])).toEqual([
      ['harbour', ['full', 'other'], true],
    ]);
    expect(together(groupStories([wire('full', HARBOUR, { storyPin: 'one' }), wire('copy', HARBOUR, { storyPin: 'two' })]))).toEqual([['full'], ['copy']]);
  });

  it('gives an article with no body text a story of its own', () => {
    expect(together(groupStories([article('empty', [{ kind: 'headline', text: HARBOUR[0]! }]), wire('full', HARBOUR)]))).toEqual([['empty'], ['full']]);
  });
});
