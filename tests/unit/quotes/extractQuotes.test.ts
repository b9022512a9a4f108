import { describe, expect, it } from 'vitest';
import { extractQuotes, findQuoteSpans } from '../../../src/lib/quotes/extractQuotes.ts';
import { makeArticle } from '../../support/makeArticle.ts';

const quoted = (text: string) => findQuoteSpans(text).map((s) => text.slice(s.start, s.end));
const extract = (...paragraphs: string[]) => extractQuotes(makeArticle('t', paragraphs));

describe('findQuoteSpans: quote styles', () => {
  it('finds curly, straight, guillemet and German quotations with their character spans', () => {
    const text = '“One,” he said. "Two," she said. «Three», they said. „Vier“, sagte er.';
    expect(quoted(text)).toEqual(['One,', 'Two,', 'Three', 'Vier']);
    const [first] = findQuoteSpans(text);
    expect(first).toMatchObject({ open: 0, start: 1, end: 5, close: 5 });
  });
  it('drops the spaces French typography puts inside guillemets', () => {
    expect(quoted('Il a parlé d’un « moment historique » hier.')).toEqual(['moment historique']);
  });
  it('pairs a straight opening quote with a curly closing one and the other way round', () => {
    expect(quoted('"We are leaving,” he said. “We are staying," she said.')).toEqual(['We are leaving,', 'We are staying,']);
  });
  it('keeps single quotes nested in double quotes inside the outer quotation', () => {
    expect(quoted('“They called it a ‘temporary measure’, but it was not,” he said.')).toEqual([
      'They called it a ‘temporary measure’, but it was not,',
    ]);
    expect(quoted('"We said \'no\' twice," he said.')).toEqual(["We said 'no' twice,"]);
  });
  it('finds single quotes on their own, curly and straight', () => {
    expect(quoted("Putin Hails China's 'Genuine Desire' to Help")).toEqual(['Genuine Desire']);
    expect(quoted('Putin thanks Xi as the ‘good friends’ bolster ties')).toEqual(['good friends']);
  });
  it('does not take apostrophes inside words or plural possessives for quote marks', () => {
    expect(quoted('Putin’s visit and the neighbours’ anger and the residents\' complaints, don\'t worry')).toEqual([]);
    expect(quoted('‘Our neighbours’ homes are safe’, she said.')).toEqual(['Our neighbours’ homes are safe']);
    expect(quoted('“Our neighbours’ homes are safe,” she said.')).toEqual(['Our neighbours’ homes are safe,']);
  });
  it('cuts an unclosed quotation at the end of the paragraph', () => {
    const spans = findQuoteSpans('He said: “We will finish on time. The rest follows.');
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ close: null });
  });
});

describe('extractQuotes', () => {
  it('reads headlines and body paragraphs only, in reading order, with block and span', () => {
    const a = makeArticle('t', ['# ‘We are ready’: minister', '“Body quote,” he said.']);
    a.blocks.push({ ...a.blocks[1]!, id: 'b-000000', kind: 'caption', text: '“Caption quote,” he said.', line: 9, lines: [9] });
    const q = extractQuotes(a);
    expect(q.map((x) => x.text)).toEqual(['We are ready', 'Body quote,']);
    expect(q[1]!.parts[0]).toMatchObject({ blockIndex: 1, start: 1, end: 12 });
  });
  it('joins a quotation that runs over paragraphs: a paragraph ends open and the next opens again', () => {
    const q = extract(
      'Mayor Anna Kowalski said: “The first phase is finished.',
      '“The second phase starts in May.',
      '“The third follows next year.”',
      'The council voted.',
    );
    expect(q).toHaveLength(1);
    expect(q[0]!.parts.map((p) => p.blockIndex)).toEqual([0, 1, 2]);
    expect(q[0]!.text).toBe('The first phase is finished. The second phase starts in May. The third follows next year.');
    expect(q[0]!.unbalanced).toBe(false);
    expect(q[0]!.kind).toBe('statement');
  });
  it('makes `"…," he continued. "…"` one statement in two parts', () => {
    const q = extract('"We did not want this," he continued. "But we will not back down."');
    expect(q).toHaveLength(1);
    expect(q[0]!.parts.map((p) => p.text)).toEqual(['We did not want this,', 'But we will not back down.']);
    expect(q[0]!.kind).toBe('statement');
  });
  it('joins the parts around an attribution whose name has an abbreviation’s point: `"…," Gov. Inslee said. "…"`', () => {
    // The Times of Israel (extraction-2, timesofisrael-com-washington:85).
    expect(extract('“Many will focus on the historic nature of this appointment,” Gov. Inslee said. “And it’s entirely appropriate to do so.”')).toHaveLength(1);
    expect(extract('"We will appeal," said John F. Kennedy Jr. "The ruling is wrong."')).toHaveLength(1);
  });
  it('keeps a second quotation with an attribution of its own apart: `"…," he said. "…," he said, adding …`', () => {
    // The Vancouver Sun quoting Satya Nadella (extraction-2, vancouversun-com-18d5101013d2:167).
    const q = extract('“Technology can do more harm than good,” he said. “We must begin to offset the damaging effects of climate change,” he said, adding that the results would be grave.');
    expect(q.map((x) => x.text)).toEqual(['Technology can do more harm than good,', 'We must begin to offset the damaging effects of climate change,']);
    // A sentence after the second that only begins with one of the speaker's verbs does not part them.
    expect(extract('"Not everyone is affected," she explained. "Try taking it with a meal." She added that it helps.')).toHaveLength(1);
  });
  it('joins the parts around a whole attribution sentence, with where and to whom it was said, an ellipsis for it', () => {
    expect(extract('"We did not want this," he said of the vote, which he lost. "But we will go on."').map((x) => x.text)).toEqual([
      'We did not want this, … But we will go on.',
    ]);
    expect(
      extract('“Carriers are rerouting,” Sophie Lindqvist, an analyst at Seaview, told Reuters. “Schedules will change.”').map((x) => x.text),
    ).toEqual(['Carriers are rerouting, … Schedules will change.']);
  });
  it('takes what a thing is titled, dubbed or called for its name, not for a quotation', () => {
    // Wevolver, Threatpost and the California Globe (extraction-2).
    expect(extract('The lab published its findings in a paper titled: “A limited-preview filtered B-spline approach to tracking control.”')).toEqual([]);
    expect(extract('A new breed of Android malware, dubbed “Agent Smith,” has infected 25 million devices.')).toEqual([]);
    expect(extract('She had bought a laptop battery on Amazon from a seller called “E-Life,” the working name of a Chinese firm.')).toEqual([]);
    // Wikinews: a thing described at length before "called" ("a program … at Fishmongers' Hall called “…”").
    expect(extract('The university had been hosting a program about criminal rehabilitation at Fishmongers\' Hall called "Learning Together".')).toEqual([]);
    // What a person called something is their words.
    expect(extract('The minister called it “a disgrace for the whole country” on Monday.')).toHaveLength(1);
  });
  it('takes the name of a case, one party against another, for a name ("Eva Glawischnig-Piesczek vs. Facebook Ireland Limited")', () => {
    expect(extract('The court ruled in the case "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited".')).toEqual([]);
    expect(extract('The ruling in "Brown v. Board of Education" ended segregation.')).toEqual([]);
    // A statement that names a case is still a statement.
    expect(extract('She said "Brown v. Board of Education changed everything for us."')).toHaveLength(1);
  });
  it('takes the quoted name of a newspaper or a film for a name, not for a quotation', () => {
    expect(extract('„Wir verlieren alles“, sagte Kessler der Zeitung „Saarbrücker Rundschau“.').map((x) => x.text)).toEqual([
      'Wir verlieren alles',
    ]);
    expect(extract('She told the "Financial Times" that the newspaper "Le Monde" had it wrong.')).toEqual([]);
    // Words of the writer's sentence in title case after "the" stay quotations when nothing names a title.
    expect(extract('He dismissed the plan as "Pure Fantasy" and "a waste of time".').map((x) => x.text)).toEqual([
      'Pure Fantasy',
      'a waste of time',
    ]);
  });
  it('keeps two quotations apart when more than an attribution stands between them', () => {
    expect(extract('"We did not want this," he said. The vote was lost. "But we will go on."')).toHaveLength(2);
    expect(extract('"We lost," he said, calling the vote "a disaster" for the town.')).toHaveLength(2);
  });
  it('flags an unbalanced quotation, cuts it at its paragraph and reads the next paragraph normally', () => {
    const q = extract('He said: “We will finish the work on time.', 'The council approved the "emergency" budget.');
    expect(q.map((x) => [x.text, x.unbalanced])).toEqual([
      ['We will finish the work on time.', true],
      ['emergency', false],
    ]);
  });
  it('takes a closing mark with no opening mark as a quotation from the paragraph start, flagged', () => {
    const q = extract('We will pay every contractor,” Kowalski said.');
    expect(q.map((x) => [x.text, x.unbalanced])).toEqual([['We will pay every contractor,', true]]);
  });
  it('never throws on stray marks', () => {
    for (const p of ['"', '“', '”', '‘’', '"""', '« » «', '„', 'a " b “ c ” d \' e']) expect(() => extract(p)).not.toThrow();
  });
  it('tells statements from fragments and scare quotes', () => {
    const kinds = (p: string) => extract(p).map((q) => [q.text, q.kind]);
    expect(kinds('“We are open to dialogue,” the Russian leader said.')).toEqual([['We are open to dialogue,', 'statement']]);
    expect(kinds('Putin said: “We will win.”')).toEqual([['We will win.', 'statement']]);
    expect(kinds('Putin hailed Beijing’s "genuine desire" to help.')).toEqual([['genuine desire', 'fragment']]);
    expect(kinds('The so-called “experts” disagreed.')).toEqual([['experts', 'fragment']]);
    // One word with no punctuation of its own names something, even where a statement could open.
    expect(kinds('The attack was launched by a user labelled "Anonymous", on a website.')).toEqual([['Anonymous', 'fragment']]);
    expect(kinds('“Never,” he said.')).toEqual([['Never,', 'statement']]);
    expect(kinds('He said “closed alliances” were “very harmful” and “counterproductive.”')).toEqual([
      ['closed alliances', 'fragment'],
      ['very harmful', 'fragment'],
      ['counterproductive.', 'fragment'],
    ]);
    // A quotation embedded in the writer's sentence that carries whole sentences is a statement.
    expect(kinds('He said relations are “not directed against anyone. Our cooperation is stabilising”.')[0]![1]).toBe('statement');
    expect(kinds('# ‘We are grateful’: Putin thanks China')).toEqual([['We are grateful', 'statement']]);
  });
});

describe('findQuoteSpans: German reversed guillemets', () => {
  it('reads »…« and ›…‹ as German books and magazines write them, and leaves French « … » as it was', () => {
    expect(quoted('»Wir dürfen das nicht zulassen«, sagte Scholz.')).toEqual(['Wir dürfen das nicht zulassen']);
    expect(quoted('Die Ministerin sagte: ›Das ist gerecht.‹ Dann ging sie.')).toEqual(['Das ist gerecht.']);
    expect(quoted('Merz sprach von einem »historischen Fehler«.')).toEqual(['historischen Fehler']);
    expect(quoted('« Nous verrons », a dit Macron.')).toEqual(['Nous verrons']);
    // Swedish and Finnish close with the same mark they open with.
    expect(quoted('»Vi ses», sa hon.')).toEqual(['Vi ses']);
  });
});

describe('extractQuotes: a French incise inside the marks, and what is none', () => {
  const texts = (...paragraphs: string[]) => extract(...paragraphs).map((q) => [q.text, q.parts.length]);
  it('cuts an incise of any verb inverted with its pronoun out of the quotation, which stays one', () => {
    expect(texts('« Nous verrons, sourit-il. Rien ne presse. »')).toEqual([['Nous verrons … Rien ne presse.', 2]]);
  });
  it('leaves a parenthesis of the speaker’s own ("semble-t-il", "faut-il") and a question in the quotation', () => {
    expect(texts('« Le gouvernement, semble-t-il, ne veut pas agir. Nous attendons », a-t-elle dit.')).toEqual([['Le gouvernement, semble-t-il, ne veut pas agir. Nous attendons', 1]]);
    expect(texts('« Tout cela, faut-il le rappeler, a un coût. »')).toEqual([['Tout cela, faut-il le rappeler, a un coût.', 1]]);
  });
});
