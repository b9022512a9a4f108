import { describe, expect, it } from 'vitest';
import { buildArticles } from '../../../src/lib/seeds/loadSeeds.ts';
import { frozenSeeds } from '../../support/frozenSeeds.ts';
import type { Article, BlockKind } from '../../../src/lib/records/article.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const article = (text: string, file = 'seeds/made-up.txt'): Article => buildArticles([{ file, bytes: enc(text) }]).articles[0]!;
const kinds = (text: string) => article(text).blocks.map((b) => [b.kind, b.text] as [BlockKind, string]);

// Hand labels: every line of the five seeds that is not an article paragraph, by the start of its text.
const NON_BODY: Record<string, [string, BlockKind][]> = {
  '2024-05-15-moscow-times': [
    ["Putin Hails China's 'Genuine Desire'", 'headline'],
    ['By AFP', 'byline'],
    ['May 15, 2024', 'dateline'],
    ['Vladimir Putin. Grigory Sysoyev', 'caption'],
    ['Related article: Putin to Visit China', 'related'],
    ['Original url:', 'meta'],
    ['https://www.themoscowtimes.com/', 'meta'],
  ],
  'ndtv-putin-hails-china': [
    ['Moscow has looked to China as a crucial economic lifeline. (File)', 'caption'],
    ['Beijing, China:', 'dateline'],
    ['(Except for the headline', 'note'],
  ],
  'unknown-outlet-putin-grateful-to-beijing': [['Putin was speaking at a conference in Beijing', 'caption']],
  'euronews-putin-thanks-china': [
    ["'We are grateful': Putin thanks China", 'headline'],
    ["'We are grateful': Putin thanks China", 'headline'],
    ['• Oops!', 'boilerplate'],
    ['Something went wrong.', 'boilerplate'],
    ['Please try again later.', 'boilerplate'],
    ['A Russian and Chinese national flag is displayed at Tiananmen Gate in honor of Russian President Vladimir Putin\'s visit, Thursday, May 16, 2024, in Beijing.', 'caption'],
    ['A Russian and Chinese national flag is displayed at Tiananmen Gate in honor of Russian President Vladimir Putin\'s visit, Thursday, May 16, 2024, in Beijing. - Andy Wong', 'caption'],
  ],
  'sky-news-putin-thanks-xi': [
    ['Putin thanks Xi for his efforts', 'headline'],
    ['Ukraine war latest:', 'related'],
    ['Putin in China; Russia advancing', 'related'],
    ['Russian President Vladimir Putin and Chinese President Xi Jinping exchange', 'caption'],
    ['Why Putin may visit Vietnam next', 'subhead'],
    ['Follow Sky News on WhatsApp', 'promo'],
    ['Keep up with all the latest news', 'promo'],
    ['Tap here', 'promo'],
    ['Read more:', 'related'],
    ['What will Xi and Putin want to talk about?', 'related'],
    ['The ‘dual-use’ Chinese goods', 'related'],
    ['Articles You May Like', 'boilerplate'],
    ['England FA chief', 'boilerplate'],
    ['Tesla Cybertruck deliveries', 'boilerplate'],
    ['Oil prices flat', 'boilerplate'],
    ['Cancer treatment delays', 'boilerplate'],
    ['Chinese EV stocks surge', 'boilerplate'],
  ],
};

describe('classification of the seeds', () => {
  const articles = frozenSeeds().articles;
  it.each(Object.keys(NON_BODY))('%s: every non-body line has its labelled kind, and every other line is body', (id) => {
    const a = articles.find((x) => x.id === id)!;
    const nonBody = a.blocks.filter((b) => b.kind !== 'body');
    expect(nonBody.map((b) => b.kind)).toEqual(NON_BODY[id]!.map(([, k]) => k));
    nonBody.forEach((b, i) => expect(b.text.startsWith(NON_BODY[id]![i]![0])).toBe(true));
    for (const b of a.blocks.filter((x) => x.kind === 'body')) expect(b.sentences.length).toBeGreaterThan(0);
  });

  it('rejoins the paragraph the capture broke mid-sentence', () => {
    const mt = articles.find((x) => x.id === '2024-05-15-moscow-times')!;
    const joined = mt.blocks.find((b) => b.text.includes('carried in English on the Kremlin website.'))!;
    expect(joined.lines).toHaveLength(2);
    expect(joined.line).toBe(joined.lines[0]);
    expect(mt.blocks.some((b) => b.text === 'Kremlin website.')).toBe(false);
  });

  it('keeps link targets apart from the plain text', () => {
    const mt = articles.find((x) => x.id === '2024-05-15-moscow-times')!;
    const byline = mt.blocks.find((b) => b.kind === 'byline')!;
    expect(byline.text).toBe('By AFP');
    expect(byline.links).toEqual([{ text: 'AFP', url: '#' }]);
    expect(mt.blocks.some((b) => b.text.includes('**') || b.text.includes(']('))).toBe(false);
  });
});

describe('classification rules on made-up pages', () => {
  it('photo credits: Pic:, / Copyright, an agency after a slash, (File)', () => {
    const page = [
      'A farmer inspects a dry field near the village. Pic: Jane Doe/Reuters',
      'The minister arrives at the summit. / Copyright 2023 Example Images',
      'Flood water covers the road. John Smith / AFP',
      'Protesters gather outside parliament. (File)',
      'The drought has cut harvests across the region by a third this year, officials said on Monday.',
    ].join('\n');
    expect(kinds(page).map(([k]) => k)).toEqual(['caption', 'caption', 'caption', 'caption', 'body']);
  });

  it('headline, byline, date and a place dateline at the top', () => {
    const page = 'Floods Sweep Through Northern Valleys\nBy Maria Lopez\n3 March 2025\nMADRID:\nHeavy rain flooded dozens of towns overnight, emergency services said.';
    expect(kinds(page).map(([k]) => k)).toEqual(['headline', 'byline', 'dateline', 'dateline', 'body']);
    const a = article(page);
    expect(a.author).toBe('Maria Lopez');
    expect(a.published).toBe('2025-03-03');
    expect(a.dateline).toBe('MADRID');
    expect(a.headline).toBe('Floods Sweep Through Northern Valleys');
  });

  it('a standfirst between the headline and the byline', () => {
    const page = 'Markets Slide\nInvestors fled risky assets as rates rose again.\nBy Ann Lee\nStocks fell sharply on Tuesday as bond yields rose for a third day.';
    expect(kinds(page).map(([k]) => k)).toEqual(['headline', 'standfirst', 'byline', 'body']);
  });

  it('calls to action are promos; site interface text is boilerplate', () => {
    const page = [
      'Talks Resume',
      'Negotiators met again in Geneva on Friday after a week-long pause in the talks.',
      'Subscribe to our daily newsletter',
      'Download the Example News app',
      'Loading comments…',
      'Both sides said progress had been made on the question of prisoners, without giving details.',
    ].join('\n');
    expect(kinds(page).map(([k]) => k)).toEqual(['headline', 'body', 'promo', 'promo', 'boilerplate', 'body']);
  });

  it('a short sentence of news with an interface word or a widget name in it ("comment", "sponsored", "most popular") is body; the interface line is not', () => {
    // Real lines that were dropped: "CNN has reached out to the royal family for comment." and "Avigilon declined to
    // comment to Axios." (tests/fixtures/extraction*, cnn-com-oprah-interview and axios-com-f73f114e8d27).
    const page = [
      'Talks Resume',
      'Negotiators met again in Geneva on Friday after a week-long pause in the talks.',
      'The company did not respond to a request for comment.',
      '“No comment,” a spokesman said.',
      'Police said they would try again on Friday.',
      'The bill was sponsored by Sen. Jane Doe.',
      'The most popular baby name was Olivia.',
      'Comments are closed.',
      'Most popular',
      'Please try again later.',
      'There are 12 comments on this article.',
      'Both sides said progress had been made on the question of prisoners, without giving details.',
    ].join('\n');
    expect(kinds(page).map(([k]) => k)).toEqual(['headline', 'body', 'body', 'body', 'body', 'body', 'body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'body']);
  });

  it('a link list is related when on topic, boilerplate when about other things', () => {
    const page = [
      'Wildfire Spreads Near Athens',
      'A wildfire spread through pine forests north of Athens on Sunday, forcing evacuations of villages.',
      'Firefighters battled the wildfire through the night as strong winds pushed the flames towards homes.',
      'More on this story:',
      'Athens wildfire forces new village evacuations',
      'Why Greek wildfire seasons are getting longer and forests drier',
      '',
      'Popular now',
      'Football club appoints new manager after defeat',
      'Recipe: summer strawberry tart',
      'Stock markets close higher on tech rally',
    ].join('\n');
    const k = kinds(page);
    expect(k.slice(3, 6).map(([x]) => x)).toEqual(['related', 'related', 'related']);
    expect(k.slice(6).map(([x]) => x)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
  });

  it('a subhead inside the article, and a Markdown heading', () => {
    const page = [
      'Budget Passes',
      'Parliament approved the budget late on Wednesday after a marathon debate that lasted all day.',
      'What happens next',
      'The bill now goes to the upper house, which is expected to approve it next week without changes.',
      '## Reaction',
      'Opposition leaders called the vote a missed opportunity to reform the tax system properly.',
    ].join('\n');
    expect(kinds(page).map(([k]) => k)).toEqual(['headline', 'body', 'subhead', 'body', 'subhead', 'body']);
  });

  it('notes, captured URLs and Markdown syntax', () => {
    const page = [
      'Rates Held',
      'The central bank kept **interest rates** unchanged, citing [stubborn inflation](https://example.com/inflation).',
      'Source:',
      '<https://example.com/rates-held>',
      '(This story was originally published by a partner agency and has not been edited.)',
    ].join('\n');
    const a = article(page);
    expect(a.blocks.map((b) => b.kind)).toEqual(['headline', 'body', 'meta', 'meta', 'note']);
    expect(a.blocks[1]!.text).toBe('The central bank kept interest rates unchanged, citing stubborn inflation.');
    expect(a.blocks[1]!.links).toEqual([{ text: 'stubborn inflation', url: 'https://example.com/inflation' }]);
    expect(a.url).toBe('https://example.com/rates-held');
    expect(a.outlet).toBe('example.com');
  });

  it('does not join a headline or subhead to the next paragraph, but joins a line cut after a function word', () => {
    const page = [
      'Ministers Agree New Rules for Fishing Fleets in the North Sea',
      'Ministers agreed new fishing rules on Monday that will cut quotas for',
      'several species by a fifth.',
      'Why it matters',
      'Fish stocks have fallen sharply over the past decade, scientists say.',
    ].join('\n');
    const a = article(page);
    expect(a.blocks.map((b) => b.text)).toEqual([
      'Ministers Agree New Rules for Fishing Fleets in the North Sea',
      'Ministers agreed new fishing rules on Monday that will cut quotas for several species by a fifth.',
      'Why it matters',
      'Fish stocks have fallen sharply over the past decade, scientists say.',
    ]);
    expect(a.blocks[1]!.lines).toEqual([2, 3]);
  });

  it('a line repeated at the top of the page is the lead caption; a later repeat is boilerplate', () => {
    const page = [
      'The president speaks to reporters at the White House on Monday after the vote.',
      'The Senate passed the bill by a narrow margin late on Sunday night after hours of debate.',
      'The president speaks to reporters at the White House on Monday after the vote.',
      'The bill now goes to the House of Representatives for a final vote next week.',
      'The Senate passed the bill by a narrow margin late on Sunday night after hours of debate.',
    ].join('\n');
    expect(kinds(page).map(([k]) => k)).toEqual(['caption', 'body', 'body', 'body', 'boilerplate']);
  });

  it('bylines without "By": names with an agency or outlet, an agency alone, a wire credit line', () => {
    const withAgency = [
      'Harbour Cranes Fall Silent',
      'Port workers stopped work at dawn in a dispute over pay and new shift patterns.',
      'Ines Moreau and Pavel Novak, Reuters',
      'Container ships queued outside the harbour on Tuesday as the stoppage entered its second day.',
      '(Reporting by Ines Moreau in Antwerp; Editing by Sam Carter)',
      'Additional reporting by Jan de Vries',
    ].join('\n');
    expect(kinds(withAgency).map(([k]) => k)).toEqual(['headline', 'standfirst', 'byline', 'body', 'byline', 'note']);
    const outlets = ['Harbour Cranes Fall Silent', 'Ines Moreau | Associated Press', 'Olga Sand, Tom Baker and Rui Costa', 'AFP'];
    const body = 'Container ships queued outside the harbour on Tuesday as the stoppage entered its second day.';
    expect(kinds([...outlets, body].join('\n')).map(([k]) => k)).toEqual(['headline', 'byline', 'byline', 'byline', 'body']);
    expect(article(['Harbour Cranes Fall Silent', 'AFP', body].join('\n')).agency).toBe('AFP');
  });

  // The agency's name alone after the last paragraph is a credit, not article text, but not a header byline either.
  it('names are a byline only in the page header: not as the headline, nor as a title-case subhead in the article', () => {
    const page = [
      'Anna Lind and Erik Berg',
      'Two rivals for the party leadership met for a televised debate on Sunday evening.',
      'Rising Prices and Falling Wages',
      'Both candidates promised to bring down the cost of living within two years of taking office.',
      'AFP',
    ].join('\n');
    expect(kinds(page).map(([k]) => k)).toEqual(['headline', 'body', 'subhead', 'body', 'boilerplate']);
  });

  it('date lines: numeric dates, Published / Updated / Modified, relative times, reading time, French and German months', () => {
    const lines = [
      'Published on 05/03/2025 - 18:47 Modified: 05/03/2025 - 19:20',
      'Updated 2 hours ago',
      '5 March 2025 • 4 min read',
      'Last updated: 2025-03-05 09:15 GMT',
      'Publié le 5 mars 2025 à 18h47',
      'Veröffentlicht am 5. März 2025, 16:30 Uhr',
    ];
    for (const line of lines) {
      const a = article(`Bridge Reopens After Repairs\n${line}\nThe bridge reopened to traffic on Wednesday after six months of repairs to its deck.`);
      expect(a.blocks.map((b) => b.kind), line).toEqual(['headline', 'dateline', 'body']);
      expect(a.dateline, line).toBeNull();
    }
    expect(article(`Bridge Reopens\n${lines[4]}\nThe bridge reopened to traffic on Wednesday after months of work.`).published).toBe('2025-03-05');
  });

  it('a copyright notice is boilerplate; a photo credit is a caption, and so is the unpunctuated line above a credit line', () => {
    const page = [
      'Bridge Reopens After Repairs',
      'Engineers on the bridge deck',
      'Image source: Lena Fischer',
      'The bridge reopened to traffic on Wednesday after six months of repairs to its deck.',
      'The mayor cuts the ribbon',
      '(Photo: Tom Hale/AP)',
      'Drivers had faced detours of up to 40 minutes while the crossing was closed.',
      '© Tom Hale/AFP',
      '© 2025 Example Herald',
      'Copyright 2025 Example Media. All Rights Reserved.',
    ].join('\n');
    expect(kinds(page).map(([k]) => k)).toEqual([
      'headline', 'caption', 'caption', 'body', 'caption', 'caption', 'body', 'caption', 'boilerplate', 'boilerplate',
    ]);
  });

  it('share buttons, advertisement labels in other languages, "Reuse this content" and tag lists are boilerplate', () => {
    const page = [
      'Bridge Reopens After Repairs',
      'The bridge reopened to traffic on Wednesday after six months of repairs to its deck.',
      'Anzeige',
      'Drivers had faced detours of up to 40 minutes while the crossing was closed.',
      'Publicité',
      'Share',
      'Share on Facebook',
      'Share: Facebook | X | Email',
      'Reuse this content',
      'Transport · Roads · Local government',
      'Follow us on Instagram',
    ].join('\n');
    expect(kinds(page).map(([k]) => k)).toEqual([
      'headline', 'body', 'boilerplate', 'body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate',
      'boilerplate', 'promo',
    ]);
  });

  it('named link widgets without a colon, on a page with a blank line between all its lines', () => {
    const page = [
      'Bridge Reopens After Repairs',
      'The river bridge reopened to traffic on Wednesday after six months of repairs to its deck.',
      'Drivers had faced long detours while the river bridge was closed for repairs.',
      'Read more',
      'Why the river bridge repairs took six months',
      'Drivers count the cost of bridge detours',
      'More from the North',
      'Lottery winner buys village pub',
      'School choir wins national prize',
      'Most viewed',
      'Celebrity chef opens seaside restaurant',
    ].join('\n\n');
    expect(kinds(page).map(([k]) => k)).toEqual([
      'headline', 'body', 'body', 'related', 'related', 'related', 'boilerplate', 'boilerplate', 'boilerplate',
      'boilerplate', 'boilerplate',
    ]);
  });

  it('an app download prompt is a promo, not a subhead; a short quoted line between paragraphs is a subhead', () => {
    const page = [
      'Bridge Reopens After Repairs',
      'The bridge reopened to traffic on Wednesday after six months of repairs to its deck.',
      'Traffic news wherever you are — download the Example Herald app',
      '‘A weight off our shoulders’',
      'Shop owners on both banks said trade had fallen by a third while the bridge was shut.',
    ].join('\n');
    expect(kinds(page).map(([k]) => k)).toEqual(['headline', 'body', 'promo', 'subhead', 'body']);
  });

  it('prose that mentions a date, publishing, sharing, copyright, an app or reporting stays body', () => {
    const prose = [
      'Published figures show that unemployment rose to 5.1 per cent on 3 March 2025, the highest in four years.',
      'Updated guidance issued on 04/03/2025 tells schools to share their plans with parents.',
      'Copyright lawyers said in 2024 that the ruling left authors with fewer rights than before.',
      'Share prices fell sharply after the company said it would download the costs onto customers.',
      'Users can download the app from Monday, the company said in a statement.',
      'Readers can share their stories with the council, which said copyright would stay with the authors.',
      'Support for the plan fell to 38 per cent in a poll published on Monday.',
      'The inquiry, prompted by reporting by the local newspaper, found that warnings were ignored.',
    ];
    const page = ['Bridge Reopens After Repairs', ...prose].join('\n');
    expect(kinds(page).map(([k]) => k)).toEqual(['headline', ...prose.map(() => 'body')]);
  });

  it('a short line repeated in one outlet’s articles on different stories is that outlet’s furniture', () => {
    const promo = 'Get for the morning briefing';
    const page = (outlet: string, [lede, more]: string[]) => enc(`---\noutlet: ${outlet}\n---\n${lede}\n${promo}\n${more}`);
    const storm = [
      'Storms hit the coast overnight, cutting power to thousands of homes.',
      'Crews worked through the night to restore power to the worst affected towns, the utility company said.',
    ];
    const election = [
      'The election result was confirmed on Friday after a recount in three districts.',
      'Turnout was the highest in decades, with long queues outside polling stations in all three districts.',
    ];
    const sameOutlet = buildArticles([
      { file: 'seeds/a.txt', bytes: page('Example Herald', storm) },
      { file: 'seeds/b.txt', bytes: page('Example Herald', election) },
    ]);
    for (const a of sameOutlet.articles) expect(a.blocks[1]!.kind).toBe('boilerplate');
    // The same line in two outlets' articles is no evidence about either site.
    const twoOutlets = buildArticles([
      { file: 'seeds/a.txt', bytes: page('Example Herald', storm) },
      { file: 'seeds/b.txt', bytes: page('Daily Example', election) },
    ]);
    for (const a of twoOutlets.articles) expect(a.blocks[1]!.kind).not.toBe('boilerplate');
    const same = buildArticles([
      { file: 'seeds/c.txt', bytes: enc('---\noutlet: Example Herald\n---\nStorms hit the coast overnight, cutting power to thousands of homes.\nCrews worked hard.\nMore storms are expected on Sunday across the region.') },
      { file: 'seeds/d.txt', bytes: enc('---\noutlet: Example Herald\n---\nStorms hit the coast overnight, cutting power to thousands of homes.\nCrews worked hard.\nMore storms are expected on Sunday across the region.') },
    ]);
    for (const a of same.articles) expect(a.blocks[1]!.kind).toBe('body');
  });

  it('a wire paragraph carried by three outlets stays body in every copy, each outlet’s own furniture does not', () => {
    // Each outlet keeps the agency's opening paragraph and writes the rest itself, so the copies share little else:
    // exactly the case where repetition across the collection used to read as furniture.
    const lede = 'Dock workers at the port of Valmora walked out on Monday in a dispute over pay.';
    const outlets = [
      ['Harbour Gazette', 'Share this story', [
        'Local traders said the stoppage would hit the weekly fish market hardest, with boats unable to land their catch.',
        'Fishmongers on the harbour front said they had already cancelled orders from restaurants in the old town.',
        'The harbour master said two trawlers had turned back to their home ports further down the coast.',
      ]],
      ['Valmora Courier', 'Listen to this article', [
        'The city council said it would ask both sides to meet at the town hall before the end of the week.',
        'Councillors from the opposition group called for an emergency session to discuss the cost to local businesses.',
        'The mayor declined to comment when approached by this newspaper outside her office on Monday afternoon.',
      ]],
      ['Coastal Times', 'Text size', [
        'Ferry passengers were told to expect delays of several hours while freight traffic was diverted to the north quay.',
        'Lorry drivers queued for most of the morning on the ring road, and police closed one lane to keep traffic moving.',
        'The ferry operator advised travellers to check its website for updated departure times before setting out.',
      ]],
    ] as const;
    const files = outlets.map(([outlet, furniture, own], k) => ({
      file: `seeds/outlet-${k}.txt`,
      bytes: enc(`---\noutlet: ${outlet}\n---\nDockers Walk Out in Valmora\n${furniture}\n${lede}\n${own.join('\n')}\n`),
    }));
    const { articles } = buildArticles(files);
    expect(articles).toHaveLength(3);
    for (const a of articles) {
      expect(a.blocks.find((b) => b.text === lede)?.kind).toBe('body');
      expect(a.blocks.find((b) => b.text === outlets.find(([o]) => o === a.outlet)![1])?.kind).not.toBe('body');
    }
  });
});

describe('body earned from evidence on made-up pages', () => {
  const nav = ['Home', 'World', 'Business', 'Sport', 'Weather', 'Sign in'];
  const story = [
    'Dockers Walk Out at Valmora Port',
    'Dock workers at the port of Valmora walked out on Monday in a dispute over pay and new shift patterns, leaving ships waiting offshore.',
    'The union said the stoppage would last three days unless the port authority returned to talks about the new rota.',
    'What happens next',
    'Port managers said they would meet union leaders on Wednesday, but warned that the new shifts were needed to stay competitive.',
    'Talks resume on Wednesday.',
    'Shipping lines said they had already diverted two vessels to other ports along the coast while the strike lasted.',
  ];
  const teasers = ['More from Valmora', 'Mayor opens new library wing', 'Bakery wins regional prize', 'Council approves cycle lanes', 'Weekend weather: sunny spells'];

  it('keeps the article’s run of prose, with its subhead and one-line paragraph, and drops menus and teaser lists', () => {
    const k = kinds([...nav, ...story, ...teasers].join('\n'));
    expect(k.slice(0, nav.length).every(([x]) => x !== 'body')).toBe(true);
    expect(k[nav.length]![0]).toBe('headline');
    expect(k.slice(nav.length + 1, nav.length + story.length).map(([x]) => x)).toEqual(['body', 'body', 'subhead', 'body', 'body', 'body']);
    expect(k.slice(nav.length + story.length).every(([x]) => x !== 'body')).toBe(true);
  });

  it('a stretch of several short lines inside the article is a box of links; one or two stay with the article', () => {
    const box = ['Read the full statement', 'Port authority timeline', 'Union press release'];
    const page = [...story.slice(0, 3), ...box, ...story.slice(4)].join('\n');
    const k = kinds(page);
    expect(k.slice(3, 6).map(([x]) => x)).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
    expect(k.slice(6).map(([x]) => x)).toEqual(['body', 'body', 'body']);
  });

  it('prose in another language is judged with that language’s function words', () => {
    const german = [
      'Hafenarbeiter legen Arbeit nieder',
      'Die Hafenarbeiter in Valmora haben am Montag die Arbeit niedergelegt, weil sie mit den neuen Schichtplänen nicht einverstanden sind.',
      'Die Gewerkschaft erklärte, der Streik werde drei Tage dauern, wenn die Hafenverwaltung nicht zu den Gesprächen zurückkehre.',
      'Startseite',
      'Impressum',
      'Datenschutz',
    ];
    expect(kinds(german.join('\n')).map(([x]) => x)).toEqual(['headline', 'body', 'body', 'boilerplate', 'boilerplate', 'boilerplate']);
    expect(article(german.join('\n')).blocks[1]!.reason).toBe('a paragraph of prose');
    // Without a language tag the article is in the language of its body, and says so was read from the text.
    expect(article(german.join('\n'))).toMatchObject({ language: 'de', metadataSource: { language: 'text' } });
    expect(article(`---\nlanguage: de-AT\n---\n${german.join('\n')}`)).toMatchObject({ language: 'de-AT', metadataSource: { language: 'front-matter' } });
    expect(article(story.join('\n')).language).toBe('en');
  });

  it('counts an article or pronoun elided into the next word as a function word ("l\'économie", "c\'est")', () => {
    const french = [
      'Le gouvernement présente son budget',
      'Le gouvernement a présenté mardi son projet de budget pour l’année prochaine, qui prévoit une hausse des dépenses.',
      '« C’est un signal positif pour l’économie française », juge l’économiste Thomas Piketty.',
      'Les syndicats ont salué des annonces qui vont, selon eux, dans le bon sens pour les salariés du pays.',
    ];
    expect(kinds(french.join('\n')).map(([x]) => x)).toEqual(['headline', 'body', 'body', 'body']);
  });

  it('a paragraph that ends on a quotation ends its sentence in every quotation style', () => {
    // German closes „…“ and ‚…‘, French sets a space inside « … », Danish and some German copy writes »…«.
    const endings = ['„Wir werden weiter streiken.“', '« Nous ne céderons pas. »', '»Wir bleiben hier.«', '‚Das reicht nicht.‘', '“We will not back down.”'];
    for (const quote of endings) {
      const page = `Hafenarbeiter legen Arbeit nieder\nDer Sprecher der Gewerkschaft sagte am Montag vor Journalisten: ${quote}`;
      expect(kinds(page).map(([x]) => x), quote).toEqual(['headline', 'body']);
    }
  });

  it('a sentence with few function words next to the article’s paragraphs counts for it', () => {
    const page = [
      'Dockers Walk Out at Valmora Port',
      'Valmora dockers, crane drivers, pilots: 2,400 staff out Monday.',
      ...story.slice(1, 3),
    ].join('\n');
    expect(kinds(page).map(([x]) => x)).toEqual(['headline', 'body', 'body', 'body']);
  });

  it('reader comments below the article are not the article; a comment count in the header is only a link', () => {
    const comments = ['3 Comments', 'Jane Doe says:', 'I think the union is right to stand firm on this, the new shifts are far too long for anyone.', 'Reply', 'Sam Roe says:', 'The port will lose business to its rivals if this goes on for more than a week, mark my words.', 'Reply'];
    const page = [story[0]!, '3 Comments', ...story.slice(1), ...comments].join('\n');
    const k = kinds(page);
    expect(k[1]![0]).toBe('boilerplate');
    expect(k.slice(2, story.length + 1).filter(([x]) => x === 'body')).toHaveLength(5);
    expect(k.slice(story.length + 1).every(([x]) => x !== 'body')).toBe(true);
  });

  it('a headline that ends in "says" is a headline, not the line that introduces a comment ("…, mayor says")', () => {
    const page = ['Valmora port to reopen on Monday, mayor says', 'By Jane Reporter', ...story.slice(1)].join('\n');
    const k = kinds(page);
    expect(k[0]).toEqual(['headline', 'Valmora port to reopen on Monday, mayor says']);
    // A name alone before "says", with or without its colon, still introduces a comment.
    const comments = ['3 Comments', 'Jane Doe says', 'I think the union is right to stand firm on this, the new shifts are far too long for anyone.'];
    expect(kinds([story[0]!, ...story.slice(1), ...comments].join('\n')).at(-2)![0]).toBe('boilerplate');
  });

  it('"Ann Lee said:" before a paragraph that opens a quotation is the article’s lead-in, neither a comment nor a subhead', () => {
    const leadIns = ['Ann Lee said:', 'Dan White commented:', 'Party chairman Tom Hill agrees in comments on the site:'];
    for (const leadIn of leadIns) {
      const quotation = '“The port will lose business to its rivals if this goes on for more than a week, mark my words.”';
      const k = kinds([story[0]!, ...story.slice(1, 3), leadIn, quotation, ...story.slice(3)].join('\n'));
      expect(k[3]).toEqual(['body', leadIn]);
      expect(k[4]![0]).toBe('body');
    }
  });

  it('known furniture anywhere on the page: controls, script text, consent and paywall notices, tags, labelled bylines', () => {
    const furniture = [
      'window._taboola = window._taboola || []; _taboola.push({article: "auto"});',
      'A A',
      'play_arrow',
      '00:00 / 02:31',
      'We use cookies and similar technologies to improve your experience on our site. By clicking accept you consent to our use of cookies.',
      'This article is for subscribers only. Already a subscriber? Log in to continue reading.',
      'Tags: ports, strikes, Valmora',
      'Author: Jane Doe',
    ];
    const page = [story[0]!, ...story.slice(1, 3), ...furniture, ...story.slice(4)].join('\n');
    const k = kinds(page);
    expect(k.slice(3, 3 + furniture.length).map(([x]) => x)).toEqual([
      'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'byline',
    ]);
    expect(k.slice(3 + furniture.length).map(([x]) => x)).toEqual(['body', 'body', 'body']);
  });

  it('the headline is the title-like line above the body that names its subject, not a form label above it', () => {
    const page = [
      'Enter City and State or Zip Code',
      'Local weather forecast for your area',
      ...nav,
      story[0]!,
      'By Jane Doe',
      ...story.slice(1),
    ].join('\n');
    expect(article(page).headline).toBe(story[0]);
  });

  // Limit: a standfirst that shares far more of the article's words than the headline (over twice as many) is taken
  // for it.
  it('a standfirst without a full stop under the headline does not take its place', () => {
    const page = [
      story[0]!,
      'Walkout at Valmora port over the new shifts',
      'By Jane Doe',
      ...story.slice(1),
    ].join('\n');
    expect(kinds(page).slice(0, 3).map(([x]) => x)).toEqual(['headline', 'standfirst', 'byline']);
  });

  it('a byline in lower case under the headline is not joined to it', () => {
    const page = [story[0]!, 'by Jane Doe and Sam Roe', 'von Max Muster', ...story.slice(1)].join('\n');
    const a = article(page);
    expect(a.headline).toBe(story[0]);
    expect(a.blocks[1]!.text).toBe('by Jane Doe and Sam Roe');
    // A sentence cut before "by" still goes on in lower case.
    const cut = article(['Ships were turned away from the port on Monday after the walkout called', 'by the dockers’ union left no crews.'].join('\n'));
    expect(cut.blocks[0]!.text).toBe('Ships were turned away from the port on Monday after the walkout called by the dockers’ union left no crews.');
  });

  it('a headline above a longer standfirst without a full stop, and not a breadcrumb that carries the headline', () => {
    const withDek = [
      'Home',
      'Business',
      'Valmora dockers strike over shift patterns',
      'Port workers in Valmora walked out on Monday over pay and new shift patterns that the union says are unsafe',
      ...story.slice(1),
    ].join('\n');
    expect(article(withDek).headline).toBe('Valmora dockers strike over shift patterns');
    const crumb = ['Start News Valmora Dockers strike over shift patterns', 'Dockers strike over shift patterns', ...story.slice(1)].join('\n');
    expect(article(crumb).headline).toBe('Dockers strike over shift patterns');
  });

  it('a kicker, a dateline or a "continue reading" link just above the headline is not the headline', () => {
    const page = ['PORTS', 'Valmora News 12 May 2025, 7:40 AM', story[0]!, ...story.slice(1)].join('\n');
    expect(article(page).headline).toBe(story[0]);
    const link = ['Continue reading the main story', 'Dockers walk out at Valmora port over new shifts', ...story.slice(1)].join('\n');
    expect(article(link).headline).toBe('Dockers walk out at Valmora port over new shifts');
    expect(kinds(link)[0]![0]).toBe('boilerplate');
  });

  it('of two lines above a long standfirst, the headline is the one that shares more of the article', () => {
    const page = [
      'Valmora dockers walk out over pay and shift patterns',
      'Port of Valmora news',
      'Dock workers walked out on Monday over pay and new shift patterns, leaving ships waiting offshore for days',
      ...story.slice(1),
    ].join('\n');
    expect(article(page).headline).toBe('Valmora dockers walk out over pay and shift patterns');
  });

  it('the headline is looked for above the article’s paragraphs, past a stray notice that reads as prose at the top', () => {
    const page = [
      'You are using an older browser version. Please use a supported version for the best experience on this site.',
      ...nav,
      story[0]!,
      'By Jane Doe',
      ...story.slice(1),
    ].join('\n');
    expect(article(page).headline).toBe(story[0]);
  });

  it('a headline that asks a question may stand where the body starts; in another language its function words do not count', () => {
    const page = ['Menu', 'Will the Valmora Dockers Strike Spread to Other Ports?', ...story.slice(1)].join('\n');
    expect(article(page).headline).toBe('Will the Valmora Dockers Strike Spread to Other Ports?');
    const german = [
      'Über uns',
      'Über die Region',
      'Hafenarbeiter in Valmora legen die Arbeit nieder',
      'Die Hafenarbeiter in Valmora haben am Montag die Arbeit niedergelegt, weil sie mit den neuen Schichtplänen nicht einverstanden sind.',
      'Die Gewerkschaft erklärte, der Streik werde drei Tage dauern, wenn die Hafenverwaltung nicht zu den Gesprächen über die Schichten zurückkehre.',
    ].join('\n');
    expect(article(german).headline).toBe('Hafenarbeiter in Valmora legen die Arbeit nieder');
  });

  it('a headline in Title Case may end with a full stop; a skip link in another language is not the headline', () => {
    const page = ['Zum Inhalt springen', 'Menu', 'Valmora Dockers Walk Out. Ships Wait Offshore.', ...story.slice(1)].join('\n');
    expect(article(page).headline).toBe('Valmora Dockers Walk Out. Ships Wait Offshore.');
    expect(kinds(page)[0]![0]).toBe('boilerplate');
  });

  it('with no other headline, the line above the lead photo’s credit is the headline, not its caption', () => {
    const page = ['Menu', 'Dockers walk out at Valmora port', '© Photo: REUTERS / Jane Doe', ...story.slice(1)].join('\n');
    expect(article(page).headline).toBe('Dockers walk out at Valmora port');
    // With a headline above it, the line over the credit stays the caption.
    const withHeadline = [story[0]!, 'Dock workers on the picket line at the Valmora port gate', '© Photo: REUTERS / Jane Doe', ...story.slice(1)].join('\n');
    expect(kinds(withHeadline).slice(0, 3).map(([x]) => x)).toEqual(['headline', 'caption', 'caption']);
  });

  it('a paragraph ending in a link to read more of it is a paragraph, not a title', () => {
    const teaser = 'Union leaders said the stoppage had broad support among crane drivers and pilots at the port. [read more]';
    const polish = 'Związkowcy podkreślają, że strajk popierają także operatorzy dźwigów i piloci w porcie. [czytaj więcej]';
    for (const line of [teaser, polish]) {
      const page = [story[0]!, 'By Jane Doe', line, ...story.slice(1)].join('\n');
      expect(article(page).headline).toBe(story[0]);
      expect(kinds(page).find(([, t]) => t === line)?.[0]).toBe('body');
    }
  });

  it('a summary above the article that carries its first paragraphs whole is furniture; the paragraphs stay', () => {
    const summary = `${story[1]} ${story[2]}`;
    const page = [...nav, story[0]!, 'By Jane Doe', 'May 12, 2025', summary, ...story.slice(1)].join('\n');
    const k = kinds(page);
    expect(k.find(([, t]) => t === summary)?.[0]).toBe('boilerplate');
    expect(article(page).blocks.find((b) => b.text === summary)?.reason).toMatch(/summary above the article/);
    expect(k.filter(([, t]) => t === story[1] || t === story[2]).map(([x]) => x)).toEqual(['body', 'body']);
  });

  it('a paragraph that only puts an attribution before a quotation a later entry repeats is no summary (live blogs)', () => {
    const quote = '"We asked them what we say to the 400,000 people who would lose their jobs tomorrow. They thought that was a political matter for us."';
    const page = [...nav, story[0]!, 'By Jane Doe', story[1]!, `He said: ${quote}`, story[2]!, story[3]!, quote].join('\n');
    expect(kinds(page).find(([, t]) => t === `He said: ${quote}`)?.[0]).toBe('body');
  });

  it('paragraphs each followed by the same link to read the rest are teasers of other pages; one "Read more" box is not', () => {
    const teasers = [
      'Mayor opens new library wing',
      'The new wing of the Valmora library opened on Saturday with a reading room for children and a small café',
      'READ THE REST',
      'Bakery wins regional prize',
      'A family bakery in the old town won the regional bread prize for the third year in a row on Sunday',
      'READ THE REST',
      'Council approves cycle lanes',
      'The council approved four new cycle lanes along the harbour road after a long debate on Tuesday night',
      'READ THE REST',
    ];
    const k = kinds([...story, ...teasers].join('\n'));
    expect(k.slice(story.length).every(([x]) => x !== 'body')).toBe(true);
    expect(article([...story, ...teasers].join('\n')).blocks.find((b) => b.text === teasers[4])?.reason).toMatch(/teaser of another page/);
    // The article's last paragraph above one "Read more" box stays the article's.
    const box = kinds([...story, 'Read more', 'Mayor opens new library wing', 'Bakery wins regional prize'].join('\n'));
    expect(box[story.length - 1]![0]).toBe('body');
  });

  it('the front matter’s headline names the headline line', () => {
    const page = `---\nheadline: Dockers Walk Out at Valmora Port\n---\nValmora port latest\n${story.join('\n')}`;
    const a = article(page);
    expect(a.blocks.find((b) => b.kind === 'headline')?.text).toBe(story[0]);
    expect(a.blocks.find((b) => b.kind === 'headline')?.reason).toBe('the headline given in the front matter');
  });
  it('cookie and data-protection notices in other languages are furniture; an article about cookies is not', () => {
    const notices = [
      'Diese Website verwendet Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Mehr dazu in unserer Datenschutzerklärung.',
      'Nous utilisons des cookies pour améliorer l’offre que nous vous proposons sur ce site.',
    ];
    const news = 'The regulator fined the company after it placed tracking cookies on visitors’ computers without asking them first.';
    // The List on multivitamins (thelist-com-multivitamin:53): cookies that are baked speak to the reader too.
    const baking = 'Your daily vitamin will work in tandem with your diet, said Best. So don’t start throwing vitamins on top of pizza or baking them into cookies anytime soon.';
    const k = kinds([story[0]!, ...notices, ...story.slice(1, 3), news, baking, ...story.slice(4)].join('\n'));
    expect(k.slice(1, 3).map(([x, t]) => [x, t.slice(0, 10)])).toEqual(notices.map((t) => ['boilerplate', t.slice(0, 10)]));
    expect(k.find(([, t]) => t === news)?.[0]).toBe('body');
    expect(k.find(([, t]) => t === baking)?.[0]).toBe('body');
  });

  it('a long list of names with their roles right after the last paragraph is the article (an open letter’s signatories)', () => {
    const letter = [
      'An Open Letter on the Future of the Valmora Port',
      'We, the undersigned, ask the port authority and the union to return to talks before the strike harms the whole region.',
      'The port is the largest employer in Valmora, and every week of the stoppage costs the families who depend on it.',
      'We call on both sides to accept an independent mediator and to publish the new shift patterns for public comment.',
    ];
    const signatories = [
      'Ana Ferreira, harbour pilot',
      'Tomás Lindqvist',
      'Hélène Dubois, Valmora Chamber of Commerce',
      'Marcus O. Whitfield, historian',
      'Priya Raman, University of Valmora',
      'Jonas de la Vega, fisherman',
      'Grace Okafor',
      'Peter van Dijk, ship chandler',
      'Lena Hoffmann, nurse',
      'Samuel K. Mensah, Valmora Rowing Club',
      'Nadia Petrova',
      'Oliver Grant, retired docker',
    ];
    const footer = ['Home', 'About', 'Contact', 'Privacy Policy'];
    const k = kinds([...letter, ...signatories, ...footer].join('\n'));
    const list = k.slice(letter.length, letter.length + signatories.length);
    expect(list.every(([x]) => x === 'body')).toBe(true);
    expect(article([...letter, ...signatories].join('\n')).blocks[letter.length]!.reason).toMatch(/list of names that directly continues the article/);
    expect(k.slice(letter.length + signatories.length).every(([x]) => x !== 'body')).toBe(true);
  });

  it('names without roles after the article (a site’s list of its writers), or a short list of names, stay furniture', () => {
    const writers = ['Ana Ferreira', 'Tomás Lindqvist', 'Hélène Dubois', 'Marcus Whitfield', 'Priya Raman', 'Jonas Vega', 'Grace Okafor', 'Peter Dijk', 'Lena Hoffmann', 'Nadia Petrova'];
    const k = kinds([...story, ...writers].join('\n'));
    expect(k.slice(story.length).every(([x]) => x !== 'body')).toBe(true);
    const few = ['Ana Ferreira, harbour pilot', 'Tomás Lindqvist, writer', 'Hélène Dubois, editor', 'Grace Okafor, photographer'];
    expect(kinds([...story, ...few].join('\n')).slice(story.length).every(([x]) => x !== 'body')).toBe(true);
  });

  it('short lines that a line ending in a colon introduces between paragraphs are the article’s list', () => {
    const page = [
      story[0]!,
      story[1]!,
      'The union listed what it wants from the talks:',
      'A cap of ten hours per shift',
      'Two rest days in a row',
      'Overtime paid at time and a half',
      'A review of the rota after six months',
      story[4]!,
      story[6]!,
    ].join('\n');
    const k = kinds(page);
    expect(k.slice(1).map(([x]) => x)).toEqual(['body', 'body', 'body', 'body', 'body', 'body', 'body', 'body']);
    expect(article(page).blocks[3]!.reason).toMatch(/list that a line ending in a colon introduces/);
  });

  it('without the colon, or with no paragraph after them, those short lines stay a box of links', () => {
    const box = ['A cap of ten hours per shift', 'Two rest days in a row', 'Overtime paid at time and a half', 'A review of the rota after six months'];
    const noColon = kinds([story[0]!, story[1]!, 'The union published its demands on Monday.', ...box, story[4]!, story[6]!].join('\n'));
    expect(noColon.slice(3, 3 + box.length).every(([x]) => x !== 'body')).toBe(true);
    const atEnd = kinds([story[0]!, story[1]!, story[2]!, 'The union listed what it wants from the talks:', ...box, 'Home', 'Contact'].join('\n'));
    expect(atEnd.slice(4, 4 + box.length).every(([x]) => x !== 'body')).toBe(true);
  });

  it('a summary under the headline with no paragraphs below it is the article, not a standfirst', () => {
    const page = [story[0]!, story[1]!, 'By Jane Doe', 'Home', 'Contact', 'Imprint'].join('\n');
    expect(kinds(page).slice(0, 3).map(([x]) => x)).toEqual(['headline', 'body', 'byline']);
  });
});
