// Seed text is data: markup, template syntax and script links in a seed survive as text in the records, the JSON
// and the Markdown reports, and no link target that can run script is kept. (The built HTML: site.test.ts.)
import { describe, expect, it } from 'vitest';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import type { Nodes } from 'mdast';
import { allReports } from '../../../src/lib/output/reports.ts';
import { isSafeLinkTarget } from '../../../src/lib/seeds/markdownLines.ts';
import { article, ATTACKS, dec, HANG_MS, hostileSeed, realSeeds, runPipeline } from './support.ts';

const donor = realSeeds.find((s) => s.file === 'seeds/ndtv-putin-hails-china.md') ?? realSeeds[0]!;
const run = runPipeline([...realSeeds, hostileSeed(dec(donor.bytes))]);
const hostile = article(run, 'zz-hostile');
const allText = hostile.blocks.map((b) => b.text).join('\n');

describe('hostile seed text', () => {
  it('keeps every attack as plain text in the records', () => {
    for (const attack of Object.values(ATTACKS)) expect(allText, attack).toContain(attack);
    expect(hostile.outlet).toBe(`${ATTACKS.script} News`);
    expect(hostile.author).toBe(ATTACKS.img);
    expect(allText).toContain('Readers were told to click here or to open this file or javascript:alert(2) in the article.');
  });

  it('drops javascript: and data: link targets, keeping their words', () => {
    const urls = run.records.articles.flatMap((a) => a.blocks.flatMap((b) => b.links.map((l) => l.url)));
    expect(urls.filter((u) => /^\s*(javascript|data|vbscript):/i.test(u))).toEqual([]);
    expect(urls.every(isSafeLinkTarget)).toBe(true);
  });

  it('tells script-capable link targets from web and relative ones the way a browser reads them', () => {
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:x', 'java\tscript:x', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd'])
      expect(isSafeLinkTarget(bad), JSON.stringify(bad)).toBe(false);
    for (const good of ['https://example.com/a', 'HTTP://example.com', '#', '/story/1', 'story.html', '?q=1'])
      expect(isSafeLinkTarget(good), good).toBe(true);
  });

  it('keeps the records valid JSON that reads back unchanged', () => {
    const json = JSON.stringify(run.records);
    expect(JSON.parse(json)).toEqual(run.records);
    expect(json).toContain(JSON.stringify(ATTACKS.rawHtml).slice(1, -1));
  });

  it('carries the attacks into comparisons and quotations as text', () => {
    const rows = run.records.comparisons.filter((c) => c.a === hostile.id || c.b === hostile.id);
    expect(rows.length).toBeGreaterThan(0);
    const segments = rows.flatMap((c) => c.rows.flatMap((r) => r.segments.map((s) => s.text))).join('\n');
    expect(segments).toContain(ATTACKS.script);
    const quote = run.records.quotes.flatMap((q) => q.occurrences).find((o) => o.article === hostile.id && o.text.includes('is not a quote'));
    expect(quote?.text).toMatch(/^<script>alert\(1\)<\/script> is not a quote we endorse,?$/);
  });

  it('escapes the attacks in the Markdown reports: they read back as text, never as HTML or links', { timeout: HANG_MS }, () => {
    const reports = allReports(run.records);
    const parser = remark().use(remarkGfm);
    const texts: string[] = [];
    let reportsWithHostile = 0;
    for (const [name, markdown] of reports) {
      const nodes: Nodes[] = [];
      const walk = (n: Nodes) => {
        nodes.push(n);
        if ('children' in n) for (const c of n.children) walk(c as Nodes);
      };
      walk(parser.parse(markdown));
      expect(nodes.filter((n) => n.type === 'html').map((n) => (n as { value: string }).value), name).toEqual([]);
      for (const n of nodes) if (n.type === 'link' || n.type === 'image' || n.type === 'definition') expect(isSafeLinkTarget(n.url), `${name}: ${n.url}`).toBe(true);
      const text = nodes.map((n) => ('value' in n && n.type !== 'inlineCode' ? n.value : '')).join('');
      texts.push(text);
      if (text.includes(ATTACKS.script)) reportsWithHostile++;
    }
    expect(reportsWithHostile).toBeGreaterThan(0);
    const all = texts.join('\n');
    for (const attack of [ATTACKS.script, ATTACKS.img, ATTACKS.style, ATTACKS.mustache, ATTACKS.template]) expect(all, attack).toContain(attack);
  });
});
