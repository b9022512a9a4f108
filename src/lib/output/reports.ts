// Markdown reports of every story, for reading comparisons in a pull request. They are built as mdast trees and
// serialised by remark-stringify + remark-gfm, so article text can never break a table or inject markup.
import { remark } from 'remark';
import { compareCodeUnits } from '../text/order.ts';
import remarkGfm from 'remark-gfm';
import type { PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import type { Article, Records } from '../records/article.ts';
import type { Comparison, DiffSegment, Story } from '../records/comparison.ts';
import { orientComparison } from '../compare/orientComparison.ts';
import { phrase } from '../present/editView.ts';
import { articleTitle, outletName, storyTitle } from '../present/labels.ts';
import { HEATMAP_MAX, similarityMatrix } from '../present/storyOverview.ts';
import { percent as pct } from '../present/labels.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const para = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });
const link = (url: string, value: string): PhrasingContent => ({ type: 'link', url, children: [text(value)] });
const list = (items: PhrasingContent[][]): RootContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })),
});
const cell = (...children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
function table(head: string[], rows: PhrasingContent[][][], align: ('left' | 'right' | null)[] = []): Table {
  return {
    type: 'table',
    align: head.map((_, i) => align[i] ?? null),
    children: [
      { type: 'tableRow', children: head.map((h) => cell(text(h))) },
      ...rows.map((r) => ({ type: 'tableRow' as const, children: r.map((c) => cell(...c)) })),
    ],
  };
}
/** Line breaks inside a cell would end the table row. */
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

/** A word diff GitHub renders: ~~removed~~ and **added**, style-only differences as plain text of the new side. */
export function diffPhrasing(segments: DiffSegment[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let previousMarked = false;
  for (const s of segments) {
    const value = oneLine(s.text);
    if (!value || (s.style && s.op === 'removed')) continue;
    if (s.op === 'equal' || s.style) {
      out.push(text(value));
      previousMarked = false;
      continue;
    }
    // Whitespace stays outside the markers (GFM ignores "~~ x~~"); a replacement gets a space between its two halves.
    const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(value)!;
    if (previousMarked && !lead) out.push(text(' '));
    if (lead) out.push(text(lead));
    out.push(s.op === 'removed' ? { type: 'delete', children: [text(core!)] } : { type: 'strong', children: [text(core!)] });
    if (trail) out.push(text(trail));
    previousMarked = !trail;
  }
  return out;
}

/** Stories the index lists (in order of id); a larger collection's index names the rest by count. */
export const REPORT_INDEX_ROWS = 300;

export function storyFileName(story: Story): string {
  return `${story.id}.md`;
}

function pairSection(c: Comparison, byId: Map<string, Article>): RootContent[] {
  const a = byId.get(c.a)!;
  const b = byId.get(c.b)!;
  const blockText = (article: Article, id: string) => oneLine(article.blocks.find((x) => x.id === id)!.text);
  const counted = c.rows.filter((r) => r.counted);
  const edited = counted.filter((r) => r.changed && r.kind !== 'only-a' && r.kind !== 'only-b');
  const moved = counted.filter((r) => r.kind === 'moved');
  // A side of function words alone ("his → a") is shown with the words around it, as the pages show it.
  const edits = c.edits.filter((e) => !e.style).map(phrase);
  const out: RootContent[] = [
    heading(2, `${outletName(a)} → ${outletName(b)}`),
    para(
      text(
        `${c.relation === 'version' ? 'Versions of one report' : c.relation === 'partial' ? 'A rewrite partly derived from the other' : 'Related reports'} · similarity ${pct(c.similarity)} · ` +
          `${pct(c.containment.aInB)} of ${outletName(a)} is in ${outletName(b)}, ${pct(c.containment.bInA)} the other way · ` +
          `words kept ${c.words.kept}, moved ${c.words.moved}, removed ${c.words.removed}, added ${c.words.added}`,
      ),
    ),
  ];
  if (edits.length) {
    out.push(heading(3, 'Edit summary'));
    out.push(
      list(
        edits.map(({ from, to }) =>
          from && to
            ? [{ type: 'delete', children: [text(oneLine(from))] }, text(' → '), { type: 'strong', children: [text(oneLine(to))] }]
            : from
              ? [text('cut: '), { type: 'delete', children: [text(oneLine(from))] }]
              : [text('added: '), { type: 'strong', children: [text(oneLine(to))] }],
        ),
      ),
    );
  }
  // Each list of paragraphs shows REPORT_PARAGRAPHS and counts the rest: a rewrite's report is not the whole text.
  const more = (n: number) => (n > REPORT_PARAGRAPHS ? [para(text(`and ${n - REPORT_PARAGRAPHS} more (the site and api/ have all).`))] : []);
  if (edited.length) {
    out.push(heading(3, 'Edited paragraphs'));
    for (const r of edited.slice(0, REPORT_PARAGRAPHS)) out.push(para(...diffPhrasing(r.segments)));
    out.push(...more(edited.length));
  }
  if (moved.length) {
    out.push(heading(3, 'Moved paragraphs'));
    out.push(list(moved.slice(0, REPORT_PARAGRAPHS).map((r) => [text(`paragraph ${r.aIndex! + 1} → ${r.bIndex! + 1}: ${blockText(a, r.aBlocks[0]!)}`)])));
    out.push(...more(moved.length));
  }
  for (const [side, ids, article] of [
    ['Only in', c.onlyA, a],
    ['Only in', c.onlyB, b],
  ] as const) {
    if (!ids.length) continue;
    out.push(heading(3, `${side} ${outletName(article)}`));
    out.push(list(ids.slice(0, REPORT_PARAGRAPHS).map((id) => [text(blockText(article, id))])));
    out.push(...more(ids.length));
  }
  if (c.styleChanges.length) {
    out.push(heading(3, 'Style-only differences (not counted as edits)'));
    const side = (s: string) => oneLine(s) || '(nothing)';
    out.push(list(c.styleChanges.map((e) => [text(`${side(e.from)} → ${side(e.to)}`)])));
  }
  return out;
}

// What a story's report shows, bounded so reports/ stays a size a pull request can show: at 5,000 generated captures
// (499 stories of several articles) the unbounded lists of comparisons, paragraphs and versions made 6.7 MB; these
// bounds make it 4.7 MB, each large story's report a summary (the site and api/ have everything).
/** Comparisons a story report shows in full (the ones with the most changed words); the rest are a table row each. */
export const REPORT_PAIRS = 2;
/** Paragraphs each list of a comparison shows in a report (edited, moved, only in one); the rest are counted. */
export const REPORT_PARAGRAPHS = 4;
/** Shared quotations a story report lists. */
export const REPORT_QUOTES = 30;
/** Versions a story report lists one by one (the reference and those that stray most); the rest are counted. */
export const REPORT_MEMBERS = 25;
/** Comparisons beyond REPORT_PAIRS listed as a table row each. */
export const REPORT_PAIR_ROWS = 25;

const DERIVATION: Record<Story['members'][number]['derivation'], string> = {
  reference: 'reference text',
  copy: 'copy',
  trimmed: 'trimmed',
  update: 'update',
  edited: 'edited',
  partial: 'partly derived',
};

/** The reference, then the versions that stray most from it (least similar first), REPORT_MEMBERS in all. */
function membersShown(story: Story, toReference: Map<string, number>): Story['members'] {
  if (story.members.length <= REPORT_MEMBERS) return story.members;
  const rest = story.members.filter((m) => m.derivation !== 'reference');
  rest.sort((x, y) => (toReference.get(x.article) ?? 0) - (toReference.get(y.article) ?? 0) || compareCodeUnits(x.article, y.article));
  return [...story.members.filter((m) => m.derivation === 'reference'), ...rest.slice(0, REPORT_MEMBERS - 1)];
}

export function storyReport(story: Story, records: Records): Root {
  const byId = new Map(records.articles.map((a) => [a.id, a]));
  const versions = story.articles.map((id) => byId.get(id)!);
  const title = storyTitle(story, versions[0]!);
  const toReference = new Map(
    records.comparisons
      .filter((c) => c.story === story.id && (c.a === story.reference || c.b === story.reference))
      .map((c) => [c.a === story.reference ? c.b : c.a, c.similarity] as const),
  );
  const children: RootContent[] = [
    heading(1, title),
    para(
      text('Story '),
      { type: 'inlineCode', value: story.id },
      text(`: ${versions.length} version${versions.length === 1 ? '' : 's'}${story.kind === 'digest' ? ', a digest page' : ''}. Generated by `),
      { type: 'inlineCode', value: 'npm run reports' },
      text('; do not edit.'),
    ),
    table(
      ['Article', 'Outlet', 'Headline', 'Words', 'Derives as', 'Parent', 'Similar to reference'],
      membersShown(story, toReference).map((m) => {
        const a = byId.get(m.article)!;
        const similar = toReference.get(m.article);
        return [
          [text(a.id)],
          [text(outletName(a))],
          [text(articleTitle(a))],
          [text(String(a.bodyWords))],
          [text(DERIVATION[m.derivation])],
          [text(m.parent ?? '—')],
          [text(m.derivation === 'reference' ? '—' : similar === undefined ? 'not compared' : pct(similar))],
        ];
      }),
      [null, null, null, 'right', null, null, 'right'],
    ),
  ];
  if (story.members.length > REPORT_MEMBERS) {
    const rest = story.members.length - REPORT_MEMBERS;
    const kinds = new Map<string, number>();
    for (const m of story.members) kinds.set(DERIVATION[m.derivation], (kinds.get(DERIVATION[m.derivation]) ?? 0) + 1);
    children.push(para(text(`${rest} more versions are not listed one by one. All ${story.members.length}: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}.`)));
  }
  if (story.related.length) {
    const stories = new Map(records.stories.map((x) => [x.id, x]));
    children.push(heading(2, story.kind === 'digest' ? 'Reports it quotes' : 'Stories that share some of its text'));
    children.push(list(story.related.map((r) => [link(`./${storyFileName(stories.get(r.story)!)}`, storyTitle(stories.get(r.story)!, byId.get(r.other)!)), text(` — ${pct(r.share)} of ${r.article} is in ${r.other}`)])));
  }
  if (story.sameEvent.length) {
    const stories = new Map(records.stories.map((s) => [s.id, s]));
    children.push(heading(2, 'Same event, reported in other words'));
    children.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: story.sameEvent.map((l) => {
        const other = stories.get(l.story)!;
        return {
          type: 'listItem',
          spread: false,
          children: [
            {
              type: 'paragraph',
              children: [
                link(`./${storyFileName(other)}`, other.title ?? other.id),
                // In code-unit order and without the strength, which shift with every story added anywhere.
                text(` — both name ${[...l.shared].sort(compareCodeUnits).join(', ')}`),
              ],
            },
          ],
        };
      }),
    });
  }
  if (versions.length > 1 && versions.length <= HEATMAP_MAX) {
    const matrix = similarityMatrix(story);
    children.push(heading(2, 'Similarity'));
    children.push(
      table(
        ['', ...versions.map(outletName)],
        matrix.map((row, i) => [[text(outletName(versions[i]!))], ...row.map((v, j) => [text(i === j ? '—' : v === null ? '·' : pct(v))])]),
        [null, ...versions.map(() => 'right' as const)],
      ),
    );
  }
  const changed = (c: Comparison) => c.words.removed + c.words.added;
  const pairs = records.comparisons
    .filter((c) => c.story === story.id)
    .sort((x, y) => changed(y) - changed(x) || compareCodeUnits(x.a, y.a) || compareCodeUnits(x.b, y.b));
  for (const c of pairs.slice(0, REPORT_PAIRS)) children.push(...pairSection(orientComparison(c, c.a), byId));
  if (pairs.length > REPORT_PAIRS) {
    children.push(heading(2, `${pairs.length - REPORT_PAIRS} more comparisons, fewer words changed${pairs.length > REPORT_PAIRS + REPORT_PAIR_ROWS ? ` (the ${REPORT_PAIR_ROWS} with most changes; the site and api/ have all)` : ''}`));
    children.push(
      table(
        ['Older', 'Newer', 'Similarity', 'Words removed', 'Words added'],
        pairs.slice(REPORT_PAIRS, REPORT_PAIRS + REPORT_PAIR_ROWS).map((c) => [[text(c.a)], [text(c.b)], [text(pct(c.similarity))], [text(String(c.words.removed))], [text(String(c.words.added))]]),
        [null, null, 'right', 'right', 'right'],
      ),
    );
  }
  // Direct quotations only: reported speech is the writer's wording, listed in the quote index apart.
  const quotes = records.quotes.filter((q) => q.stories.includes(story.id) && q.outlets.length > 1 && q.kind !== 'reported').slice(0, REPORT_QUOTES);
  if (quotes.length) {
    children.push(heading(2, 'Shared quotations'));
    children.push(
      table(
        ['Speaker', 'Quotation', 'Outlets', 'Match'],
        quotes.map((q) => [[text(q.speaker ?? 'unknown')], [text(oneLine(q.text))], [text(q.outlets.join(', '))], [text(q.match)]]),
      ),
    );
  }
  return { type: 'root', children };
}

export function indexReport(records: Records): Root {
  const byId = new Map(records.articles.map((a) => [a.id, a]));
  const children: RootContent[] = [
    heading(1, 'Wiretrace reports'),
    para(
      text('How each story changes across the outlets that republish it, generated from seeds/ by '),
      { type: 'inlineCode', value: 'npm run reports' },
      text('. A pull request that adds or corrects an article shows here what it changes in the comparison.'),
    ),
    table(
      ['Story', 'Versions', 'Reference text'],
      records.stories.slice(0, REPORT_INDEX_ROWS).map((s) => {
        const reference = byId.get(s.reference)!;
        return [[link(`./${storyFileName(s)}`, storyTitle(s, byId.get(s.articles[0]!)!))], [text(String(s.articles.length))], [text(`${outletName(reference)} (${s.reference})`)]];
      }),
      [null, 'right', null],
    ),
  ];
  if (records.stories.length > REPORT_INDEX_ROWS)
    children.push(para(text(`${records.stories.length - REPORT_INDEX_ROWS} more stories, in order of id, each with its report in this folder.`)));
  return { type: 'root', children };
}

// Columns are not padded to line up: on a large story the padding to the longest quotation was most of a report,
// and GitHub renders the table the same either way.
const processor = remark().use(remarkGfm, { tablePipeAlign: false }).freeze();

export function toMarkdown(tree: Root): string {
  return processor.stringify(tree);
}

/** Every report file, path relative to reports/ → content. */
export function allReports(records: Records): Map<string, string> {
  const files = new Map<string, string>([['README.md', toMarkdown(indexReport(records))]]);
  for (const s of records.stories) files.set(storyFileName(s), toMarkdown(storyReport(s, records)));
  return files;
}
