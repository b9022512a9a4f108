// A corpus of captures built from real news text (English Wikinews, CC BY 2.5: bench-data/wikinews/) with every
// pathology of real coverage of one event: wire stories republished 1–300 times (whole, trimmed, re-topped, lightly
// edited, updated through the day, partly rewritten), digest and aggregator pages, each outlet's promo text and page
// furniture, embedded posts and a famous quotation shared across unrelated stories, long transcripts published by
// several outlets and quoted in part by other reports, daily reports built on one template, and independent reports
// of the same event in other words. Every capture knows the story it truly belongs to, so the story model can be
// scored: pairs wrongly merged and pairs wrongly split.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WikinewsArticle {
  id: string;
  title: string;
  date: string;
  url: string;
  text: string;
}

export interface Capture {
  /** File name under seeds/. */
  file: string;
  text: string;
  /** The story it truly belongs to; a digest or aggregator page is a story of its own. */
  truth: string;
  kind: 'wire' | 'copy' | 'trimmed' | 'retopped' | 'edited' | 'update' | 'partial' | 'digest' | 'aggregator' | 'transcript' | 'template' | 'independent' | 'quoting';
}

export function readWikinews(root: string): WikinewsArticle[] {
  return readFileSync(join(root, 'bench-data/wikinews/articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as WikinewsArticle);
}

/** mulberry32: a seeded generator, so every run builds the same corpus. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Wikinews articles set apart for each transcript: about 330 clause-long speaking turns. */
const TRANSCRIPT_SOURCES = 10;
const PLACES = ['River', 'Harbour', 'Valley', 'Lake', 'Hill', 'Coast', 'Bay', 'Forest', 'Plain', 'Ridge', 'Moor', 'Delta', 'Cape', 'Glen', 'Mesa'];
const PAPERS = ['Courier', 'Herald', 'Gazette', 'Ledger', 'Post', 'Tribune', 'Chronicle', 'Observer', 'Times', 'Standard', 'Mercury', 'Sentinel', 'Journal', 'Echo', 'Dispatch'];
const AGENCIES = ['AP', 'Reuters', 'AFP'];
const NAV = [
  ['Home', 'News', 'Politics', 'World', 'Business', 'Sport', 'Opinion'],
  ['Menu', 'Search', 'Sign in', 'Subscribe'],
  ['Local', 'National', 'International', 'Weather', 'Obituaries'],
];
const SHARE = ['Share', 'Facebook', 'X', 'Email', 'Copy link'];
const CLOSERS = [
  'No one covers what is happening in our community like we do. Support independent local journalism with a subscription to the {outlet} today.',
  'The {outlet} depends on readers like you. Become a member and get unlimited access to every story we publish.',
  'Get the {outlet} morning briefing in your inbox: the day’s top stories, delivered before breakfast.',
  'Thank you for reading the {outlet}. Our newsroom relies on your support to keep reporting on the stories that matter.',
];
const POSTS = [
  '“We are monitoring the situation closely and will share updates as soon as we have them. Please stay safe and follow official advice.” — @EmergencyInfo',
  '“Thank you to every volunteer who turned out today. Our community is stronger than any storm.” — @MayorOffice',
  '“Today we delivered on our promise. This is just the beginning of what we can achieve together.” — @GovernmentPress',
  '“Our thoughts are with everyone affected. We have opened our doors to anyone who needs a warm place tonight.” — @CityShelter',
  '“The results speak for themselves. Record turnout, record engagement, and a clear message from voters.” — @CampaignHQ',
  '“We will not comment on ongoing investigations, but we are cooperating fully with the authorities.” — @CompanyNewsroom',
];
const FAMOUS = [
  'As Franklin D. Roosevelt put it, “The only thing we have to fear is fear itself.”',
  'Invoking Martin Luther King Jr., she said: “The arc of the moral universe is long, but it bends toward justice.”',
  'He quoted Winston Churchill: “Success is not final, failure is not fatal: it is the courage to continue that counts.”',
];

/** Replaces about `rate` of the longer words with other words of the corpus: new text that still reads as prose. */
function reword(text: string, rnd: () => number, vocabulary: string[], rate: number): string {
  return text.replace(/\p{L}{5,}/gu, (w) => (rnd() < rate ? vocabulary[Math.floor(rnd() * vocabulary.length)]! : w));
}

/** An outlet's own reporting: a real paragraph with nearly every word of four letters or more replaced, so it shares no passage with any other text. */
function fresh(text: string, rnd: () => number, vocabulary: string[]): string {
  return text.replace(/\p{L}{4,}/gu, (w) => (rnd() < 0.9 ? vocabulary[Math.floor(rnd() * vocabulary.length)]! : w));
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?]["”]?)\s+(?=[A-Z“"])/u).filter((s) => s.trim());
}

function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

interface Outlet {
  name: string;
  host: string;
  nav: string[];
  closer: string | null;
  datelineStyle: number;
}

/**
 * `size` captures (about): story sizes are heavy-tailed (most stories have a few versions, one has up to 80 at 600
 * captures and 300 at 5,000), as in a month of real coverage.
 */
export function generateCorpus(source: WikinewsArticle[], size: number, seed = 1): Capture[] {
  const rnd = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const paragraphsOf = (a: WikinewsArticle) => a.text.split('\n').filter((p) => p.split(' ').length >= 8);
  const usable = source.filter((a) => paragraphsOf(a).length >= 4 && /^\d{4}-\d{2}-\d{2}$/.test(a.date));
  const vocabulary = [...new Set(source.flatMap((a) => a.text.match(/\b\p{Ll}{5,}\b/gu) ?? []))].sort();
  // Texts for transcripts and template reports are set apart; the rest are wire stories.
  const shuffled = [...usable];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const transcriptCount = size >= 2000 ? 3 : 2;
  const transcriptSources = shuffled.splice(0, TRANSCRIPT_SOURCES * transcriptCount);
  const wire = shuffled;

  const outletCount = Math.max(30, Math.min(300, Math.round(size / 8)));
  const outlets: Outlet[] = Array.from({ length: outletCount }, (_, k) => {
    const name = `${PLACES[k % PLACES.length]} ${PAPERS[Math.floor(k / PLACES.length) % PAPERS.length]}${k >= PLACES.length * PAPERS.length ? ` ${Math.floor(k / (PLACES.length * PAPERS.length)) + 1}` : ''}`;
    return {
      name,
      host: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`,
      nav: pick(NAV),
      closer: rnd() < 0.6 ? pick(CLOSERS).replaceAll('{outlet}', name) : null,
      datelineStyle: Math.floor(rnd() * 3),
    };
  });

  const captures: Capture[] = [];
  const used = new Set<string>();
  const fileName = (outlet: Outlet, slug: string) => {
    let base = `${outlet.host.replace('.example', '')}-${slug}`.replace(/-+/g, '-').slice(0, 80).replace(/-+$/, '');
    for (let k = 2; used.has(base); k++) base = `${base.replace(/-\d+$/, '')}-${k}`;
    used.add(base);
    return base;
  };
  const dateLine = (outlet: Outlet, date: string) =>
    outlet.datelineStyle === 0 ? `Published ${date}` : outlet.datelineStyle === 1 ? `${date} • 3 min read` : `Updated ${date} 14:05 GMT`;
  /** A capture as a person copies a page: furniture around the article's text. */
  const page = (outlet: Outlet, date: string, headline: string, body: string[], byline: string | null, teasers: string[]) => {
    const lines = [outlet.nav.join(' '), headline, ...(byline ? [byline] : []), dateLine(outlet, date), SHARE.join(' '), ...body];
    if (teasers.length) lines.push('Most read', ...teasers);
    if (outlet.closer) lines.push(outlet.closer);
    lines.push(`© ${date.slice(0, 4)} ${outlet.name}. All rights reserved.`);
    return `---\noutlet: ${JSON.stringify(outlet.name)}\nurl: https://${outlet.host}/news/${date}/${Math.floor(rnd() * 1e6)}\npublished: ${date}\n---\n${lines.join('\n')}\n`;
  };
  const titles = wire.map((a) => a.title);
  const teasersFor = () => (rnd() < 0.5 ? [pick(titles), pick(titles), pick(titles)] : []);
  const slug = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50);

  // Heavy-tailed story sizes: one very large story, a few large, many small.
  const largest = size >= 2000 ? 300 : 80;
  const storySizes: number[] = [largest, Math.round(largest * 0.4), Math.round(largest * 0.2), Math.round(largest * 0.15)];
  const budget = Math.round(size * 0.82);
  while (storySizes.reduce((t, s) => t + s, 0) < budget) storySizes.push(1 + Math.floor(-Math.log(1 - rnd()) * 6));

  const ledes: { truth: string; text: string; title: string }[] = [];
  storySizes.forEach((versions, k) => {
    const src = wire[k % wire.length]!;
    const round = Math.floor(k / wire.length);
    // A source text used again is respelled, so two stories built on one article still share no passage.
    const respell = (t: string) => (round === 0 ? t : t.replace(/\p{L}{5,}/gu, (w) => `${w}${round.toString(36)}`));
    const paras = paragraphsOf(src).map(respell);
    const title = respell(src.title);
    const truth = `story-${k}`;
    const agency = pick(AGENCIES);
    ledes.push({ truth, text: paras[0]!, title });
    const wireOutlet = outlets[k % outlets.length]!;
    captures.push({ file: fileName(wireOutlet, slug(title)), truth, kind: 'wire', text: page(wireOutlet, src.date, title, paras, `By ${agency}`, teasersFor()) });
    const updates = new Map<number, string[]>();
    for (let v = 1; v < versions; v++) {
      const outlet = outlets[Math.floor(rnd() * outlets.length)]!;
      const date = addDays(src.date, Math.floor(rnd() * 3));
      const r = rnd();
      let body: string[];
      let kind: Capture['kind'];
      if (r < 0.3) [body, kind] = [paras, 'copy'];
      else if (r < 0.52) [body, kind] = [paras.slice(0, 2 + Math.floor(rnd() * Math.max(1, paras.length - 2))), 'trimmed'];
      else if (r < 0.67) [body, kind] = [[fresh(pick(paragraphsOf(pick(wire))), rnd, vocabulary), ...paras.slice(1)], 'retopped'];
      else if (r < 0.82) [body, kind] = [paras.map((p) => (rnd() < 0.3 ? reword(p, rnd, vocabulary, 0.04) : p.replace(/ize/g, 'ise'))), 'edited'];
      else if (r < 0.92) {
        // A write-through: the outlet's earlier text, half kept, and new paragraphs.
        const earlier = updates.get(k) ?? paras;
        body = [...earlier.slice(0, Math.ceil(earlier.length / 2)), ...Array.from({ length: 2 }, () => fresh(pick(paragraphsOf(pick(wire))), rnd, vocabulary))];
        updates.set(k, body);
        kind = 'update';
      } else {
        // Partly derived: half the wire and as much again of the outlet's own reporting.
        const taken = paras.slice(0, Math.max(2, Math.round(paras.length * 0.5)));
        const own = Array.from({ length: Math.max(1, Math.round(taken.length * 0.6)) }, () => fresh(pick(paragraphsOf(pick(wire))), rnd, vocabulary));
        body = [...taken, ...own];
        kind = 'partial';
      }
      if (rnd() < 0.05) body = [...body.slice(0, 2), pick(POSTS), ...body.slice(2)];
      if (rnd() < 0.03) body = [...body, pick(FAMOUS)];
      captures.push({ file: fileName(outlet, slug(title)), truth, kind, text: page(outlet, date, kind === 'retopped' ? `${title}: what we know` : title, body, rnd() < 0.5 ? `By ${agency}` : null, teasersFor()) });
    }
  });

  // Independent reports of the same event in other words: a story of their own.
  for (let k = 0; k < Math.round(size * 0.02); k++) {
    const src = wire[k % wire.length]!;
    const outlet = pick(outlets);
    captures.push({
      file: fileName(outlet, `${slug(src.title)}-own`),
      truth: `independent-${k}`,
      kind: 'independent',
      text: page(outlet, src.date, `${src.title} (own report)`, paragraphsOf(src).map((p) => reword(p, rnd, vocabulary, 0.7)), null, teasersFor()),
    });
  }

  // Transcripts: 300+ short lines, published whole by several outlets; other reports quote a few lines each.
  for (let t = 0; t < transcriptCount; t++) {
    const own = transcriptSources.slice(t * TRANSCRIPT_SOURCES, (t + 1) * TRANSCRIPT_SOURCES);
    const src = own[0]!;
    const lines: string[] = [];
    // Clauses as speaking turns: 300 and more short lines, as a transcript has.
    for (const other of own) for (const s of sentencesOf(other.text)) for (const c of s.split(/(?<=,)\s+(?=\p{L}{4,})/u)) lines.push(`${lines.length % 3 === 0 ? 'MODERATOR' : 'SPEAKER'}: ${c}`);
    const transcript = lines.slice(0, 330);
    const truth = `transcript-${t}`;
    for (let v = 0; v < 3 + Math.floor(rnd() * 3); v++) {
      const outlet = pick(outlets);
      captures.push({ file: fileName(outlet, `transcript-${t}`), truth, kind: 'transcript', text: page(outlet, src.date, `Full transcript: ${src.title}`, transcript, null, []) });
    }
    for (let q = 0; q < 4; q++) {
      const outlet = pick(outlets);
      const quoted = transcript.slice(20 + q * 30, 22 + q * 30).map((l) => `“${l.replace(/^\w+: /, '')}”, the speaker said.`);
      const mine = Array.from({ length: 5 }, () => fresh(pick(paragraphsOf(pick(wire))), rnd, vocabulary));
      captures.push({ file: fileName(outlet, `reaction-${t}-${q}`), truth: `quoting-${t}-${q}`, kind: 'quoting', text: page(outlet, src.date, `Reaction: ${src.title}`, [mine[0]!, ...quoted, ...mine.slice(1)], null, []) });
    }
  }

  // Daily reports on one template with new figures: one story each.
  const template = pick(outlets);
  for (let day = 0; day < Math.max(5, Math.round(size / 60)); day++) {
    const f = () => (1000 + rnd() * 900).toFixed(2);
    const body = [
      `Gold closed at $${f()} an ounce on Friday, ${rnd() < 0.5 ? 'up' : 'down'} ${(rnd() * 3).toFixed(1)} percent on the day, as traders weighed the outlook for interest rates and the dollar.`,
      `Silver settled at $${(15 + rnd() * 10).toFixed(2)}, while platinum ended the session at $${f()} and palladium at $${f()} an ounce in New York trading.`,
      `The benchmark index finished at ${Math.round(3000 + rnd() * 2000)} points, with ${Math.round(rnd() * 400)} stocks advancing and ${Math.round(rnd() * 400)} declining on volume of ${(rnd() * 5).toFixed(1)} billion shares.`,
      `Analysts said markets would watch the central bank's statement next week for any sign of a change in policy, with futures pricing a ${Math.round(rnd() * 100)} percent chance of a cut.`,
    ];
    captures.push({ file: fileName(template, `markets-day-${day}`), truth: `markets-${day}`, kind: 'template', text: page(template, addDays('2020-03-01', day), 'Markets close', body, null, []) });
  }

  // Digest and aggregator pages: the first paragraph (or sentence) of several reports.
  const digests = Math.round(size * 0.03);
  for (let k = 0; k < digests; k++) {
    const outlet = pick(outlets);
    const items = Array.from({ length: 5 + Math.floor(rnd() * 6) }, () => pick(ledes));
    const aggregator = k % 3 === 2;
    const body = items.flatMap((l) => (aggregator ? [l.title, `${sentencesOf(l.text)[0]} Read more`] : [l.title, l.text]));
    captures.push({ file: fileName(outlet, `${aggregator ? 'headlines' : 'morning-briefing'}-${k}`), truth: `digest-${k}`, kind: aggregator ? 'aggregator' : 'digest', text: page(outlet, '2020-03-15', aggregator ? 'Top headlines' : 'Your morning briefing', body, null, []) });
  }
  return captures.slice(0, Math.max(size, captures.length));
}

/** Pairs wrongly merged (one found story, two true ones) and wrongly split (one true story, two found ones). */
export function storyAccuracy(truthOf: Map<string, string>, storyOf: Map<string, string>): { pairs: number; merged: number; split: number; truePairs: number } {
  const count = (key: (id: string) => string) => {
    const sizes = new Map<string, number>();
    for (const id of truthOf.keys()) sizes.set(key(id), (sizes.get(key(id)) ?? 0) + 1);
    let pairs = 0;
    for (const s of sizes.values()) pairs += (s * (s - 1)) / 2;
    return pairs;
  };
  const both = count((id) => `${truthOf.get(id)}\u0000${storyOf.get(id)}`);
  const truePairs = count((id) => truthOf.get(id)!);
  const foundPairs = count((id) => storyOf.get(id)!);
  return { pairs: foundPairs, merged: foundPairs - both, split: truePairs - both, truePairs };
}
