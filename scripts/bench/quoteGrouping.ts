// One speaker quoted thousands of times in one story, in the shapes that make grouping compare many pairs: remarks
// that share only the common words of speech, short remarks one word apart, and a long template with a few words
// changed. Each is timed through the whole quotation stage (extraction, attribution, grouping) of one article.
import { buildQuoteIndex } from '../../src/lib/quotes/index.ts';
import { buildArticles } from '../../src/lib/seeds/loadSeeds.ts';
import { prng } from './realCorpus.ts';

/** Remarks of each case: enough that comparing every pair would take minutes (2,000 short remarks took 26 s so). */
const REMARKS = 3000;
const TEMPLATE = 'the council will review the plan for the harbour next spring and report back to residents soon'.split(' ');

export interface GroupingCase {
  name: string;
  remarks: number;
  groups: number;
  seconds: number;
}

export function quoteGroupingCases(): GroupingCase[] {
  const rand = prng(5);
  const word = () => Array.from({ length: 7 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]).join('');
  const changed = (n: number) => {
    const w = [...TEMPLATE];
    for (let i = 0; i < n; i++) w[Math.floor(rand() * w.length)] = word();
    return w.join(' ');
  };
  const cases: [string, () => string][] = [
    ['remarks sharing only common words', () => `We will ${word()} the ${word()} of the ${word()} and ${word()} it for the ${word()} ${word()}`],
    ['three-word remarks one word apart', () => `We remain ${word()}`],
    [`${TEMPLATE.length}-word template, four words changed`, () => changed(4)],
  ];
  return cases.map(([name, remark]) => {
    const body = Array.from({ length: REMARKS }, () => `"${remark()}," Jane Smith said.`).join('\n\n');
    const { articles } = buildArticles([{ file: 'seeds/one-speaker.md', bytes: new TextEncoder().encode(`# Jane Smith on the plan\n\n${body}\n`) }]);
    const t = performance.now();
    const { quotes } = buildQuoteIndex(articles, () => 'story');
    return { name, remarks: REMARKS, groups: quotes.length, seconds: (performance.now() - t) / 1000 };
  });
}
