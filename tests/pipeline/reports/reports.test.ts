import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import type { Root, Table } from 'mdast';
import { buildRecords } from '../../../src/lib/pipeline.ts';
import { readSeedFolder } from '../../../src/lib/seeds/loadSeeds.ts';
import { allReports, diffPhrasing, storyReport, toMarkdown } from '../../../src/lib/output/reports.ts';
import { bodyText, patchFileName, unifiedDiff } from '../../../src/lib/output/unifiedDiff.ts';
import { formatComparison, formatSegments } from '../../../src/lib/output/terminalDiff.ts';
import type { Records } from '../../../src/lib/records/article.ts';

const root = process.cwd();
const built = buildRecords(readSeedFolder(root)).records;

describe('committed reports', () => {
  it('link each story to the others that report the same event, by file, with the names they share', () => {
    for (const story of built.stories) {
      const tree = remark().use(remarkGfm).parse(allReports(built).get(`${story.id}.md`) ?? '');
      const at = tree.children.findIndex((n) => n.type === 'heading' && toMarkdown({ type: 'root', children: [n] }).includes('Same event'));
      if (!story.sameEvent.length) {
        expect(at, story.id).toBe(-1);
        continue;
      }
      const list = tree.children[at + 1]!;
      expect(list.type).toBe('list');
      const md = toMarkdown({ type: 'root', children: [list] });
      for (const l of story.sameEvent) {
        expect(md).toContain(`(./${l.story}.md)`);
        for (const name of l.shared) expect(md).toContain(name);
      }
    }
    expect(built.stories.filter((s) => s.sameEvent.length).length).toBeGreaterThan(0);
  });

  it('are up to date with the seeds (run `npm run reports` when this fails)', () => {
    const expected = allReports(built);
    const committed = readdirSync('reports').filter((f) => f.endsWith('.md')).sort();
    expect(committed, 'reports/ lists other files than the stories: run `npm run reports`').toEqual([...expected.keys()].sort());
    for (const [name, content] of expected) {
      expect(readFileSync(join('reports', name), 'utf8'), `reports/${name} is out of date: run \`npm run reports\``).toBe(content);
    }
  });

  it('are deterministic', { timeout: 300_000 }, () => {
    expect([...allReports(buildRecords(readSeedFolder(root)).records)]).toEqual([...allReports(built)]);
  });
});

const parse = (md: string) => remark().use(remarkGfm).parse(md) as Root;
const cellTexts = (t: Table) =>
  t.children.map((r) => r.children.map((c) => c.children.map((n) => ('value' in n ? n.value : '')).join('')));

describe('report builder', () => {
  it('escapes Markdown in article text: a |, * or < in a quotation does not break the quote table', () => {
    const story = built.stories[0]!;
    const hostile = 'He said | this *matters* <script>alert(1)</script> `code` [link](javascript:x) ~~no~~';
    const records: Records = {
      ...built,
      quotes: [
        {
          ...built.quotes.find((q) => q.story === story.id && q.outlets.length > 1)!,
          text: hostile,
          speaker: 'A | B',
        },
      ],
    };
    const md = toMarkdown(storyReport(story, records));
    // `<` is escaped, so GitHub shows the tag as text instead of treating it as HTML.
    expect(md).toContain('\\<script>');
    expect(md).not.toMatch(/[^\\]<script>/);
    const tables = parse(md).children.filter((n): n is Table => n.type === 'table');
    const quoteTable = tables[tables.length - 1]!;
    const rows = cellTexts(quoteTable);
    expect(rows.every((r) => r.length === 4)).toBe(true);
    expect(rows[1]![0]).toBe('A | B');
    expect(rows[1]![1]).toBe(hostile);
  });

  it('renders a word diff as ~~removed~~ **added** with spaces outside the markers', () => {
    const md = toMarkdown({
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: diffPhrasing([
            { op: 'equal', text: 'the Ukraine ', style: false },
            { op: 'removed', text: 'war', style: false },
            { op: 'added', text: 'crisis', style: false },
            { op: 'equal', text: ', to help ', style: false },
            { op: 'removed', text: 'stabilize', style: true },
            { op: 'added', text: 'stabilise', style: true },
            { op: 'added', text: ' in February', style: false },
            { op: 'equal', text: '.', style: false },
          ]),
        },
      ],
    });
    expect(md.trim()).toBe('the Ukraine ~~war~~ **crisis**, to help stabilise **in February**.');
  });

  it('adding an article changes only the reports that concern it', { timeout: 300_000 }, () => {
    const extra = buildRecords(readSeedFolder(root));
    const before = allReports(extra.records);
    const records: Records = { ...extra.records, stories: [...extra.records.stories, { ...extra.records.stories[0]!, id: 'zz-new-story', title: 'A new story', articles: [extra.records.stories[0]!.articles[0]!], links: [], versionGroups: [], edits: [], styleChanges: [], exclusive: [] }] };
    const after = allReports(records);
    for (const [name, content] of before) if (name !== 'README.md') expect(after.get(name)).toBe(content);
    const oldIndex = before.get('README.md')!.split('\n');
    const newIndex = after.get('README.md')!.split('\n');
    const added = newIndex.filter((l) => !oldIndex.includes(l));
    expect(added).toHaveLength(1);
    expect(added[0]).toContain('A new story');
  });
});

describe('unified diff', () => {
  const byId = new Map(built.articles.map((a) => [a.id, a]));
  it.each(built.comparisons.map((c) => [c.a, c.b]))('%s → %s is a patch from a’s file to b’s that git apply accepts against the text it describes', (aId, bId) => {
    const a = byId.get(aId)!;
    const b = byId.get(bId)!;
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-patch-'));
    writeFileSync(join(dir, patchFileName(a)), bodyText(a));
    writeFileSync(join(dir, 'change.diff'), unifiedDiff(a, b));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['apply', '--check', 'change.diff'], { cwd: dir });
    execFileSync('git', ['apply', 'change.diff'], { cwd: dir });
    expect(readFileSync(join(dir, patchFileName(b)), 'utf8')).toBe(bodyText(b));
    expect(unifiedDiff(a, b)).toContain(`\n--- a/${patchFileName(a)}\n+++ b/${patchFileName(b)}\n`);
  });
});

describe('command line', () => {
  const c = built.comparisons[0]!;
  const byId = new Map(built.articles.map((a) => [a.id, a]));
  it('prints plain wdiff-style text when not writing to a terminal', () => {
    const out = formatComparison(c, byId.get(c.a)!, byId.get(c.b)!, false);
    expect(out).not.toMatch(/\x1b\[/);
    expect(out).toMatch(/\[-.+?-\]|\{\+.+?\+\}/);
    expect(out).toContain('Edit summary');
  });
  it('uses colour for a terminal', () => {
    expect(formatSegments([{ op: 'removed', text: 'war', style: false }, { op: 'added', text: 'crisis', style: false }], true)).toBe(
      '\x1b[31;9mwar\x1b[0m\x1b[32;4mcrisis\x1b[0m',
    );
  });
  it('runs as npm run compare with ids or seed paths', { timeout: 300_000 }, () => {
    const out = execFileSync('npx', ['tsx', 'scripts/compare.ts', `seeds/${c.a}.md`, c.b], { encoding: 'utf8' });
    expect(out.split('\n')[0]).toContain(`(${c.a}) →`);
    expect(out).toContain('similarity');
  });
  it('refuses an unknown article with the list of ids', { timeout: 300_000 }, () => {
    let err = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/compare.ts', 'nope', c.b], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      err = String((e as { stderr: string }).stderr);
    }
    expect(err).toContain('no article "nope"');
  });
});
