import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/lib/seeds/readSeed.ts';
import { loadSeeds, buildArticles } from '../../src/lib/seeds/loadSeeds.ts';
import { SeedErrors } from '../../src/lib/seeds/seedError.ts';
import { ArticleSchema } from '../../src/lib/records/article.ts';

const root = process.cwd();
const enc = (s: string) => new TextEncoder().encode(s);

describe('the seed collection', () => {
  const files = readdirSync('seeds').filter((f) => !f.startsWith('.'));

  it.each(files)('%s keeps the captured text byte for byte after its front matter', (f) => {
    const raw = readFileSync(`seeds/${f}`);
    const seed = readSeed(`seeds/${f}`, raw);
    if (!seed.frontMatter.captureSha256) return expect(seed.frontMatter.capture).toBeUndefined();
    const text = raw.toString('utf8');
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(createHash('sha256').update(body, 'utf8').digest('hex')).toBe(seed.frontMatter.captureSha256);
  });

  it('builds one valid record per seed', () => {
    const { articles } = loadSeeds(root);
    expect(articles.map((a) => a.source).sort()).toEqual(files.map((f) => `seeds/${f}`).sort());
    for (const a of articles) expect(() => ArticleSchema.parse(a)).not.toThrow();
  });

  it('gives every block an id that is unique within its article and survives edits elsewhere', () => {
    const { articles } = loadSeeds(root);
    for (const a of articles) expect(new Set(a.blocks.map((b) => b.id)).size).toBe(a.blocks.length);
    const one = buildArticles([{ file: 'seeds/a.txt', bytes: enc('Para one is here.\nPara two is here.') }]).articles[0]!;
    const two = buildArticles([{ file: 'seeds/a.txt', bytes: enc('A new first paragraph.\nPara one is here.\nPara two is here.') }]).articles[0]!;
    expect(two.blocks.slice(1).map((b) => b.id)).toEqual(one.blocks.map((b) => b.id));
  });

  it('records the line where each block starts in the seed file', () => {
    const { articles } = loadSeeds(root);
    for (const a of articles) {
      const lines = readFileSync(a.source, 'utf8').split('\n');
      for (const b of a.blocks) {
        const firstWord = b.text.split(/\s+/)[0]!.replace(/[^\p{L}\p{N}]/gu, '');
        expect(lines[b.line - 1]!.replace(/[^\p{L}\p{N}]/gu, ''), `${a.id} ${b.id}`).toContain(firstWord);
      }
    }
  });
});

describe('bad seeds in a collection', () => {
  it('reports every unusable seed at once and names both files that claim one id', () => {
    let error: SeedErrors | null = null;
    try {
      buildArticles([
        { file: 'seeds/story.md', bytes: enc('Good text.') },
        { file: 'seeds/story.txt', bytes: enc('Other good text.') },
        { file: 'seeds/broken.md', bytes: enc('---\noutlet: [\n---\nText.') },
      ]);
    } catch (e) {
      error = e as SeedErrors;
    }
    expect(error).toBeInstanceOf(SeedErrors);
    expect(error!.errors.map((e) => e.file).sort()).toEqual(['seeds/broken.md', 'seeds/story.txt']);
    expect(error!.message).toMatch(/seeds\/story\.txt:1: its article id "story" is already used by seeds\/story\.md/);
  });

  it('refuses a kind override that names a line with no block', () => {
    expect(() => buildArticles([{ file: 'seeds/k.md', bytes: enc('---\nkinds:\n  9: caption\n---\nText here.') }])).toThrow(
      /seeds\/k\.md:2: `kinds` names line 9/,
    );
  });

  it('applies a kind override from front matter', () => {
    const { articles } = buildArticles([{ file: 'seeds/k.md', bytes: enc('---\nkinds:\n  6: note\n---\nFirst paragraph here.\nSecond paragraph here.') }]);
    expect(articles[0]!.blocks.map((b) => b.kind)).toEqual(['body', 'note']);
    expect(articles[0]!.blocks[1]!.reason).toBe('set in front matter');
  });

  it('warns about an article with no body instead of dropping it', () => {
    const { articles, warnings } = buildArticles([{ file: 'seeds/ui.txt', bytes: enc('Follow us on WhatsApp\nSubscribe to our newsletter') }]);
    expect(articles).toHaveLength(1);
    expect(warnings[0]).toMatch(/^seeds\/ui\.txt: no paragraph/);
  });
});
