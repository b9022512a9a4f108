// Seeds far larger or far more numerous than real captures: the build finishes (bounded only against a hang; speed
// goals live in `npm run bench`), gives the right records, and leaves the real seeds' records as they were.
import { describe, expect, it } from 'vitest';
import { MAX_SEED_BYTES } from '../../../src/lib/seeds/readSeed.ts';
import { splitSentences } from '../../../src/lib/text/sentences.ts';
import { words } from '../../../src/lib/text/tokens.ts';
import { article, comparison, enc, expectBystandersUnchanged, HANG_MS, prng, prose, realSeeds, runPipeline, timed, vocabulary } from './support.ts';

const baseline = runPipeline(realSeeds);

describe('an article with one enormous paragraph', () => {
  const rand = prng(7);
  const vocab = vocabulary(400, 'w', rand);
  const { text, sentences } = prose(vocab, 100_000, rand);
  const headline = 'Giant paragraph test';

  it('fits under the seed size limit, so the size check is not what handles it', () => {
    expect(enc(text).length).toBeLessThan(MAX_SEED_BYTES);
  });

  it('is built whole, with every word and sentence counted, and compared with a copy differing by one word', { timeout: HANG_MS }, () => {
    const words0 = text.split(' ');
    const changed = [...words0];
    changed[50_000] = 'zigzag';
    const files = [
      ...realSeeds,
      { file: 'seeds/giant-a.md', bytes: enc(`# ${headline}\n${text}\n`) },
      { file: 'seeds/giant-b.md', bytes: enc(`# ${headline}\n${changed.join(' ')}\n`) },
    ];
    const { value: run } = timed('100,000-word paragraph, twice', () => runPipeline(files));
    expectBystandersUnchanged(baseline, run);
    const a = article(run, 'giant-a');
    const body = a.blocks.filter((b) => b.kind === 'body');
    expect(body).toHaveLength(1);
    expect(body[0]!.text).toBe(text);
    expect(body[0]!.words).toBe(100_000);
    expect(a.bodyWords).toBe(100_000);
    expect(body[0]!.sentences).toHaveLength(sentences);
    expect(body[0]!.sentences.join(' ')).toBe(text);
    const c = comparison(run, 'giant-a', 'giant-b');
    expect(c.relation).toBe('version');
    expect(c.edits).toEqual([{ from: words0[50_000], to: 'zigzag', style: false, count: 1 }]);
    expect(c.words).toEqual({ kept: 99_999, moved: 0, removed: 1, added: 1 });
  });

  it('splits words and sentences of a long text exactly as it splits its paragraphs one by one', () => {
    // words.ts and sentences.ts cut long texts into windows; the cuts must not change a word or a sentence.
    const paragraphs = baseline.records.articles.flatMap((x) => x.blocks.filter((b) => b.kind === 'body').map((b) => b.text));
    const prosePara = paragraphs.filter((p) => /[.!?]["”’]?$/u.test(p));
    const long = Array.from({ length: 8 }, () => prosePara).flat().join(' ');
    expect(long.length).toBeGreaterThan(50_000);
    expect(words(long)).toEqual(Array.from({ length: 8 }, () => prosePara.flatMap((p) => words(p))).flat());
    expect(splitSentences(long)).toEqual(Array.from({ length: 8 }, () => prosePara.flatMap((p) => splitSentences(p))).flat());
  });

  it('finishes a paragraph of thousands of quotations in German and French styles, each with its speaker', { timeout: HANG_MS }, () => {
    // Every quotation looks for its attribution around it: done by bisection, not by reading the whole paragraph.
    const unit =
      'Am Montag sagte Bundeskanzler Olaf Scholz in Berlin, die Lage sei ernst. „Wir werden handeln, und zwar schnell“, so Scholz. ' +
      '« Nous sommes prêts, a-t-il déclaré. Nous ne céderons rien », dit Emmanuel Macron. ';
    const text = unit.repeat(2000).trim();
    const files = [...realSeeds, { file: 'seeds/giant-quotes.md', bytes: enc(`# Gipfel in Berlin\n${text}\n`) }];
    const { value: run } = timed('a paragraph of 6,000 quotations', () => runPipeline(files));
    expectBystandersUnchanged(baseline, run);
    const found = run.records.quotes.flatMap((q) => q.occurrences).filter((o) => o.article === 'giant-quotes' && o.kind !== 'reported');
    expect(found).toHaveLength(4000);
    expect(new Set(found.map((o) => `${o.text.slice(0, 12)}|${o.speaker}`))).toEqual(new Set(['Wir werden h|Olaf Scholz', 'Nous sommes |Emmanuel Macron']));
  });

  it('groups thousands of different quotations of one speaker, each apart, without comparing every pair', { timeout: HANG_MS }, () => {
    // A speaker quoted 3,000 times in one story: every remark shares the common words of speech with the others, half
    // its words are its own, so none is a variant of another. Grouping finds candidates through the rarest words.
    const rand = prng(11);
    const own = vocabulary(2000, 'q', rand);
    const pick = () => own[Math.floor(rand() * own.length)]!;
    const remark = () => `We will ${pick()} the ${pick()} of the ${pick()} and ${pick()} it for the ${pick()} ${pick()}`;
    const remarks = Array.from({ length: 3000 }, remark);
    const body = remarks.map((r) => `"${r}," Jane Smith said.`).join('\n\n');
    const files = [...realSeeds, { file: 'seeds/many-remarks.md', bytes: enc(`# Jane Smith on the plan\n\n${body}\n`) }];
    const { value: run } = timed('3,000 different quotations of one speaker', () => runPipeline(files));
    expectBystandersUnchanged(baseline, run);
    const groups = run.records.quotes.filter((q) => q.articles.includes('many-remarks') && q.kind !== 'reported');
    expect(groups).toHaveLength(new Set(remarks).size);
    expect(groups.every((g) => g.speaker === 'Jane Smith' && g.occurrences.length === 1)).toBe(true);
  });

  it('finishes a paragraph of abbreviations that rarely end a sentence, splitting it correctly', { timeout: HANG_MS }, () => {
    const text = 'Mr. A. B. Smith met Gen. C. D. Jones and U.S. officials on Feb. 3 at St. Mary’s. '.repeat(2000).trim();
    const { value } = timed('2,000 abbreviation-laden sentences', () => splitSentences(text));
    expect(value).toHaveLength(2000);
    expect(value[0]).toBe('Mr. A. B. Smith met Gen. C. D. Jones and U.S. officials on Feb. 3 at St. Mary’s.');
  });
});

describe('1,000 articles at once', () => {
  // 250 made-up stories, each carried by four outlets: the original, one with a paragraph cut, one with a word
  // swapped, one with two paragraphs moved; every story quotes its own speaker.
  const STORIES = 250;
  const rand = prng(42);
  const files: { file: string; bytes: Uint8Array }[] = [];
  const storyOfArticle = new Map<string, number>();
  for (let s = 0; s < STORIES; s++) {
    const salt = `s${s.toString(36)}x`;
    const vocab = vocabulary(120, salt, rand);
    const paras = Array.from({ length: 6 }, () => prose(vocab, 40, rand).text);
    const name = `${vocab[0]![0]!.toUpperCase()}${vocab[0]!.slice(1)} ${vocab[1]![0]!.toUpperCase()}${vocab[1]!.slice(1)}`;
    paras.splice(2, 0, `“${prose(vocab, 15, rand).text}” said ${name}, speaking on story ${s}.`);
    const headline = `# Story ${s}: ${vocab[2]} ${vocab[3]}`;
    const versions = [
      paras,
      paras.filter((_, i) => i !== 4),
      paras.map((p, i) => (i === 1 ? p.replace(/ \S+ /, ' zigzag ') : p)),
      [paras[0]!, paras[3]!, paras[1]!, paras[2]!, ...paras.slice(4)],
    ];
    versions.forEach((v, k) => {
      const id = `story-${String(s).padStart(3, '0')}-outlet-${k}`;
      storyOfArticle.set(id, s);
      files.push({ file: `seeds/${id}.md`, bytes: enc(`---\noutlet: Outlet ${k}\n---\n${headline}\n${v.join('\n')}\n`) });
    });
  }

  it('builds all of them, groups each story whole, and leaves the real seeds as they were', { timeout: 2 * HANG_MS }, () => {
    const { value: run } = timed('1,000 articles', () => runPipeline([...realSeeds, ...files]));
    expect(run.records.articles).toHaveLength(realSeeds.length + 1000);
    expectBystandersUnchanged(baseline, run);
    const made = run.records.stories.filter((s) => s.articles.some((id) => storyOfArticle.has(id)));
    expect(made).toHaveLength(STORIES);
    for (const story of made) {
      const n = storyOfArticle.get(story.articles[0]!)!;
      expect(story.articles).toEqual([0, 1, 2, 3].map((k) => `story-${String(n).padStart(3, '0')}-outlet-${k}`));
      expect(story.versionGroups).toHaveLength(1);
    }
    const moved = comparison(run, 'story-000-outlet-0', 'story-000-outlet-3');
    expect(moved.rows.filter((r) => r.kind === 'moved')).toHaveLength(1);
    expect(moved.edits).toEqual([]);
    const quotes = run.records.quotes.filter((q) => storyOfArticle.has(q.articles[0]!));
    expect(quotes).toHaveLength(STORIES);
    expect(quotes.every((q) => q.outlets.length === 4 && q.match === 'exact' && q.speaker !== null)).toBe(true);
  });
});
