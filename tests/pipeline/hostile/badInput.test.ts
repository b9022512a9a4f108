// Bad and strange seeds, each added to the real seeds: the build either gives the right records or stops with a
// message naming the file, the line and the fix; the other articles come out exactly as they do without it.
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/lib/seeds/readSeed.ts';
import { words } from '../../../src/lib/text/tokens.ts';
import {
  article,
  comparison,
  dec,
  editLine,
  enc,
  expectBystandersUnchanged,
  HANG_MS,
  realSeeds,
  refusal,
  runPipeline,
  timed,
  type Run,
  type SeedFile,
} from './support.ts';

const baseline = runPipeline(realSeeds);
/** The real seeds plus `extra`, run and checked against the baseline; returns the run. */
function withSeeds(label: string, ...extra: SeedFile[]): Run {
  const { value: run } = timed(label, () => runPipeline([...realSeeds, ...extra]));
  expectBystandersUnchanged(baseline, run);
  return run;
}
const idOf = (file: string) => slugify(file.split('/').pop()!.replace(/\.(md|markdown|txt)$/, ''));

/** The real seed whose body has the most words, its file text, and its longest body block. */
const donor = (() => {
  const a = [...baseline.records.articles].sort((x, y) => y.bodyWords - x.bodyWords || (x.id < y.id ? -1 : 1))[0]!;
  const seed = realSeeds.find((s) => s.file === a.source)!;
  const block = [...a.blocks].filter((b) => b.kind === 'body' && b.lines.length === 1).sort((x, y) => y.words - x.words)[0]!;
  return { article: a, text: dec(seed.bytes), block };
})();
const bodyBlocks = (a: { blocks: { kind: string; text: string }[] }) => a.blocks.filter((b) => b.kind === 'body').map((b) => b.text);

describe('bad and strange seeds', () => {
  it('builds a seed that is only site furniture, warns about it, and keeps it out of every comparison', { timeout: HANG_MS }, () => {
    const file = 'seeds/only-furniture.md';
    const run = withSeeds(
      'only boilerplate',
      {
        file,
        bytes: enc(
          'Skip to main content\nSubscribe to our newsletter\nFollow us on Telegram\nAdvertisement\nCookies settings\n' +
            'Most read\nSign in\n© 2024 Example Media. All rights reserved.\n',
        ),
      },
    );
    const a = article(run, 'only-furniture');
    expect(a.bodyWords).toBe(0);
    expect(bodyBlocks(a)).toEqual([]);
    expect(run.warnings).toEqual([...baseline.warnings, `${file}: no paragraph was recognised as article text; it is listed but takes part in no comparison`]);
    expect(run.records.comparisons.some((c) => c.a === a.id || c.b === a.id)).toBe(false);
    expect(run.records.stories.find((s) => s.articles.includes(a.id))!.articles).toEqual([a.id]);
  });

  it('builds two identical articles as versions with nothing changed', { timeout: HANG_MS }, () => {
    const copy = { file: `seeds/zz-copy-of-${donor.article.id}.md`, bytes: enc(donor.text) };
    const run = withSeeds('two identical articles', copy);
    const c = comparison(run, donor.article.id, idOf(copy.file));
    expect(c).toMatchObject({ similarity: 1, relation: 'version', edits: [], onlyA: [], onlyB: [] });
    expect(c.words).toMatchObject({ removed: 0, added: 0, moved: 0, kept: donor.article.bodyWords });
    expect(c.rows.every((r) => r.kind === 'same' && !r.changed)).toBe(true);
    const { id: _i, source: _s, ...copied } = article(run, idOf(copy.file));
    const { id: _j, source: _t, ...original } = donor.article;
    expect(copied).toEqual(original);
  });

  it('shows an article identical to another but for one word as exactly that one edit', { timeout: HANG_MS }, () => {
    const target = words(donor.block.text).filter((w) => /^\p{Ll}{5,}$/u.test(w))[0]!;
    const text = editLine(donor.text, donor.block.line, (l) => l.replace(new RegExp(`\\b${target}\\b`, 'u'), 'zigzag'));
    const edited = { file: 'seeds/zz-one-word-changed.md', bytes: enc(text) };
    const run = withSeeds('identical but for one word', edited);
    const c = comparison(run, donor.article.id, 'zz-one-word-changed');
    const [a, b] = c.a === donor.article.id ? [target, 'zigzag'] : ['zigzag', target];
    expect(c.edits).toEqual([{ from: a, to: b, style: false, count: 1 }]);
    expect(c.rows.filter((r) => r.changed)).toHaveLength(1);
    expect(c.relation).toBe('version');
    expect(c.words.removed).toBe(1);
    expect(c.words.added).toBe(1);
    expect(c.similarity).toBeGreaterThan(0.99);
    expect(c.similarity).toBeLessThan(1);
  });

  it('cuts a quotation whose mark never closes at the end of its paragraph and flags it', { timeout: HANG_MS }, () => {
    const run = withSeeds('quote marks that never close', {
      file: 'seeds/unclosed-quote.md',
      bytes: enc(
        '# Harbour strike ends after talks\n' +
          '“We will not go back to work until the pay offer is fair, the union leader Maria Lindqvist told reporters on Monday.\n' +
          'The strike at the northern harbour has halted shipping for nine days and left dozens of vessels waiting offshore.\n' +
          '"Talks will resume on Friday," said Anders Berg, the port director, who called the stoppage costly for the whole region.\n' +
          'Dockworkers said the offer "was an insult to everyone who works nights.\n',
      ),
    });
    const quotes = run.records.quotes.flatMap((q) => q.occurrences.filter((o) => o.article === 'unclosed-quote'));
    const unclosed = quotes.find((o) => o.text.startsWith('We will not go back'))!;
    expect(unclosed).toMatchObject({ unbalanced: true, line: 2 });
    expect(unclosed.text).toBe('We will not go back to work until the pay offer is fair, the union leader Maria Lindqvist told reporters on Monday.');
    // The paragraphs after it are read afresh: the closed quotation is whole and attributed, the open one flagged.
    expect(quotes.find((o) => o.text === 'Talks will resume on Friday,' || o.text === 'Talks will resume on Friday')).toMatchObject({
      unbalanced: false,
      speaker: 'Anders Berg',
    });
    expect(quotes.find((o) => o.text.startsWith('was an insult'))).toMatchObject({ unbalanced: true, line: 5 });
    expect(quotes.some((o) => o.text.includes('strike at the northern harbour'))).toBe(false);
  });

  it('reads a quotation that spans the whole article as one quotation over every paragraph', { timeout: HANG_MS }, () => {
    const paras = [
      '“The sea has been rising along this coast for as long as anyone here can remember, and the walls we built are no longer enough.',
      '“Every winter the storms reach further inland, and every spring we count the houses that the water has taken from us.',
      '“We are asking the government for help, not for charity, because this village cannot move itself to higher ground.”',
    ];
    const run = withSeeds('quotation spanning the whole article', { file: 'seeds/whole-article-quote.md', bytes: enc(paras.join('\n') + '\n') });
    const a = article(run, 'whole-article-quote');
    expect(bodyBlocks(a)).toEqual(paras);
    const found = run.records.quotes.flatMap((q) => q.occurrences.filter((o) => o.article === a.id));
    expect(found).toHaveLength(1);
    expect(found[0]!.parts!.map((p) => p.line)).toEqual([1, 2, 3]);
    expect(found[0]!.parts!.map((p) => p.text)).toEqual(paras.map((p) => p.replace(/^“|”$/g, '')));
    expect(found[0]!.unbalanced).toBe(false);
  });

  it('reads Russian, German and French text with their own quote marks', { timeout: HANG_MS }, () => {
    const seeds: Record<string, { language: string; body: string; quote: string }> = {
      ru: {
        language: 'ru',
        body:
          'Министр посетил порт в понедельник и встретился с представителями профсоюза докеров.\n' +
          '«Мы сделаем всё, чтобы переговоры продолжились», — сказал министр Иван Петров журналистам после встречи.\n',
        quote: 'Мы сделаем всё, чтобы переговоры продолжились',
      },
      de: {
        language: 'de',
        body:
          'Der Minister besuchte am Montag den Hafen und traf sich mit Vertretern der Gewerkschaft.\n' +
          '„Wir werden alles tun, damit die Gespräche weitergehen“, sagte der Minister Hans Becker nach dem Treffen.\n',
        quote: 'Wir werden alles tun, damit die Gespräche weitergehen',
      },
      fr: {
        language: 'fr',
        body:
          'Le ministre a visité le port lundi et a rencontré les représentants du syndicat des dockers.\n' +
          '« Nous ferons tout pour que les négociations continuent », a déclaré le ministre Jean Dupont après la réunion.\n',
        quote: 'Nous ferons tout pour que les négociations continuent',
      },
    };
    const files = Object.entries(seeds).map(([lang, s]) => ({ file: `seeds/port-${lang}.md`, bytes: enc(`---\nlanguage: ${s.language}\n---\n${s.body}`) }));
    const run = withSeeds('Russian, German and French', ...files);
    for (const [lang, s] of Object.entries(seeds)) {
      const a = article(run, `port-${lang}`);
      expect(a.language).toBe(s.language);
      expect(bodyBlocks(a)).toEqual(s.body.trim().split('\n'));
      expect(a.bodyWords).toBe(s.body.trim().split('\n').flatMap((l) => words(l)).length);
      expect(a.blocks.every((b) => b.sentences.length === 1)).toBe(true);
      const found = run.records.quotes.flatMap((q) => q.occurrences.filter((o) => o.article === a.id));
      expect(found.map((o) => o.text), lang).toEqual([s.quote]);
      expect(found[0]!.unbalanced).toBe(false);
    }
  });

  it('keeps right-to-left text and bidirectional controls as they are', { timeout: HANG_MS }, () => {
    const body = [
      'قال وزير الخارجية يوم الاثنين إن المحادثات ستستمر الأسبوع المقبل رغم الخلافات العميقة حول التجارة.',
      '«نحن ملتزمون بالحوار مع جميع الأطراف»، قال الوزير للصحفيين في العاصمة بعد الاجتماع.',
      // A right-to-left override in Latin text (a "Trojan Source" trick): kept as text, never interpreted.
      'The file was named \u202Egpj.exe\u202C by the attackers, the researchers said in their report on Monday.',
    ];
    const run = withSeeds('right-to-left text', { file: 'seeds/rtl.md', bytes: enc(`---\nlanguage: ar\n---\n${body.join('\n')}\n`) });
    const a = article(run, 'rtl');
    expect(bodyBlocks(a)).toEqual(body);
    expect(a.blocks[0]!.words).toBe(words(body[0]!).length);
    expect(a.blocks[0]!.words).toBeGreaterThan(10);
    const found = run.records.quotes.flatMap((q) => q.occurrences.filter((o) => o.article === 'rtl'));
    expect(found.map((o) => o.text)).toContain('نحن ملتزمون بالحوار مع جميع الأطراف');
  });

  it('keeps emoji and combining characters whole, also across long texts', { timeout: HANG_MS }, () => {
    const line =
      'The café (cafe\u0301) in Zürich posted 👨‍👩‍👧‍👦 and 🇺🇦 with the caption Z̷̢̛a̸l̵g̶o̷ on Monday, and the post was shared ten thousand times. ';
    const long = line.repeat(60).trim(); // past the windows words.ts and sentences.ts cut long texts into
    const intro = 'Emoji 🇺🇦 and combining marks (cafe\u0301, Z̷̢̛a̸l̵g̶o̷) were in the post that the museum shared on Monday.';
    const body = [intro, long];
    const run = withSeeds('emoji and combining characters', { file: 'seeds/emoji.md', bytes: enc(body.join('\n') + '\n') });
    const a = article(run, 'emoji');
    expect(bodyBlocks(a)).toEqual(body);
    for (const b of a.blocks) {
      expect(b.text.isWellFormed()).toBe(true);
      expect(b.sentences.every((s) => s.isWellFormed())).toBe(true);
      expect(b.sentences.join(' ')).toBe(b.text);
    }
    expect(a.blocks[1]!.sentences).toHaveLength(60);
    expect(a.blocks[1]!.words).toBe(60 * words(line).length);
    expect(words(line)).toContain('cafe\u0301');
    expect(JSON.parse(JSON.stringify(run.records)).articles.find((x: { id: string }) => x.id === 'emoji').blocks[1].text).toBe(long);
  });

  it('treats non-breaking and zero-width spaces as style, not as edits', { timeout: HANG_MS }, () => {
    // A copy whose longest paragraph has every space non-breaking and zero-width characters inside words.
    const text = editLine(donor.text, donor.block.line, (l) =>
      l.replace(/ /g, '\u00a0').replace(/(\p{L}{3})(\p{L}{3,})/u, '$1\u200b$2').replace(/(\p{L}{2})(\p{L}{2,})\s*$/u, '$1\u2060$2'),
    );
    const run = withSeeds('zero-width and non-breaking spaces', { file: 'seeds/zz-nbsp.md', bytes: enc(text) });
    const copy = article(run, 'zz-nbsp');
    const block = copy.blocks.find((b) => b.line === donor.block.line)!;
    expect(block.text).toContain('\u00a0');
    expect(block.text).toContain('\u200b');
    expect(block.kind).toBe('body');
    const c = comparison(run, donor.article.id, 'zz-nbsp');
    expect(c.relation).toBe('version');
    expect(c.edits.filter((e) => !e.style)).toEqual([]);
    expect(c.styleChanges.length).toBeGreaterThan(0);
    expect(c.similarity).toBe(1);
  });

  it('reads tabs as spaces, also a tab-indented line', { timeout: HANG_MS }, () => {
    const text = editLine(donor.text, donor.block.line, (l) => '\t' + l.replace(/ /g, '\t'));
    const run = withSeeds('tabs', { file: 'seeds/zz-tabs.md', bytes: enc(text) });
    const { id: _i, source: _s, ...copied } = article(run, 'zz-tabs');
    const { id: _j, source: _t, ...original } = donor.article;
    expect(copied).toEqual(original);
    expect(comparison(run, donor.article.id, 'zz-tabs').similarity).toBe(1);
  });

  it('reads Windows and old Mac line endings exactly as Unix ones', { timeout: HANG_MS }, () => {
    const crlf = { file: 'seeds/zz-crlf.md', bytes: enc(donor.text.replace(/\n/g, '\r\n')) };
    const cr = { file: 'seeds/zz-cr.md', bytes: enc(donor.text.replace(/\n/g, '\r')) };
    const run = withSeeds('Windows and old Mac line endings', crlf, cr);
    const { id: _j, source: _t, ...original } = donor.article;
    for (const id of ['zz-crlf', 'zz-cr']) {
      const { id: _i, source: _s, ...copied } = article(run, id);
      expect(copied, id).toEqual(original);
    }
  });

  it('refuses a front-matter date that does not exist, naming file, line and fix, and no other seed', () => {
    const e = refusal([...realSeeds, { file: 'seeds/bad-date.md', bytes: enc('---\noutlet: Example\npublished: 2024-02-30\n---\nThe minister spoke on Friday about the harbour strike and the talks.\n') }]);
    expect(e.errors).toHaveLength(1);
    expect(e.errors[0]).toMatchObject({ file: 'seeds/bad-date.md', line: 3 });
    expect(e.errors[0]!.problem).toMatch(/2024-02-30.*not a date that exists/);
    expect(e.errors[0]!.fix).toMatch(/correct the value of `published`/);
    expect(e.message).toContain('seeds/bad-date.md:3:');
  });

  it('leaves a date that does not exist in the text unknown instead of rolling it over', { timeout: HANG_MS }, () => {
    const run = withSeeds('date in text that does not exist', {
      file: 'seeds/text-date.md',
      bytes: enc('February 30, 2024\nThe minister spoke on Friday about the harbour strike and the talks that have stalled for weeks.\n'),
    });
    expect(article(run, 'text-date').published).toBeNull();
  });

  it('refuses a front-matter URL that is not one, or not http(s), naming file, line and fix', () => {
    for (const url of ['not a url', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.com/story', 'http://']) {
      const e = refusal([...realSeeds, { file: 'seeds/bad-url.md', bytes: enc(`---\noutlet: Example\nurl: "${url}"\n---\nThe minister spoke on Friday.\n`) }]);
      expect(e.errors, url).toHaveLength(1);
      expect(e.errors[0], url).toMatchObject({ file: 'seeds/bad-url.md', line: 3 });
      expect(e.errors[0]!.problem, url).toMatch(/`url`/);
      expect(e.errors[0]!.fix).toMatch(/correct the value of `url`/);
    }
  });

  it('builds a seed whose captured URL line is not a usable address, leaving the URL and outlet unknown', { timeout: HANG_MS }, () => {
    for (const url of ['https://bad..host:99999/story', 'https://[not-an-ip].example/x', 'https://exa%mple.com/x']) {
      const run = withSeeds(`captured URL ${url}`, {
        file: 'seeds/bad-url-line.md',
        bytes: enc(`${url}\nThe minister spoke on Friday about the harbour strike and the talks that have stalled for weeks.\n`),
      });
      const a = article(run, 'bad-url-line');
      expect(a.blocks[0]!.text).toBe(url);
      expect(a.url, url).toBeNull();
      expect(a.outlet, url).toBeNull();
    }
  });

  it('refuses two files that claim the same id, naming both and how to fix it', () => {
    const renamed = { file: `seeds/${donor.article.id.toUpperCase().replace(/-/g, ' ')}.txt`, bytes: enc(donor.text) };
    for (const files of [
      [...realSeeds, renamed],
      [renamed, ...[...realSeeds].reverse()],
    ]) {
      const e = refusal(files);
      expect(e.errors).toHaveLength(1);
      // Files are read in code-unit order whatever order they are given in, so the same one is always blamed.
      expect(e.errors[0]).toMatchObject({ file: donor.article.source, line: 1 });
      expect(e.errors[0]!.problem).toBe(`its article id "${donor.article.id}" is already used by ${renamed.file}`);
      expect(e.errors[0]!.fix).toMatch(/rename one of the two files/);
    }
    const byId = { file: 'seeds/zz-pinned.md', bytes: enc(`---\noutlet: Example\nid: ${donor.article.id}\n---\nThe minister spoke on Friday.\n`) };
    const e = refusal([...realSeeds, byId]);
    expect(e.errors).toHaveLength(1);
    expect(e.errors[0]).toMatchObject({ file: 'seeds/zz-pinned.md', line: 3 });
    expect(e.errors[0]!.problem).toContain(donor.article.source);
  });
});
