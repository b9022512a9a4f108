// Who is who in a story: the grammar of a mention of a person ("Mr Xi", "the Russian leader", "China's number one")
// and an alias table built from the story's own text, so every mention resolves to one canonical name.
// Nothing here knows any particular person: titles, roles and nationalities come from how the text introduces people.
import { compareCodeUnits } from '../text/order.ts';
import { gapBefore, tokenize, type Token } from '../text/tokens.ts';
import { isSentenceOpener, NOT_NAMES, TITLES } from '../text/lexicon/names.ts';
import { speechVerbTense } from '../text/lexicon/speechVerbs.ts';
import { givenNameGender, isGivenName } from '../text/lexicon/givenNames.ts';
import { ENGLISH_FUNCTION_WORDS, isFunctionWordOfAnyLanguage } from '../text/lexicon/functionWords.ts';
import { endsWithStop, followsDatelineLead } from '../text/sentenceEnd.ts';
import { countryNames, isCountryName } from '../text/lexicon/countries.ts';
import {
  DEFINITE_ARTICLES,
  GERMAN_ARTICLES,
  GERMAN_BEFORE_ADJECTIVE,
  isOtherLanguageDescribed,
  OTHER_LANGUAGE_GROUP_HEADS,
  OTHER_LANGUAGE_INDEFINITES,
  OTHER_LANGUAGE_OPENERS,
  PERSON_PRONOUNS,
  isOtherLanguageOrgWord,
  isOtherLanguageRole,
  AGE_DESCRIPTION,
} from '../text/lexicon/otherLanguages.ts';

/** The end of the sentence before a word, and the space before it. */
const STOP_BEFORE_WORD = endsWithStop('.!?', String.raw`\s+`);
/** Characters read before a word for the end of the sentence before it (a stop, a closing mark, spaces). */
const SENTENCE_GAP = 4;

/** "he", "she" and their equivalents in the languages of `otherLanguages.ts` ("sagte er", "dijo ella"). */
const PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([['he', 'male'], ['she', 'female'], ...PERSON_PRONOUNS]);
/** Pronouns of other languages that are also given names ("Ella Fitzgerald", "Elle Macpherson"). */
const ALSO_NAMES = new Set(['ella', 'elle', 'lei', 'lui', 'ona']);
/** `next`: the token after; a capitalised "Elle" before another capitalised word is a name, before a verb a pronoun. */
/** Verbs French writes with an impersonal "il" ("il apparaît que", "il y a" through "y"). */
const FRENCH_IMPERSONAL_VERBS: ReadonlySet<string> = new Set(
  'apparaît apparait semble semblait paraît parait faut fallait faudra faudrait convient suffit y s’agit s\'agit reste restait importe'.split(' '),
);
function isPersonPronoun(t: Token, next: Token | undefined): boolean {
  if (!PRONOUNS.has(t.lower)) return false;
  // French "il" is Italian's article: "ha detto il ministro Giorgetti" names the minister.
  if (DEFINITE_ARTICLES.has(t.lower) && next && (isCapitalised(next) || isOtherLanguageRole(next.text) || ROLE_HEADS.has(next.lower))) return false;
  return t.text === t.lower || !ALSO_NAMES.has(t.lower) || !next || !isCapitalised(next);
}
/** The gender a person pronoun gives ("she", "elle", "sie" → female), null for any other word. */
export function pronounGender(word: string): 'male' | 'female' | null {
  const w = word.toLowerCase();
  return w === 'her' ? 'female' : w === 'him' || w === 'his' ? 'male' : (PRONOUNS.get(w) ?? null);
}
/** "it said", "they say": a body or a group spoken of before, never a person. */
// ("Ils estiment que …", "selon eux", "ellos dijeron": the French, Spanish and Portuguese "they".)
export const BODY_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'ils', 'elles', 'eux', 'ellos', 'ellas', 'eles', 'elas']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'mme', 'mlle', 'frau']);
const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'herr']);

/** Nouns that head a role phrase ("foreign minister", "Kremlin spokesman"). */
const ROLE_HEADS = new Set(
  (
    'president leader premier chancellor minister secretary secretary-general spokesman spokeswoman spokesperson ' +
    'ambassador envoy official king queen emperor pope senator governor mayor general commander chairman chairwoman ' +
    'chair director adviser advisor aide diplomat negotiator prosecutor judge ceo chief head monarch ' +
    // Professions and offices that introduce people who are no politicians: "said port director Anders Berg".
    'economist analyst lawyer attorney professor researcher scientist expert doctor activist executive manager ' +
    'officer owner lawmaker legislator mp mep representative candidate founder coach captain author historian ' +
    'strategist journalist editor commissioner inspector councillor councilor admiral colonel lieutenant sergeant ' +
    'bishop cardinal priest pastor reverend vicar rector rabbi imam prince princess empress sultan emir sheikh campaigner organiser organizer worker resident witness member superintendent ' +
    'justice magistrate sheriff constable detective chaplain actor actress singer musician artist writer novelist ' +
    'poet player athlete footballer astronaut astronomer physicist chemist biologist engineer pilot farmer teacher ' +
    'nurse surgeon physician chef designer producer filmmaker comedian presenter reporter correspondent columnist ' +
    'blogger undersecretary chancellor principal dean administrator broadcaster herpetologist ecologist ' +
    // The offices of American local and state government: "Councilwoman Maria Lopez", "Assemblyman John Doe".
    'councilwoman councilman councilmember alderman alderwoman assemblyman assemblywoman assemblymember congressman ' +
    'congresswoman selectman selectwoman supervisor trustee coroner provost comptroller controller treasurer clerk ' +
    // A series' lead ("Lead Paul Lee"), a house's speaker ("House Speaker Nancy Pelosi").
    'lead speaker ' +
    // Who a local story's people are: "Neighbour Jim Evans, 71, said", "said student Mia Chen".
    'neighbour neighbor student volunteer survivor protester evacuee homeowner commuter ' +
    // Offices English news names in another language: Ireland's prime minister and deputy.
    'taoiseach tánaiste tanaiste'
  ).split(' '),
);
/** Modifiers that make a role another office: a vice president, a former or deputy minister, an opposition or a
 * majority leader is not the one in office at the head. */
const RANKS_APART = new Set(['vice', 'former', 'deputy', 'ex', 'minority', 'majority', 'opposition']);
/** Words that may stand before a role head inside one role phrase. */
const ROLE_MODIFIERS = new Set([
  ...(
    'foreign defence defense prime acting interim top senior interior finance economy economic ' +
    'trade press state supreme first chief executive military security'
  ).split(' '),
  // Every rank that makes another office may stand in the phrase: "Opposition Leader", "Majority Leader".
  ...RANKS_APART,
]);
/** Titles that stand with a sovereign's or pontiff's single name as part of how the person is known. */
const REGNAL = new Set(['pope', 'king', 'queen', 'emperor', 'empress', 'prince', 'princess', 'sultan', 'emir', 'sheikh']);
/** Role heads that name the one person at the top of a country: any of them reaches the same person. */
const HEAD_OF_STATE = ['president', 'leader', 'number one', 'head of state'];
const HEAD_OF_GOVERNMENT = ['prime minister', 'premier', 'chancellor'];

/** Words that make a capitalised phrase an organisation rather than a person. */
const ORG_WORDS = new Set(
  (
    'agency news ministry office times post press media broadcasting broadcaster television tv radio party council ' +
    'committee government bank group inc ltd corp company university institute department house kremlin army ' +
    'navy police court parliament congress senate assembly union commission embassy service network channel journal ' +
    'administration association foundation organisation organization federation authority board corporation ' +
    'airline airlines league club school hospital college museum agency bureau directorate secretariat cabinet ' +
    'coalition alliance movement front fund trust society institution observatory limited llc plc gmbh community ' +
    'municipality county borough partnership center centre laboratory survey bulletin force church project charity ' +
    // A firm by what it makes or does: "Amazon Web Services", "General Motors", "Cirrus Logic Technologies".
    'industries systems technologies holdings enterprises motors airways railways pharmaceuticals studios ' +
    // Words that name only newspapers: "the Sydney Morning Herald", "the Daily Telegraph".
    'herald tribune gazette chronicle courier telegraph'
  ).split(' '),
);
/** Words before a name that make it a part played, not a person: "the character of", "the role of", "playing". */
const FICTIONAL_PART = /(?:^|\s)(?:character|role|part|playing|plays|played)(?:\s+of)?$/;
/** A given name and at most two more words: "Anne Sacoolas", "Mary Ann Jones"; a longer run is rarely one name. */
const GIVEN_NAME_RUN_MAX = 3;
/** Words a description may run between a role and the name in apposition after it. */
const DESCRIPTION_BEFORE_NAME_WORDS = 12;
/** The full name set off by commas after a description that ends a role phrase, or null. */
function nameAfterDescription(text: string, toks: Token[], from: number): string[] | null {
  for (let k = from; k < Math.min(toks.length, from + DESCRIPTION_BEFORE_NAME_WORDS); k++) {
    const g = gapBefore(text, toks, k);
    if (/[.;:!?]/.test(g)) return null;
    if (!/^\s*,\s*$/.test(g)) continue;
    const m = parseMention(text, toks, k);
    const after = m && toks[m.to] ? gapBefore(text, toks, m.to) : '';
    return m && m.kind === 'name' && m.name.length >= 2 && !m.possessive && /^\s*,/.test(after) ? m.name : null;
  }
  return null;
}
/** Capitalised words read after a possessive for the rest of a body's name ("Children's Hospital", "Tom's Diner Bar"). */
const NAME_AFTER_OWNER_WORDS = 3;

/**
 * The possessive word at `k` is part of a body's name that ends, a few capitalised words on, in a body's word: "St
 * Vincent's Hospital", "Casey's Bar", "Children's Hospital". Not a country's ("Taiwan's Constitutional Court"), nor an
 * owner opening the run before a body named in two words or more, which is the owner's ("Acme's Research Council").
 */
function ownerInsideName(text: string, toks: Token[], k: number, first: boolean): boolean {
  const owner = stripPossessive(toks[k]!.text);
  if (!owner.possessive || isCountryName(owner.word)) return false;
  let last = -1;
  for (let e = k + 1; e <= k + NAME_AFTER_OWNER_WORDS && toks[e] && tightAt(text, toks, e) && /^\p{Lu}/u.test(toks[e]!.text); e++) last = e;
  if (last < 0 || (first && last > k + 1)) return false;
  const end = stripPossessive(toks[last]!.text);
  return isOrgWord(end.word) && !end.possessive;
}

/**
 * Places of business that speak for themselves ("Casey's Bar", "Hotel Arpit Palace"), in the singular only: "Pubs
 * called the plan …" are many pubs, no body.
 */
const VENUE_WORDS = new Set('bar pub hotel restaurant cafe café inn tavern bakery brewery salon clinic pharmacy'.split(' '));

/** A word that makes a capitalised phrase an organisation, in English or another language ("Polizei", "ministère"). */
function isOrgWord(word: string): boolean {
  const lower = word.toLowerCase();
  // "Services", "Networks", "Unions": a body's word in the plural names one body still.
  return ORG_WORDS.has(lower) || VENUE_WORDS.has(lower) || (lower.endsWith('s') && ORG_WORDS.has(lower.slice(0, -1))) || isOtherLanguageOrgWord(word);
}
/**
 * Head nouns of an organisation as the writer refers back to it in lower case ("the ministry said", "the postal
 * service said", "a company spokesman"). "group" and "party" are left out: "the group" is as often a few people.
 */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  (
    'ministry department agency government administration company firm corporation service council committee ' +
    'commission police court board authority office bank army military navy embassy union university school ' +
    'hospital institute association foundation organisation organization network newspaper broadcaster airline ' +
    'league federation parliament regulator bureau cabinet city town municipality campaign team family church project ' +
    'charity watchdog ' +
    // What a body publishes speaks for it: "the report says", "the statement said", "the ruling states".
    'report study survey statement ruling decree document website poll review filing indictment judgment verdict'
  ).split(' '),
);
/**
 * Words for a kind of business or outlet that news sets before the body's name, as it sets a trade before a person's
 * ("the Japanese carmaker Toyota", "retail giant Walmart", "the broadcaster Sky"): the name after one is the body's.
 * Kinds that are also people's trades ("producer", "developer", "publisher") stay out.
 */
export const BUSINESS_KINDS: ReadonlySet<string> = new Set(
  (
    'carmaker automaker chipmaker drugmaker planemaker toymaker steelmaker retailer airline broadcaster insurer lender ' +
    'carrier supplier distributor exporter importer brewer miner giant conglomerate startup chain outlet tabloid daily ' +
    'network platform'
  ).split(' '),
);
/** Lower-case nouns after a name that say it names a publication or a channel ("Time magazine", "Politico website"). */
const PUBLICATION_NOUNS = new Set('magazine newspaper tabloid website broadcaster'.split(' '));
/** Lower-case nouns after a body's name for what it publishes ("the Home Office letter", "a Kremlin readout"). */
const BODY_CHANNELS = new Set('letter statement memo readout release communique announcement report study survey ruling review filing'.split(' '));
/** Plural nouns for people speaking together ("officials said", "witnesses told"): a group, not one person. */
const GROUP_HEADS = new Set([
  ...(
    'officials authorities witnesses analysts experts residents protesters protestors demonstrators scientists ' +
    'researchers investigators doctors critics lawmakers legislators prosecutors sources observers activists ' +
    'organisers organizers supporters opponents economists students workers villagers rescuers medics diplomats ' +
    'spokespeople representatives voters fans relatives survivors passengers locals citizens officers soldiers ' +
    'troops rebels militants campaigners leaders members authors reports family men women countries'
  ).split(' '),
  ...OTHER_LANGUAGE_GROUP_HEADS,
]);
/**
 * A plural of a word for what one person is or does ("meteorologists", "physicians", "teachers", "nurses"): people
 * speaking together, as "officials" are. Read by its ending ("-ists", "-ians") or as a role head's plural.
 */
function pluralOfPeople(word: string): boolean {
  // Asked of words the group grammar reads at nearly every token: the cheap test first, and each answer kept.
  if (word.length < 5 || !word.endsWith('s')) return false;
  let plural = PLURAL_OF_PEOPLE.get(word);
  if (plural === undefined) {
    plural =
      /^\p{Ll}+$/u.test(word) &&
      speechVerbTense(word) === null &&
      (/(?:ists|ians)$/u.test(word) ? word.length >= 7 : ROLE_HEADS.has(word.slice(0, -1)) || (word.endsWith('es') && ROLE_HEADS.has(word.slice(0, -2))));
    if (PLURAL_OF_PEOPLE.size >= PLURAL_CACHE_MAX) PLURAL_OF_PEOPLE.clear();
    PLURAL_OF_PEOPLE.set(word, plural);
  }
  return plural;
}
const PLURAL_OF_PEOPLE = new Map<string, boolean>();
/**
 * An English plural of a noun for someone who does something, written in lower case ("loggers", "forecasters",
 * "investors"): people, as "officials" are. Not one in capitals (German "Münsters" is a town's genitive), nor a thing.
 */
function agentsPlural(word: string): boolean {
  return word.length >= 7 && /^\p{Ll}+(?:ers|ors)$/u.test(word) && !NOT_AGENTS.has(word);
}
/** Plurals in -ers and -ors that name things, not people who do something ("the numbers show", "headquarters"). */
const NOT_AGENTS = new Set('numbers papers letters matters orders computers headquarters quarters factors sectors monitors motors centers meters waters powers others'.split(' '));
/** Words whose answer is kept at once, a bound on memory over a long build. */
const PLURAL_CACHE_MAX = 50_000;

/** Bodies written without an article, as a group of people is: "police said", "according to police". */
export const BARE_BODIES: ReadonlySet<string> = new Set([
  'police', 'management', 'parliament', 'congress',
  // A French, Spanish or Italian story's local authorities by their kind: "la préfecture", "la gendarmerie", "la policía".
  'préfecture', 'gendarmerie', 'parquet', 'mairie', 'gouvernement', 'policía', 'fiscalía', 'gobierno', 'polizia', 'procura', 'governo', 'polícia',
]);
/** Determiners and quantifiers that may open a group ("some analysts", "two witnesses"). */
const GROUP_DETERMINERS = new Set('the some many several other most few two three four five six local'.split(' '));

/** Countries whose adjective no suffix rule reaches (language knowledge, not a list of people). */
const IRREGULAR_NATIONS: Record<string, string> = {
  france: 'french',
  britain: 'british',
  uk: 'british',
  england: 'english',
  scotland: 'scottish',
  wales: 'welsh',
  ireland: 'irish',
  netherlands: 'dutch',
  holland: 'dutch',
  switzerland: 'swiss',
  spain: 'spanish',
  poland: 'polish',
  sweden: 'swedish',
  denmark: 'danish',
  finland: 'finnish',
  norway: 'norwegian',
  greece: 'greek',
  portugal: 'portuguese',
  philippines: 'filipino',
  thailand: 'thai',
  us: 'american',
  usa: 'american',
  america: 'american',
  belgium: 'belgian',
  lebanon: 'lebanese',
  congo: 'congolese',
  afghanistan: 'afghan',
  kazakhstan: 'kazakh',
  uzbekistan: 'uzbek',
  cyprus: 'cypriot',
  peru: 'peruvian',
};

function bareNation(word: string): string {
  return word.toLowerCase().replace(/[’']s$/u, '');
}

function countryMatchesAdjective(country: string, adjective: string): boolean {
  if (IRREGULAR_NATIONS[country] === adjective) return true;
  // Russia → Russian, China → Chinese, Ukraine → Ukrainian, Germany → German, Israel → Israeli.
  for (const stem of [country, country.replace(/[aeiouy]$/, ''), country.replace(/[aeiouy]+$/, '')]) {
    if (stem.length >= 3 && adjective.startsWith(stem) && /^(?:|n|an|ian|ean|ese|ish|i|ic|vian)$/.test(adjective.slice(stem.length)))
      return true;
  }
  return false;
}

/** True when two words name the same nation or body: "Russian"/"Russia's", "Chinese"/"China", "Kremlin"/"Kremlin". */
export function sameNation(a: string, b: string): boolean {
  const x = bareNation(a);
  const y = bareNation(b);
  return x === y || countryMatchesAdjective(x, y) || countryMatchesAdjective(y, x);
}

export interface Mention {
  /**
   * `organisation`: a named body ("the Kremlin", "NASA", "the Ministry of Health"), a body referred back to ("the
   * ministry"), or its unnamed spokesperson ("a Kremlin spokesman", "a spokeswoman for the ministry"); `org` holds
   * its name as written or its description. `group`: several people ("officials", "Russian officials").
   */
  kind: 'pronoun' | 'role' | 'name' | 'indefinite' | 'organisation' | 'group';
  /**
   * For an organisation: its words as written (a name or a lower-case description), without determiner; `owner`, a
   * capitalised owner in the possessive right before it ("Taiwan's Constitutional Court").
   */
  org?: { words: string[]; named: boolean; owner?: string; kind?: string };
  /** The mention as written. */
  text: string;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Nation or organisation word before the role ("Russian", "China's", "Kremlin"). */
  nation: string | null;
  /** Role key: "president", "prime minister", "number one", "spokesperson"... */
  role: string | null;
  title: string | null;
  /** Name tokens as written, possessive removed. */
  name: string[];
  /** The mention ends in a possessive ("Putin's"): it names an owner, not a speaker. */
  possessive: boolean;
  /** For a group of several named speakers ("Karen Holt and Dev Patel say"), each one's mention. */
  parts?: Mention[];
}

function isCapitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

export function stripPossessive(word: string): { word: string; possessive: boolean } {
  const m = /^(.+?)[’']s$/u.exec(word);
  return m ? { word: m[1]!, possessive: true } : { word, possessive: false };
}

function roleKey(words: string[]): string {
  // "the 34-year-old", "der 52-Jährige": an age is one person's, whole, never another age.
  if (AGE_DESCRIPTION.test(words.at(-1)!)) return words.at(-1)!.toLowerCase();
  const w = words.flatMap((x) => x.toLowerCase().split('-'));
  const last = w[w.length - 1]!;
  // "President-elect" holds no office yet, a vice president or a former or deputy one not the office itself: "the
  // president" reaches none of them.
  if (last === 'elect' && w.length > 1) return `${w[w.length - 2]}-elect`;
  // ("Ex-President" is a former one.)
  const rank = w.slice(0, -1).find((x) => RANKS_APART.has(x))?.replace(/^ex$/u, 'former');
  // "health minister" and "civil aviation minister" are two offices: a minister's or secretary's portfolio stays.
  const portfolio = PORTFOLIO_HEADS.has(last) ? w.slice(0, -1).filter((x) => !RANKS_APART.has(x) && !GENERIC_MODIFIERS.has(x)).slice(-2) : [];
  const base =
    last === 'minister' && w[w.length - 2] === 'prime'
      ? 'prime minister'
      : last === 'spokesman' || last === 'spokeswoman'
        ? 'spokesperson'
        : last === 'advisor'
          ? 'adviser'
          : // "Justice Sheila Martin … the judge said": a court's justice is its judge.
            last === 'justice' && w.length === 1
            ? 'judge'
            : [...portfolio, last].join(' ');
  return rank ? `${rank} ${base}` : base;
}
/** Offices held with a portfolio: "foreign minister", "home secretary". */
const PORTFOLIO_HEADS = new Set(['minister', 'secretary']);
/** Modifiers that say nothing of which office: "the local health minister" holds the health portfolio. */
const GENERIC_MODIFIERS = new Set('local senior top acting interim new current then state first chief executive'.split(' '));

/**
 * True when a person holding role `have` fits a mention of role `wanted`: the same, or `wanted` without the
 * portfolio ("the minister" for the foreign minister; not "the health minister" for the aviation minister).
 */
export function roleFits(have: string, wanted: string): boolean {
  return have === wanted || asMinister(have) === asMinister(wanted) || (have.endsWith(` ${wanted}`) && PORTFOLIO_HEADS.has(wanted));
}
/** "foreign secretary" is the foreign minister, "home secretary" the home minister: a portfolio's secretary is its minister. */
function asMinister(role: string): string {
  return role.replace(/^(\S+) secretary$/u, '$1 minister');
}

/** Whether `text` opens with a role ("Minister of Commerce", "Secretary of State", "Chief Executive"). */
export function opensWithRole(text: string): boolean {
  return parseRole(text, tokenize(text), 0) !== null;
}

/** A role phrase starting at token i: modifiers then a head ("foreign minister"), or "number one", "head of state". */
function parseRole(text: string, toks: Token[], i: number): { key: string; to: number } | null {
  const joined = (n: number) =>
    toks
      .slice(i, i + n)
      .map((t) => t.lower)
      .join(' ');
  if (toks[i + 1] && gapBefore(text, toks, i + 1) === ' ' && joined(2) === 'number one') return { key: 'number one', to: i + 2 };
  if (toks[i + 2] && joined(3) === 'head of state' && /^\s+$/.test(gapBefore(text, toks, i + 1) + gapBefore(text, toks, i + 2)))
    return { key: 'head of state', to: i + 3 };
  let j = i;
  let lastHead = -1;
  let plain = 0;
  while (j < toks.length && j - i < 4) {
    // "Lt. Gov. Dan Patrick": an abbreviation's point stays inside the phrase.
    if (j > i && !/^\s+$/.test(gapBefore(text, toks, j)) && !(lastHead === j - 1 && roleAbbreviation(text, toks, j - 1))) break;
    if (roleAbbreviation(text, toks, j)) {
      lastHead = j++;
      continue;
    }
    const w = toks[j]!.lower;
    // "Vice-President", "President-elect": a role written with a hyphen.
    const parts = w.includes('-') ? w.split('-') : null;
    const hyphenated = parts !== null && (ROLE_HEADS.has(parts.at(-1)!) || (parts.at(-1) === 'elect' && ROLE_HEADS.has(parts.at(-2)!)));
    // Listed modifiers ("foreign", "deputy") may stand anywhere in the phrase; two other words only before the head.
    // ("pharmacist Dr. Leslie Helou": a courtesy title may stand between the trade and the name.)
    const titled = !!toks[j + 1] && TITLES.has(toks[j + 1]!.lower) && !!toks[j + 2] && isNameToken(toks[j + 2]!) && /^\.?\s+$/.test(gapBefore(text, toks, j + 2));
    // "First Lady Michelle Obama": the one office whose head is otherwise a title ("Lady Gaga").
    const firstLady = w === 'lady' && j > i && toks[j - 1]!.lower === 'first';
    if (ROLE_HEADS.has(w) || hyphenated || firstLady || isOtherLanguageRole(toks[j]!.text) || (agentNoun(toks[j]!) && !(j > 0 && GERMAN_BEFORE_ADJECTIVE.has(toks[j - 1]!.text)) && !!toks[j + 1] && (isNameToken(toks[j + 1]!) || titled) && /^\s+$/.test(gapBefore(text, toks, j + 1))))
      lastHead = j;
    else if (!ROLE_MODIFIERS.has(w)) {
      if (lastHead >= 0 || plain >= 2 || !isPlainModifier(toks[j]!)) break;
      plain++;
    }
    j++;
  }
  if (lastHead < 0) return null;
  return { key: roleKey(toks.slice(i, lastHead + 1).map((t, n) => (roleAbbreviation(text, toks, i + n) ? ROLE_ABBREVIATIONS.get(t.lower)! : t.text))), to: lastHead + 1 };
}

/**
 * Offices written short before a name in American and Canadian news ("Gov. Jay Inslee", "Sen. Warren", "Lt. Gov. Dan
 * Patrick", "Coun. Gord Perks"),
 * with the word each stands for. Only abbreviations that are no common word or name are listed ("Gen" is also
 * "Gen Z", "Rev" a first name in some places, "Det" a word of Scandinavian languages).
 */
const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    gov: 'governor', sen: 'senator', rep: 'representative', lt: 'lieutenant', col: 'colonel', capt: 'captain',
    sgt: 'sergeant', maj: 'major', adm: 'admiral', cmdr: 'commander', atty: 'attorney', supt: 'superintendent',
    insp: 'inspector', amb: 'ambassador', pres: 'president', pm: 'prime minister',
    // Canadian news: "Coun. Gord Perks", "Const. Laura Brien", "Cpl. Jason Smith".
    coun: 'councillor', const: 'constable', cpl: 'corporal',
  }),
);
/** Token `k` is such an abbreviation with its point, or as British style writes it without one, before a capital. */
function roleAbbreviation(text: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  const next = toks[k + 1];
  // "PM Narendra Modi", "says PM": written in capitals, and never after a time's hour ("5 PM Eastern").
  if (t?.text === 'PM') return !/\d\s*$/u.test(text.slice(Math.max(0, t.start - 4), t.start));
  return !!t && !!next && /^\p{Lu}/u.test(t.text) && ROLE_ABBREVIATIONS.has(t.lower) && /^\.?\s+$/.test(gapBefore(text, toks, k + 1)) && /^\p{Lu}/u.test(next.text);
}

/**
 * A lower-case noun for what a person does ("student protester Joshua Wong", "climate scientist Jane Doe", "rapper
 * Ice Cube"): its ending says it is an agent. Read as a role only right before a name, where a description of the
 * person stands in news; the list of role heads cannot hold every trade.
 */
function agentNoun(t: Token): boolean {
  return (
    /^\p{Ll}[\p{Ll}-]{3,}(?:er|or|ist|ian|ant|ent)$/u.test(t.text) &&
    !ENGLISH_FUNCTION_WORDS.has(t.lower) &&
    // "erklärte gegenüber Journalisten", "sagte aber Merz": another language's function word is no trade.
    !isFunctionWordOfAnyLanguage(t.lower) &&
    !NOT_NAMES.has(t.lower) &&
    speechVerbTense(t.lower) === null
  );
}

/**
 * Any other word that can qualify a role before its head ("port director", "union leader", "transport minister"):
 * a lower-case word of letters that is neither a function word, a possessive, an adverb nor a speech verb ("said
 * director Berg"). Capitalised words stay out: "Brazilian President" keeps its nation in the nation slot.
 */
function isPlainModifier(t: Token): boolean {
  return (
    /^\p{Ll}[\p{Ll}-]{2,}$/u.test(t.text) &&
    !NOT_NAMES.has(t.lower) &&
    !/ly$/.test(t.lower) &&
    speechVerbTense(t.lower) === null
  );
}

/** Lower-case particles written inside names ("von der Leyen", "bin Salman", "da Silva"). */
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'dos', 'du', 'la', 'le']);

function isNameToken(t: Token): boolean {
  // An all-capitals word is an acronym (CGT, NATO) or a dateline's place (LE HAVRE), not a person's name.
  return (
    isCapitalised(t) &&
    !NOT_NAMES.has(t.lower) &&
    !isSentenceOpener(t) &&
    !OTHER_LANGUAGE_OPENERS.has(t.lower) &&
    !ROLE_HEADS.has(t.lower) &&
    !TITLES.has(t.lower) &&
    !/^\p{Lu}[\p{Lu}\d-]+$/u.test(t.text) &&
    // "Fourteen-year-old Zoe": an age before a name is no part of it.
    !/-years?-old$/u.test(t.lower) &&
    // French and Italian elide the article onto a noun: "L’université", "D’après", "L’ONU" is a body, no person.
    !/^[LlDd][’']\p{Ll}/u.test(t.text)
  );
}

/**
 * Reads one mention of a person starting at token `i`: "he", "the Russian leader", "China's number one",
 * "Russian President Vladimir Putin", "Mr Xi", "a Kremlin spokesman". Null when the words there are not one.
 * Tokens from `limit` on are not read.
 */
export function parseMention(text: string, toks: Token[], i: number, limit = toks.length): Mention | null {
  if (portfolioBeforeName(text, toks, i)) return null;
  const elided = toks[i] ? ELIDED_ARTICLE.exec(toks[i]!.text) : null;
  if (elided && isOtherLanguageRole(elided[1]!)) return elidedRoleMention(text, toks, i, limit, elided[1]!);
  // A mention spans at most a dozen tokens: parsing a window keeps a scan over a long paragraph linear.
  const m = parseMentionIn(text, toks.slice(i, Math.min(limit, i + MAX_MENTION_TOKENS)));
  return m && { ...m, from: m.from + i, to: m.to + i };
}

/**
 * "l'avocat Jean Dupont", "l'entraîneur du club": a role whose article French elides into it is read as "le avocat …"
 * would be, on the text with the article written out; the mention is then mapped back to the tokens as written.
 */
function elidedRoleMention(text: string, toks: Token[], i: number, limit: number, noun: string): Mention | null {
  const t = toks[i]!;
  const written = `${text.slice(0, t.start)}le ${text.slice(t.start + 2)}`;
  const moved = (x: Token): Token => ({ ...x, start: x.start + 1, end: x.end + 1 });
  const window = [
    { text: 'le', lower: 'le', start: t.start, end: t.start + 2 },
    { text: noun, lower: noun.toLowerCase(), start: t.start + 3, end: t.end + 1 },
    ...toks.slice(i + 1, Math.min(limit, i + MAX_MENTION_TOKENS)).map(moved),
  ];
  const m = parseMentionIn(written, window);
  if (!m) return null;
  const from = i + Math.max(0, m.from - 1);
  const to = i + m.to - 1;
  return { ...m, text: text.slice(toks[from]!.start, toks[to - 1]!.end), from, to };
}

/**
 * "Special Representative for Iran Brian Hook", "Minister of Europe Jane Doe": a country after an office's "for" or "of"
 * is its portfolio, not the first word of the name that follows it.
 */
function portfolioBeforeName(text: string, toks: Token[], i: number): boolean {
  const t = toks[i];
  return (
    !!t && i > 0 && /^(?:for|of)$/.test(toks[i - 1]!.text) && isCountryName(t.lower) &&
    tightAt(text, toks, i + 1) && isNameToken(toks[i + 1]!) && tightAt(text, toks, i + 2) && isNameToken(toks[i + 2]!)
  );
}

/** A token of capitals joined by points, its last point left to the gap after it: "U.S", "U.N", "D.C". */
export function isDottedCapitals(word: string): boolean {
  return /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word);
}

/** A capitalised word that may stand for a nation or an affiliation before a role ("Russian", "Santa Barbara County"). */
function nationLike(t: Token | undefined): boolean {
  // ("Former President Barack Obama", "Deputy Foreign Minister …": a capitalised rank is the role's, no nation.)
  return !!t && isCapitalised(t) && !ROLE_HEADS.has(t.lower) && !ROLE_MODIFIERS.has(t.lower) && !isOtherLanguageRole(t.text) && !isSentenceOpener(t) && !NOT_NAMES.has(t.lower) && !TITLES.has(t.lower);
}

/**
 * Token `j` follows the one before it after spaces only. Module-level, not a closure per call: the mention grammar runs
 * at every word of the corpus, and a closure made at each call was a measurable share of the quotations stage.
 */
function tightAt(text: string, toks: Token[], j: number): boolean {
  return j > 0 && /^\s+$/.test(gapBefore(text, toks, j));
}

/** "Abdel Fattah el-Sisi", "Bashar al-Assad", "Ursula von der Leyen": a particle inside a name, before a capital. */
function nameParticle(text: string, toks: Token[], k: number): boolean {
  return (
    tightAt(text, toks, k) &&
    (/^(?:al|el|ad|ash|bin|ibn|abu|ben|van|von|de|der|den|da|di|du|dos|la|le)-\p{Lu}/u.test(toks[k]!.text) ||
      (NAME_PARTICLES.has(toks[k]!.text) &&
        // "der" and "den" are a name's only after "von", "van" or "de" ("von der Leyen", "Van der Bellen"); alone they
        // are German articles ("sagte Schmidt der Deutschen Presse-Agentur").
        (!ARTICLE_PARTICLES.has(toks[k]!.text) || PARTICLES_BEFORE_AN_ARTICLE.has(toks[k - 1]?.lower ?? '')) &&
        !!toks[k + 1] &&
        tightAt(text, toks, k + 1) &&
        (isNameToken(toks[k + 1]!) || NAME_PARTICLES.has(toks[k + 1]!.text)) &&
        // ("Assassinat de Antoine Sollacaro", a headline's capitals: a given name after the particle, and none before
        // it, opens a name of its own; "Charles de Gaulle" and "Maria de Jesus Silva" keep theirs.)
        !(isGivenName(toks[k + 1]!.text) && !isGivenName(toks[k - 1]!.text))))
  );
}
const ARTICLE_PARTICLES = new Set(['der', 'den']);

/**
 * "Stefan Bröckling von der Tiernothilfe": after a full name whose last word is no given name, "von der" opens where
 * the person comes from, not the rest of the name, which goes on after one word ("Ursula von der Leyen") or a second
 * given name ("Carl Friedrich von der Heydt"). The full name may begin before the words read (`name`): a mention ending
 * at a colon is read from its last words back.
 */
function affiliationAfterName(text: string, toks: Token[], j: number, name: string[]): boolean {
  if (!PARTICLES_BEFORE_AN_ARTICLE.has(toks[j]!.lower) || !ARTICLE_PARTICLES.has(toks[j + 1]?.text ?? '') || isGivenName(name.at(-1)!)) return false;
  const first = j - name.length;
  return name.length >= 2 || (first > 0 && tightAt(text, toks, first) && isNameToken(toks[first - 1]!));
}
const PARTICLES_BEFORE_AN_ARTICLE = new Set(['von', 'van', 'de']);

/** Token `k` is a capital letter followed by its point: an initial ("W." in "Emily W. Murphy"). */
function isInitial(text: string, toks: Token[], k: number): boolean {
  return /^\p{Lu}$/u.test(toks[k]!.text) && !!toks[k + 1] && /^\.\s+$/.test(gapBefore(text, toks, k + 1));
}

/**
 * People the text describes without naming them: "an eyewitness", "one resident", "a Facebook user", "one of the
 * children" (a person), "a number of senators", "some of the protesters" (a group). Read as `indefinite`: the
 * description is what the text says of the speaker.
 */
function describedPerson(text: string, toks: Token[]): Mention | null {
  const first = toks[0]!;
  // Asked at every word the mention grammar reads: most are no opener of a description.
  if (!DESCRIPTION_OPENERS.has(first.lower)) return null;
  const ofThe = (j: number) => (toks[j]?.lower === 'of' && tightAt(text, toks, j) ? (/^(?:the|those|these)$/.test(toks[j + 1]?.lower ?? '') && tightAt(text, toks, j + 1) ? j + 2 : null) : null);
  // "said someone at the meeting": a person the text does not name, by where they were.
  if (first.lower === 'someone' || first.lower === 'somebody') {
    let to = 1;
    if (/^(?:at|in|from|on)$/.test(toks[1]?.lower ?? '') && tightAt(text, toks, 1)) {
      let k = 2;
      while (toks[k] && k <= SOMEONE_PLACE_WORDS + 1 && tightAt(text, toks, k) && speechVerbTense(toks[k]!.lower) === null && !/^(?:who|whom|whose|which|that|and|but|or)$/.test(toks[k]!.lower)) k++;
      if (k > 2) to = k;
    }
    return { kind: 'indefinite', text: text.slice(first.start, toks[to - 1]!.end), from: 0, to, nation: null, role: 'person', title: null, name: [], possessive: false };
  }
  let j: number;
  let plural: boolean;
  let group: boolean;
  // "his daughter reported", "her lawyer said": a relative or aide of the person the pronoun refers to (attribution
  // reads whom).
  if ((first.lower === 'his' || first.lower === 'her') && toks[1] && tightAt(text, toks, 1) && relationType(toks[1].lower) !== null) {
    return { kind: 'indefinite', text: text.slice(first.start, toks[1].end), from: 0, to: 2, nation: null, role: toks[1].lower, title: null, name: [], possessive: false };
  }
  // "One of them said": one of a plural the text described before; attribution reads which.
  if (first.lower === 'one' && toks[1]?.lower === 'of' && /^(?:them|those)$/.test(toks[2]?.lower ?? '') && tightAt(text, toks, 1) && tightAt(text, toks, 2)) {
    return { kind: 'indefinite', text: text.slice(first.start, toks[2]!.end), from: 0, to: 3, nation: null, role: null, title: null, name: [], possessive: false };
  }
  if (first.lower === 'one' && ofThe(1) !== null) [j, plural, group] = [ofThe(1)!, true, false];
  else if (DESCRIBED_GROUP_OPENERS.has(first.lower) && ofThe(1) !== null) [j, plural, group] = [ofThe(1)!, true, true];
  else if (first.lower === 'a' && toks[1]?.lower === 'number' && toks[2]?.lower === 'of' && tightAt(text, toks, 1) && tightAt(text, toks, 2)) [j, plural, group] = [3, true, true];
  // "the man could be heard saying": a person described before, referred to again; an office ("the witness", "the
  // senator") is a role's to read.
  else if (/^(?:a|an|one|another|the)$/.test(first.lower) || OTHER_LANGUAGE_INDEFINITES.has(first.lower)) [j, plural, group] = [1, false, false];
  else return null;
  const heads = plural ? DESCRIBED_PLURALS : DESCRIBED_SINGULARS;
  for (let h = j; h < Math.min(toks.length, j + 1 + DESCRIBED_MODIFIERS); h++) {
    if (!tightAt(text, toks, h)) return null;
    const t = toks[h]!;
    const word = stripPossessive(t.text);
    // "one of the study's authors": an owner before the noun.
    if (word.possessive) {
      if (h + 1 < toks.length && tightAt(text, toks, h + 1) && heads.has(toks[h + 1]!.lower)) continue;
      return null;
    }
    if (first.lower === 'the' && (h > j || !DEFINITE_DESCRIBED.has(word.word) || (!!toks[h + 1] && tightAt(text, toks, h + 1) && toks[h + 1]!.text === toks[h + 1]!.lower && speechVerbTense(toks[h + 1]!.lower) === null))) return null;
    if (heads.has(word.word.toLowerCase()) || (word.word !== word.word.toLowerCase() && heads.has(word.word)) || (!plural && OTHER_LANGUAGE_INDEFINITES.has(first.lower) && isOtherLanguageDescribed(word.word))) {
      // "ein Mitarbeiter des baden-württembergischen Innenministeriums": a German genitive after the noun says whose.
      const to = OTHER_LANGUAGE_INDEFINITES.has(first.lower) ? genitiveEnd(text, toks, h + 1) : h + 1;
      const m: Mention = { kind: 'indefinite', text: text.slice(first.start, toks[to - 1]!.end), from: 0, to, nation: null, role: word.word.toLowerCase(), title: null, name: [], possessive: false };
      return group ? { ...m, kind: 'group', name: toks.slice(0, to).map((x) => x.text) } : m;
    }
    // Modifiers: "local", "Facebook", "anonymous"; a verb ends the phrase ("a man said").
    if (speechVerbTense(t.lower) !== null || NOT_NAMES.has(t.lower) || !/^\p{L}[\p{L}-]*$/u.test(t.text)) return null;
  }
  return null;
}
/** Lower-case words a German genitive may set before its noun ("des baden-württembergischen Innenministeriums"). */
const GENITIVE_ADJECTIVES = 2;
/**
 * Where a German genitive at token `k` ends ("des Innenministeriums", "der örtlichen Polizei"): after its capitalised
 * noun, or at `k` when none stands there.
 */
function genitiveEnd(text: string, toks: Token[], k: number): number {
  if (!/^(?:des|der)$/.test(toks[k]?.text ?? '') || !tightAt(text, toks, k)) return k;
  let n = k + 1;
  while (n < k + 1 + GENITIVE_ADJECTIVES && toks[n] && tightAt(text, toks, n) && /^\p{Ll}[\p{L}-]*$/u.test(toks[n]!.text) && speechVerbTense(toks[n]!.lower) === null) n++;
  return toks[n] && tightAt(text, toks, n) && /^\p{Lu}\p{Ll}/u.test(toks[n]!.text) ? n + 1 : k;
}
/** Words between the determiner and the noun of a description: "a local shop owner", "one anonymous blog poster". */
const DESCRIBED_MODIFIERS = 2;
const DESCRIBED_GROUP_OPENERS = new Set('some many several most two three four five few'.split(' '));
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'one', 'another', 'the', 'someone', 'somebody', 'his', 'her', ...OTHER_LANGUAGE_INDEFINITES, ...DESCRIBED_GROUP_OPENERS]);
/**
 * What a speaker named by whose they are is: "his daughter", "her publicist" (a person), "his associates", "Luk's
 * family" (a group), "her campaign", "Erdogan's office" (an organisation); null for a word of none of these.
 */
export function relationType(word: string): 'person' | 'group' | 'organisation' | null {
  if (KIN_NOUNS.has(word) || RELATION_PERSONS.has(word)) return 'person';
  if (RELATION_GROUPS.has(word)) return 'group';
  return RELATION_BODIES.has(word) ? 'organisation' : null;
}
/** People who speak for or beside a person: "his lawyer", "her publicist". */
const RELATION_PERSONS = new Set('lawyer attorney publicist agent aide associate friend manager doctor spokesman spokeswoman spokesperson representative'.split(' '));
/** ...several of them, or the family: "his associates", "her family". */
const RELATION_GROUPS = new Set('lawyers attorneys aides associates friends family relatives colleagues representatives parents children'.split(' '));
/** A person's office or organisation: "her campaign", "his office". */
const RELATION_BODIES = new Set('office campaign government administration'.split(' '));
const KIN_NOUNS = new Set(
  'wife husband daughter son mother father sister brother mom mum dad grandmother grandfather granddaughter grandson niece nephew aunt uncle cousin widow widower fiancée fiancee fiancé fiance girlfriend boyfriend partner spouse stepfather stepmother stepson stepdaughter'.split(' '),
);
/** Words of the place a "someone" is described by ("someone at the meeting", "somebody in the crowd"). */
const SOMEONE_PLACE_WORDS = 4;
/**
 * Those of them a story refers back to with "the" ("A man entered … “…,” the man could be heard saying"): words of
 * no office, which "the" would make a role, and none that open a longer noun ("the local health minister").
 */
const DEFINITE_DESCRIBED = new Set('man woman boy girl person child victim driver passenger customer shopper poster user visitor mother father son daughter'.split(' '));
/** Nouns for one person the text does not name (what the person is or does, not a role that names an office). */
const DESCRIBED_SINGULARS = new Set(
  (
    'witness eyewitness resident local villager neighbour neighbor protester protestor demonstrator student worker ' +
    'employee survivor passenger citizen soldier doctor nurse teacher parent mother father son daughter relative friend ' +
    'interviewee attendee visitor user poster blogger reader viewer listener fan member source insider expert analyst ' +
    'official MP lawmaker legislator senator voter customer shopper driver pilot victim child woman man person'
  ).split(' '),
);
/** The same nouns for several people, after "one of the" or "some of the". */
const DESCRIBED_PLURALS = new Set(
  (
    'witnesses eyewitnesses residents locals villagers neighbours neighbors protesters protestors demonstrators students ' +
    'workers employees survivors passengers citizens soldiers doctors nurses teachers parents relatives friends ' +
    'interviewees attendees visitors users posters bloggers readers viewers listeners fans members sources insiders ' +
    'experts analysts officials MPs lawmakers legislators senators voters customers shoppers drivers pilots victims ' +
    'children women men people authors researchers scientists'
  ).split(' '),
);

/** Determiner, nation or affiliation, four role words, title and four name words. */
const MAX_MENTION_TOKENS = 14;
/** "Santa Barbara County": an affiliation before a role has at most this many words. */
const MAX_AFFILIATION_WORDS = 4;

function parseMentionIn(text: string, toks: Token[]): Mention | null {
  const i = 0;
  const first = toks[i];
  if (!first) return null;
  // "the Hon. Aubyn Hill", "The Right Honourable Jane Roe": the honorific opens the mention of the name after it.
  const honorific = honorificEnd(text, toks, 0);
  if (honorific > 0) {
    const rest = parseMentionIn(text, toks.slice(honorific));
    return rest?.kind === 'name' && rest.from === 0 ? { ...rest, text: text.slice(first.start, toks[honorific + rest.to - 1]!.end), to: rest.to + honorific } : null;
  }
  // ("Il apparaît que les prisonniers …": an impersonal "il" opens a clause, no mention of anybody.)
  if (first.lower === 'il' && FRENCH_IMPERSONAL_VERBS.has(toks[1]?.lower ?? '')) return null;
  if (isPersonPronoun(first, toks[1]) || BODY_PRONOUNS.has(first.lower)) {
    return { kind: 'pronoun', text: first.text, from: i, to: i + 1, nation: null, role: null, title: null, name: [], possessive: false };
  }
  // ("die Sprecherin der Polizei" is the body's spokesperson, not a body of that name.)
  const spokesperson = spokespersonOf(text, toks);
  if (spokesperson) return spokesperson;
  const body = bodyMention(text, toks);
  if (body) return body;
  const described = describedPerson(text, toks);
  if (described) return described;
  // "Former U.S. President Barack Obama", "former New York City Mayor Michael R. Bloomberg": a rank before the nation
  // or the body is the role's; "the president" must not reach a former one.
  if (RANKS_APART.has(first.lower) && toks[1] && tightAt(text, toks, 1) && nationLike(toks[1])) {
    const rest = parseMentionIn(text, toks.slice(1));
    if (rest?.role && rest.nation && rest.from === 0) {
      return { ...rest, text: text.slice(first.start, toks[rest.to]!.end), from: 0, to: rest.to + 1, role: roleKey([first.lower, ...rest.role.split(' ')]) };
    }
  }
  let j = i;
  let det: string | null = null;
  if (DETERMINERS.has(first.lower) || DEFINITE_ARTICLES.has(first.lower)) {
    // "der Minister", "le ministre" are "the minister": the article only has to make a role one known person.
    det = DEFINITE_ARTICLES.has(first.lower) ? 'the' : first.lower;
    j++;
    if (!tightAt(text, toks, j)) return null;
  }
  let nation: string | null = null;
  const maybeNation = toks[j];
  // "U.S. Senator John Cornyn": a dotted abbreviation's point stands between the nation and the role.
  const dotted = !!maybeNation && isDottedCapitals(maybeNation.text) && /^\.\s+$/.test(gapBefore(text, toks, j + 1));
  let roleAfterPoint = false;
  if (nationLike(maybeNation) && (tightAt(text, toks, j + 1) || dotted) && parseRole(text, toks, j + 1)) {
    nation = stripPossessive(maybeNation!.text).word;
    j++;
    roleAfterPoint = dotted;
  } else if (nationLike(maybeNation) && !/[’']s$/u.test(maybeNation!.text)) {
    // "Santa Barbara County Sheriff Bill Brown", "Valiant Entertainment editor Heather Antos": a body of several words
    // before a role and a name is where the person works, as a nation is. An owner in the possessive ("Fleet
    // Command's Navy Information Agency head …") is no first word of it: the body starts after the owner.
    let k = j + 1;
    while (k < j + MAX_AFFILIATION_WORDS && nationLike(toks[k]) && tightAt(text, toks, k)) k++;
    const role = k > j + 1 && tightAt(text, toks, k) ? parseRole(text, toks, k) : null;
    // "Hong Kong director of Amnesty International Man-kei Tam": the role's office may stand between role and name.
    const next = role ? toks[role.to] : undefined;
    // "a Hampshire Police spokesman": the body a spokesperson speaks for, with no name after.
    const spokesperson = role?.key === 'spokesperson' && det !== null;
    if (role && (spokesperson || (next && tightAt(text, toks, role.to) && (isNameToken(next) || (next.lower === 'of' && officeOf(text, toks, role.to) !== null))))) {
      nation = toks.slice(j, k).map((t) => stripPossessive(t.text).word).join(' ');
      j = k;
    }
  }
  let role: string | null = null;
  const r = toks[j] && (j === i || tightAt(text, toks, j) || roleAfterPoint) ? parseRole(text, toks, j) : null;
  if (r) {
    role = r.key;
    j = r.to;
    // "Minister of Education Stefania Giannini", "Secretary of the Air Force James Roche": the office's body, then the
    // name, its last two capitalised words.
    // "Ambassador to the United Nations Nikki Haley", "adviser to the President Jane Roe": "to" names the office too.
    // "le ministre de la Santé Roman Prymula", "el ministro de Hacienda Pedro López": Romance languages link with "de".
    const office = (toks[j]?.lower === 'of' || toks[j]?.lower === 'to' || ROMANCE_OF.has(toks[j]?.lower ?? '')) && tightAt(text, toks, j) ? officeOf(text, toks, j) : null;
    if (office) {
      nation = office.body;
      j = office.nameFrom;
    }
  }
  // "el periodista ruso Dmitri Murátov", "le président français Emmanuel Macron": Romance languages set the nation's
  // adjective, in lower case, after a role of theirs and before the name.
  if (r && isOtherLanguageRole(toks[r.to - 1]!.text) && toks[j] && toks[j + 1] && toks[j]!.text === toks[j]!.lower && /^\p{L}{4,}$/u.test(toks[j]!.text) && !OTHER_LANGUAGE_OPENERS.has(toks[j]!.lower) && tightAt(text, toks, j) && tightAt(text, toks, j + 1) && isNameToken(toks[j + 1]!)) {
    nation = toks[j]!.text;
    j++;
  }
  // "le député LR Éric Ciotti", "el diputado PSOE Juan Pérez": a party's initials between a role of another language
  // and the name are no part of either.
  if (r && isOtherLanguageRole(toks[r.to - 1]!.text) && toks[j] && toks[j + 1] && /^\p{Lu}{2,5}$/u.test(toks[j]!.text) && tightAt(text, toks, j) && tightAt(text, toks, j + 1) && isNameToken(toks[j + 1]!) && !/^\p{Lu}+$/u.test(toks[j + 1]!.text)) {
    j++;
  }
  // "Senator the Hon. Aubyn Hill", "the Rt Hon. Jane Roe", "The Honourable Ana Ruiz": a Commonwealth honorific before
  // the name is no part of it.
  const nameAfterHonorific = honorificEnd(text, toks, j);
  const honoured = nameAfterHonorific > j && r !== null && tightAt(text, toks, j);
  if (honoured) j = nameAfterHonorific;
  let title: string | null = null;
  const maybeTitle = toks[j];
  if (maybeTitle && TITLES.has(maybeTitle.lower) && (j === i || tightAt(text, toks, j)) && toks[j + 1] && /^\.?\s+$/.test(gapBefore(text, toks, j + 1))) {
    title = maybeTitle.lower;
    j++;
  }
  // "Granting Indigenous Peoples formal titles is key", "Citing Foreign Office advice, …": a participle opening its
  // sentence before capitalised words is no first name.
  if (j === i && /^\p{Lu}\p{Ll}{3,}ing$/u.test(first.text) && (first.start === 0 || STOP_BEFORE_WORD.test(text.slice(Math.max(0, first.start - SENTENCE_GAP), first.start)))) return null;
  const name: string[] = [];
  let possessive = false;
  // "Emily W. Murphy", "Wayne A. I. Frederick": a middle initial and its point stay inside the name, even one that
  // reads as a word.
  while (
    toks[j] &&
    name.length < 4 &&
    !possessive &&
    (isNameToken(toks[j]!) || (name.length > 0 && nameParticle(text, toks, j) && !affiliationAfterName(text, toks, j, name)) || (name.length > 0 && isInitial(text, toks, j))) &&
    (j === i || tightAt(text, toks, j) || (name.length > 0 && isInitial(text, toks, j - 1)) || (name.length === 0 && (title !== null || honoured || (r !== null && r.to === j && roleAbbreviation(text, toks, j - 1)))))
  ) {
    const s = stripPossessive(toks[j]!.text);
    if (name.length > 0 && isInitial(text, toks, j - 1)) name[name.length - 1] += '.';
    name.push(s.word);
    possessive = s.possessive;
    j++;
  }
  // "Membre de la coalition": particles no capital follows end no name.
  while (name.length > 1 && NAME_PARTICLES.has(name[name.length - 1]!) && !possessive) {
    name.pop();
    j--;
  }
  if (name.some(isOrgWord)) return null;
  // "D.C", "U.S." alone are places' abbreviations, no one's name.
  if (name.length === 1 && !role && !title && /^(?:\p{Lu}\.)+\p{Lu}?\.?$/u.test(name[0]!)) return null;
  // "Pope Francis", "King Charles", "Queen Rania": a sovereign's single name is known with the title.
  if (role && name.length === 1 && REGNAL.has(role) && j - name.length - 1 >= i && /^\p{Lu}/u.test(toks[j - 2]!.text) && toks[j - 2]!.lower === role)
    name.unshift(toks[j - 2]!.text);
  // "a Kremlin spokesman", "a ministry spokeswoman", "the company's spokesperson": the organisation speaks through them.
  if (role === 'spokesperson' && !name.length && (det || nation)) {
    const owner = nation ? nation.split(' ') : toks.slice(det ? 1 : 0, j - 1).filter((t) => !ROLE_MODIFIERS.has(t.lower)).map((t) => t.text);
    const after = det && !nation && toks[j]?.lower === 'for' && tightAt(text, toks, j + 1) ? bodyMention(text, toks.slice(j + 1)) : null;
    if (after?.org) return { ...after, text: text.slice(first.start, toks[j + after.to]!.end), from: i, to: j + 1 + after.to, role };
    // "a spokesman for Smith": a person's spokesperson is described by whom they speak for; `name` holds whom.
    const principal = det && !nation && toks[j]?.lower === 'for' && tightAt(text, toks, j + 1) ? parseMentionIn(text, toks.slice(j + 1)) : null;
    if (principal?.kind === 'name' && !principal.possessive) {
      return { kind: 'indefinite', text: text.slice(first.start, toks[j + principal.to]!.end), from: i, to: j + 1 + principal.to, nation, role, title, name: principal.name, possessive: false };
    }
    if (owner.length) return orgMention(text, toks, i, j, owner, owner.some((w) => /^\p{Lu}/u.test(w)), role);
  }
  if (name.length) {
    // "the Kremlin", "a Reuters reporter": a name after a bare article is an organisation or a descriptor.
    if (det && !role) return null;
    // "The German carmaker Volkswagen said": a business kind where a trade would stand names a body, not a person.
    if (role && !possessive && !title && BUSINESS_KINDS.has(role.split(' ').at(-1)!) && !(name.length > 1 && isGivenName(name[0]!))) {
      const body = orgMention(text, toks, i, j, name, true);
      return { ...body, org: { ...body.org!, kind: role.split(' ').at(-1)! } };
    }
    return { kind: 'name', text: text.slice(first.start, toks[j - 1]!.end), from: i, to: j, nation, role, title, name, possessive };
  }
  if (title) return null;
  if (role && det === 'the') return { kind: 'role', text: text.slice(first.start, toks[j - 1]!.end), from: i, to: j, nation, role, title, name, possessive };
  if (role && !det && nation && /[’']s$/u.test(maybeNation!.text)) {
    return { kind: 'role', text: text.slice(first.start, toks[j - 1]!.end), from: i, to: j, nation, role, title, name, possessive };
  }
  if (role && det && det !== 'the') return { kind: 'indefinite', text: text.slice(first.start, toks[j - 1]!.end), from: i, to: j, nation, role, title, name, possessive };
  return null;
}

/** Romance words for "of" that link an office to its portfolio ("ministre de la Santé", "ministro della Salute"). */
const ROMANCE_OF = new Set('de du des del della dello da do'.split(' '));

/** The capitalised words after "of" in an office (`of the Air Force James Roche`): the body, and where the name starts. */
function officeOf(text: string, toks: Token[], of: number): { body: string; nameFrom: number } | null {
  let k = of + 1;
  if ((toks[k]?.lower === 'the' || DEFINITE_ARTICLES.has(toks[k]?.lower ?? '')) && /^\s+$/.test(gapBefore(text, toks, k + 1))) k++;
  const run: number[] = [];
  while (toks[k] && run.length < 9 && /^\s+$/.test(gapBefore(text, toks, k))) {
    const t = toks[k]!;
    if (isCapitalised(t) && !NOT_NAMES.has(t.lower)) run.push(k);
    else if (!(ORG_LINKS.has(t.lower) && run.length && toks[k + 1] && isCapitalised(toks[k + 1]!))) break;
    k++;
  }
  const caps = run.length;
  if (caps < 3) return null;
  // "of the Andean Community Wagner": a body's word is no part of the name after it.
  const nameFrom = ORG_WORDS.has(toks[run[caps - 2]!]!.lower) ? run[caps - 1]! : run[caps - 2]!;
  if (!isNameToken(toks[nameFrom]!) || !isNameToken(toks[run[caps - 1]!]!)) return null;
  const body = toks.slice(of + 1, nameFrom).map((t) => t.text).filter((w) => w.toLowerCase() !== 'the' && !DEFINITE_ARTICLES.has(w.toLowerCase())).join(' ');
  return { body, nameFrom };
}

/** A lower-case word of a body's field between its name and its noun ("foreign" in "the Russian foreign ministry"). */
function fieldWord(t: Token): boolean {
  return t.text === t.lower && /^\p{Ll}+$/u.test(t.text) && !ORG_HEADS.has(t.lower) && !isFunctionWordOfAnyLanguage(t.lower) && !NOT_NAMES.has(t.lower) && speechVerbTense(t.lower) === null && t.lower !== 'according';
}

/** English words for one who speaks for a body. */
const SPOKESPERSON_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** Other languages' words for a spokesperson, and the words that link one to the body they speak for. */
const SPOKESPERSON_WORDS = new Set('sprecher sprecherin porte-parole portavoz portavoce porta-voz woordvoerder woordvoerster rzecznik rzeczniczka'.split(' '));
const GENITIVE_LINKS = new Set('der des du de del della dello do da van'.split(' '));

/**
 * "ein Sprecher der Polizei", "eine Sprecherin des Innenministeriums", "un porte-parole du ministère", "el portavoz del
 * Gobierno": in other languages the body a spokesperson speaks for follows in the genitive; it speaks through them, as
 * "a spokesman for the ministry" does.
 */
function spokespersonOf(text: string, toks: Token[]): Mention | null {
  const [det, word, link] = toks;
  if (!det || !word || !(OTHER_LANGUAGE_INDEFINITES.has(det.lower) || DEFINITE_ARTICLES.has(det.lower))) return null;
  // "ein Polizeisprecher", "der Konzern-Sprecher", "eine Ministeriumssprecherin": German writes the body into the word.
  const compound = /^(\p{Lu}\p{L}+?)-?(?:sprecher|sprecherin)$/iu.exec(word.text);
  if (compound && tightAt(text, toks, 1)) {
    const body = [compound[1]!, compound[1]!.replace(/s$/u, '')].find((w) => w.length > 2 && isOtherLanguageOrgWord(w));
    if (body) return orgMention(text, toks, 0, 2, [body], false, 'spokesperson');
  }
  if (!link) return null;
  if (!SPOKESPERSON_WORDS.has(word.lower) || !GENITIVE_LINKS.has(link.lower) || !tightAt(text, toks, 1) || !tightAt(text, toks, 2) || !tightAt(text, toks, 3)) return null;
  // "des Ministeriums": a genitive ending is no part of the body's name; "der Polizei" reads as "die Polizei" does.
  const rest = toks.slice(3);
  const stem = (rest[0]?.text ?? '').replace(/e?s$/u, '');
  const after = bodyMention(text, rest) ?? (/^\p{Lu}/u.test(stem) && isOtherLanguageOrgWord(stem) ? orgMention(text, rest, 0, 1, [stem], true) : null);
  if (!after?.org) return null;
  return { ...after, text: text.slice(det.start, rest[after.to - 1]!.end), from: 0, to: 3 + after.to, role: 'spokesperson' };
}

function orgMention(text: string, toks: Token[], from: number, to: number, words: string[], named: boolean, role: string | null = null): Mention {
  const phrase = text.slice(toks[from]!.start, toks[to - 1]!.end);
  return { kind: 'organisation', text: phrase, from, to, nation: null, role, title: null, name: [], possessive: false, org: { words, named } };
}

/**
 * Adjectives of nation in French, Spanish, Italian and Portuguese by their endings ("malien", "française", "espagnol",
 * "syrienne", "italiano", "brasileiro", "britannique"). A verb in -ique ("indique", "explique") is a verb of saying and
 * is set aside by the caller.
 */
/**
 * Where up to two adjectives of `shape` after a Romance body's kind end, from token `from` ("malien", "socialiste"): a
 * verb of saying of the same shape ("indique") ends them.
 */
function adjectivesEnd(text: string, toks: Token[], from: number, shape: RegExp): number {
  let d = from;
  while (d < from + 2 && toks[d] && tightAt(text, toks, d) && shape.test(toks[d]!.text) && speechVerbTense(toks[d]!.lower) === null) d++;
  return d;
}
/** Capitalised kinds of Romance bodies that English lists do not hold ("le Conseil constitutionnel", "la Cour suprême"). */
const ROMANCE_BODY_KINDS = new Set('conseil assemblée cour banque front chambre sénat parquet partido consejo tribunal corte camera consiglio'.split(' '));
/** Lower-case adjectives of Romance bodies' names: "socialiste", "européenne", "constitutionnel", "nationale", "popular". */
const ROMANCE_ADJECTIVE = /^\p{Ll}{3,}(?:istes?|ales?|aux|els?|elles?|iens?|iennes?|aires?|iques?|éens?|éennes?|ais|aises?|ains?|aines?|istas?|icos?|icas?|ionale?s?|ular|ulares|ema|êmes?|ieure?s?|iore|iori)$/u;
const ROMANCE_DEMONYM = /^\p{Ll}{3,}(?:iens?|iennes?|ais|aises?|ains?|aines?|ois|oises?|ols?|oles?|ands?|andes?|iques?|anos?|anas?|ense?s?|eiros?|eiras?|inos?|inas?|ese|esi)$/u;
/** What links a body's kind to what it is of: "ministère du Travail", "ministerio de Hacienda", "ministero della Salute". */
const BODY_OF_LINKS = new Set(['de', 'du', 'des', 'del', 'della', 'dello', 'dei', 'do', 'da']);
/** Words a French body's name runs to after its kind ("L'Association des leaders religieux du Mali"). */
const FRENCH_BODY_WORDS = 7;
/** A French elided article and the noun it is glued to: "l'agence", "L'ONG". */
const ELIDED_ARTICLE = /^[lL]['’](\p{L}+)$/u;
const isAcronym = (word: string) => /^\p{Lu}[\p{Lu}\d&]+$/u.test(word) && word.length <= 8;
/** Small words inside an organisation's name ("Ministry of Health", "Doctors Without Borders", "Bank of England"). */
const ORG_LINKS = new Set(['of', 'for', 'and', 'on', 'the', 'de', 'du', 'des', 'la', 'le', 'der', 'die', 'für']);

/**
 * An organisation or a group at the start of `toks`: a capitalised name holding an organisation word ("the Ministry
 * of Health", "Acme Corp"), an acronym ("NASA"), a capitalised name after "the" ("the Kremlin", "the Pentagon"), a
 * lower-case reference back ("the ministry", "the postal service"), or a plural of people ("officials", "some
 * Russian analysts"). A possessive ends it and is kept, as for people.
 */
function bodyMention(text: string, toks: Token[]): Mention | null {
  const first = toks[0]!;
  // "l'ONG précise", "l'agence a indiqué": French elides its article into the noun, one token; "L'ONG Human Rights
  // Watch" names the body after it.
  const elided = ELIDED_ARTICLE.exec(first.text);
  if (elided && isOtherLanguageOrgWord(elided[1]!)) {
    const after = toks[1] && tightAt(text, toks, 1) ? parseMentionIn(text, toks.slice(1)) : null;
    if (after?.kind === 'organisation' && after.org!.named) return { ...after, text: text.slice(first.start, toks[after.to]!.end), from: 0, to: after.to + 1 };
    if (after?.kind === 'name' && !after.possessive) {
      const body = orgMention(text, toks, 0, after.to + 1, after.name, true);
      // (The kind it was introduced as, for a later "l'ONG" to refer back to.)
      return { ...body, org: { ...body.org!, kind: elided[1]!.toLowerCase() } };
    }
    // "L'Association des leaders religieux du Mali": a capitalised kind opens a name that French writes in lower case
    // up to its last capitalised word.
    if (/^\p{Lu}\p{Ll}/u.test(elided[1]!)) {
      let end = 0;
      for (let k = 1; k < Math.min(toks.length, FRENCH_BODY_WORDS) && tightAt(text, toks, k); k++) if (/^\p{Lu}/u.test(toks[k]!.text)) end = k;
      if (end > 0) return orgMention(text, toks, 0, end + 1, [elided[1]!, ...toks.slice(1, end + 1).map((t) => t.text)], true);
    }
    return orgMention(text, toks, 0, 1, [elided[1]!.toLowerCase()], false);
  }
  // "Le quotidien français Le Figaro annonce", "la chaîne BFM TV", "el diario El País": the kind of body, perhaps an
  // adjective, then its name: the body is named, and a later "le quotidien" refers back to it.
  if (DEFINITE_ARTICLES.has(first.lower) && toks[1] && tightAt(text, toks, 1) && toks[1].text === toks[1].lower && isOtherLanguageOrgWord(toks[1].text)) {
    let k = 2;
    while (k < 4 && toks[k] && tightAt(text, toks, k) && toks[k]!.text === toks[k]!.lower && /^\p{L}{3,}$/u.test(toks[k]!.text) && !isOtherLanguageOrgWord(toks[k]!.text)) k++;
    // ("Le Figaro", "El País": a capitalised article is the name's own.)
    const article = toks[k] && DEFINITE_ARTICLES.has(toks[k]!.lower) && /^\p{Lu}/u.test(toks[k]!.text) && tightAt(text, toks, k + 1) ? 1 : 0;
    const named = toks[k] && tightAt(text, toks, k) && /^\p{Lu}/u.test(toks[k]!.text) ? parseMentionIn(text, toks.slice(k + article)) : null;
    if (named && named.from === 0 && !named.possessive && (named.kind === 'name' || (named.kind === 'organisation' && named.org!.named))) {
      const words = [...(article ? [toks[k]!.text] : []), ...(named.kind === 'name' ? named.name : named.org!.words)];
      const body = orgMention(text, toks, 0, k + article + named.to, words, true);
      return { ...body, org: { ...body.org!, kind: toks[1].lower } };
    }
    // "Le gouvernement malien a dénoncé", "la police espagnole", "il governo italiano": a Romance body's nation follows
    // its kind; the two name the body.
    const d = adjectivesEnd(text, toks, 2, ROMANCE_DEMONYM);
    if (d > 2) return orgMention(text, toks, 0, d, toks.slice(1, d).map((t) => t.text), true);
    // "le ministère du Travail", "el ministerio de Hacienda", "le tribunal de Créteil": the kind and what it is of, in
    // capitals, is the body's name.
    if (k === 2 && toks[2] && BODY_OF_LINKS.has(toks[2].lower) && tightAt(text, toks, 2)) {
      let end = 3;
      if (toks[end] && DEFINITE_ARTICLES.has(toks[end]!.lower) && tightAt(text, toks, end)) end++;
      const from = end;
      while (end < from + 3 && toks[end] && tightAt(text, toks, end) && /^\p{Lu}\p{Ll}/u.test(toks[end]!.text) && !NOT_NAMES.has(toks[end]!.lower)) end++;
      if (end > from) return orgMention(text, toks, 1, end, toks.slice(1, end).map((t) => t.text), true);
    }
  }
  // "le Parti socialiste", "la Commission européenne", "le Conseil constitutionnel": a Romance body's capitalised kind,
  // then its adjectives in lower case, name the body.
  if (DEFINITE_ARTICLES.has(first.lower) && toks[1] && tightAt(text, toks, 1) && /^\p{Lu}\p{Ll}/u.test(toks[1].text) && (isOrgWord(toks[1].text) || ROMANCE_BODY_KINDS.has(toks[1].lower))) {
    const d = adjectivesEnd(text, toks, 2, ROMANCE_ADJECTIVE);
    if (d > 2) return orgMention(text, toks, 0, d, toks.slice(1, d).map((t) => t.text), true);
  }
  let j = 0;
  const det = first.lower === 'the' || DEFINITE_ARTICLES.has(first.lower) ? 'the' : GROUP_DETERMINERS.has(first.lower) ? first.lower : null;
  if (det) j++;
  if (det && !tightAt(text, toks, j)) return null;
  const start = j;
  // Capitalised name with small linking words between its capitalised words.
  let k = start;
  let possessive = false;
  const named: string[] = [];
  // "Burkhardt & Associates", "Procter & Gamble": an ampersand between capitalised words joins a firm's name.
  let ampersand = false;
  while (toks[k] && k - start < 8 && !possessive) {
    if (k > start && !tightAt(text, toks, k)) {
      if (!named.length || !/^\s*&\s*$/.test(gapBefore(text, toks, k)) || !/^\p{Lu}/u.test(toks[k]!.text)) break;
      ampersand = true;
    }
    const t = toks[k]!;
    // A title after a linking word is part of the body's name: "the Court of Justice", "the Ministry of Justice".
    const linked = k > start && ORG_LINKS.has(toks[k - 1]!.lower);
    const cap = /^\p{Lu}/u.test(t.text) && !NOT_NAMES.has(t.lower) && !isSentenceOpener(t) && (linked || !TITLES.has(t.lower));
    // "The Lost 52 Project": a number between capitalised words of a body's name is part of it.
    const numbered = named.length > 0 && /^\d+$/.test(t.text) && !!toks[k + 1] && tightAt(text, toks, k + 1) && /^\p{Lu}/u.test(toks[k + 1]!.text);
    if (numbered) {
      named.push(t.text);
      k++;
    } else if (cap) {
      // "St Vincent's Hospital", "Casey's Bar": a possessive inside a body's name, whose last word says it is one.
      const inside = ownerInsideName(text, toks, k, named.length === 0);
      const s = inside ? { word: t.text, possessive: false } : stripPossessive(t.text);
      // "PG&E" stays one word; "Procter & Gamble" keeps its ampersand as a word.
      if (k > start && gapBefore(text, toks, k) === '&') named[named.length - 1] += `&${s.word}`;
      else named.push(...(k > start && !tightAt(text, toks, k) ? ['&', s.word] : [s.word]));
      possessive = s.possessive;
      k++;
    } else if (
      named.length &&
      ORG_LINKS.has(t.lower) &&
      toks[k + 1] &&
      tightAt(text, toks, k + 1) &&
      // ("the Ministry of the Interior", "the Office of the Prime Minister": an article may follow the link.)
      (/^\p{Lu}/u.test(toks[k + 1]!.text) || (ORG_LINKS.has(toks[k + 1]!.lower) && !!toks[k + 2] && tightAt(text, toks, k + 2) && /^\p{Lu}/u.test(toks[k + 2]!.text))) &&
      // "Ministry of Health", but not "Lucy Fischer of The Times": the words before the link must name a body.
      named.some((w) => isOrgWord(w) || isAcronym(w))
    ) {
      named.push(t.text);
      k++;
    } else break;
  }
  // "the US government", "the Kremlin administration": a lower-case organisation noun after the name belongs to it,
  // and so do up to two words of its field before it ("the Russian foreign ministry", "the US defense department").
  const tail = toks[k];
  let head = k;
  if (named.length && !possessive && tail && tightAt(text, toks, k)) while (head < k + 2 && toks[head] && tightAt(text, toks, head) && fieldWord(toks[head]!)) head++;
  const headTok = toks[head];
  if (named.length && !possessive && tail && headTok && tightAt(text, toks, k) && (head === k || tightAt(text, toks, head)) && headTok.text === headTok.lower && ORG_HEADS.has(stripPossessive(headTok.lower).word) && !BODY_CHANNELS.has(headTok.text)) {
    for (let f = k; f < head; f++) named.push(toks[f]!.text);
    const s = stripPossessive(headTok.text);
    named.push(s.word);
    possessive = s.possessive;
    k = head + 1;
  }
  // "the Refugee Council Enver Solomon": two capitalised words after a body's last word are the person who speaks
  // for it, not more of its name.
  if (named.length >= 3 && ORG_WORDS.has(named.at(-3)!.toLowerCase()) && !possessive && named.slice(-2).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORG_WORDS.has(w.toLowerCase()))) {
    named.splice(-2);
    k -= 2;
  }
  // "Time magazine announced": a publication named by what it is; its name is the words before.
  const publication = named.length > 0 && !possessive && !!toks[k] && tightAt(text, toks, k) && PUBLICATION_NOUNS.has(toks[k]!.text);
  if (publication) k++;
  // "The Home Office letter reads", "a White House statement said": a body's channel speaks for it.
  const channel = !publication && named.length > 0 && !possessive && !!toks[k] && tightAt(text, toks, k) && BODY_CHANNELS.has(toks[k]!.text);
  if (channel) k++;
  const lower = named.map((w) => w.toLowerCase());
  // "UCL astronomer Angelos Tsiaras": the body is where the person named after the role works.
  const roleAfter = named.length && !possessive && tightAt(text, toks, k) ? parseRole(text, toks, k) : null;
  if (roleAfter && toks[roleAfter.to] && tightAt(text, toks, roleAfter.to) && isNameToken(toks[roleAfter.to]!)) return null;
  if (named.length) {
    // A role word after a link names the body's field, not a person in it: "the Court of Justice".
    const link = lower.findIndex((w) => ORG_LINKS.has(w));
    const head = link > 0 ? lower.slice(0, link) : lower;
    const hasOrgWord = named.some(isOrgWord) && !head.some((w) => ROLE_HEADS.has(w) || GROUP_HEADS.has(w));
    // ("PM" is the prime minister, no body.)
    const acronym = named.length === 1 && isAcronym(named[0]!) && named[0] !== 'PM';
    // "the Kremlin", "the White House"; a longer run after "the" may end in a person's name ("the Air Force James Roche").
    // Only English "the": after "die" or "das" a capitalised word is any German noun ("das Veröffentlichen").
    const afterThe = first.lower === 'the' && named.length <= 2 && !lower.some((w) => ROLE_HEADS.has(w) || GROUP_HEADS.has(w)) && !named.some(isOtherLanguageRole) && !parseRole(text, toks, k);
    if ((hasOrgWord || acronym || afterThe || publication || ampersand || (channel && (named.length > 1 || det !== null))) && (det === null || det === 'the')) {
      const m = orgMention(text, toks, 0, k, named, true);
      return { ...m, possessive };
    }
  }
  // Lower-case reference back to an organisation, or a plural of people, with up to three modifiers.
  for (let h = start; h < Math.min(toks.length, start + 4); h++) {
    if (h > start && !tightAt(text, toks, h)) break;
    const w = toks[h]!.lower;
    const s = stripPossessive(toks[h]!.text);
    const head = s.word.toLowerCase();
    // "the report's authors", "the company's workers": a group its owner describes.
    const owned = toks[h + 1];
    if (s.possessive && det === 'the' && owned && tightAt(text, toks, h + 1) && GROUP_HEADS.has(owned.lower)) {
      const words = toks.slice(start, h + 2).map((t) => t.text);
      return { ...orgMention(text, toks, 0, h + 2, words, false), kind: 'group', org: undefined, name: words };
    }
    if ((det === 'the' && (ORG_HEADS.has(head) || BUSINESS_KINDS.has(head) || isOtherLanguageOrgWord(s.word))) || (det === null && h === start && BARE_BODIES.has(head))) {
      // "the union leader", "the company chairman", "the police chief": a person of the body, read as a role; its
      // spokesperson still speaks for it ("the company spokesman").
      const next = toks[h + 1];
      const after = !s.possessive && next && tightAt(text, toks, h + 1) ? next.lower : '';
      if (ROLE_HEADS.has(after) && !SPOKESPERSON_HEADS.has(after)) return null;
      const words = toks.slice(start, h + 1).map((t, n) => (n === h - start ? head : t.text));
      if (SPOKESPERSON_HEADS.has(after)) return orgMention(text, toks, 0, h + 2, words, false, 'spokesperson');
      return { ...orgMention(text, toks, 0, h + 1, words, false), possessive: s.possessive };
    }
    if (GROUP_HEADS.has(head) || pluralOfPeople(head) || agentsPlural(s.word)) {
      if (s.possessive) return null;
      const words = toks.slice(start, h + 1).map((t) => t.text);
      const m = orgMention(text, toks, 0, h + 1, words, false);
      return { ...m, kind: 'group', org: undefined, name: words };
    }
    // Modifiers: a nation or acronym ("Russian officials", "US officials") or a plain lower-case word ("health officials").
    // "though experts": a sentence opener is no modifier.
    if (!(/^\p{Lu}/u.test(toks[h]!.text) || /^\p{Ll}[\p{Ll}-]{2,}$/u.test(toks[h]!.text)) || NOT_NAMES.has(w) || isSentenceOpener(toks[h]!) || speechVerbTense(w) !== null) break;
  }
  return null;
}

/**
 * German prepositions fused with an article ("zum" for "zu dem"): what follows is a noun of a phrase. (English writes
 * "am" after an hour, "at 9 am Smith said": the caller passes that one by.)
 */
const GERMAN_FUSED_PREPOSITIONS = new Set('zum zur im am vom beim ins ans aufs übers'.split(' '));

/** The longest mention that ends exactly at token `end` (exclusive), not reaching back past `floor`. */
export function mentionEndingAt(text: string, toks: Token[], end: number, floor = 0): Mention | null {
  let best: Mention | null = null;
  /** What reads from the token before `best`: a full name that stops inside it. */
  let fromBefore: Mention | null = null;
  for (let i = end - 1; i >= Math.max(floor, end - 9); i--) {
    const m = parseMention(text, toks, i, end);
    if (best && best.from === i + 1) fromBefore = m;
    if (m && m.to === end && !m.possessive) best = m;
    if (i > 0 && !/^(?:\s+|\.\s+|\s*&\s*)$/.test(gapBefore(text, toks, i))) break;
  }
  if (!best) return null;
  // "Mit dabei war auch Stefan Bröckling von der Tiernothilfe:": read back from the colon, "Bröckling von der
  // Tiernothilfe" looks like a name; read from its first word, the name stops before where the person comes from.
  const stopsAt = fromBefore?.kind === 'name' && !fromBefore.possessive && fromBefore.name.length >= 2 ? fromBefore.to : -1;
  if (best.kind === 'name' && stopsAt > best.from && stopsAt < end && affiliationAfterName(text, toks, stopsAt, fromBefore!.name)) return fromBefore;
  // "Beijing and Moscow declared": a subject of several people or places is no single speaker; in "critics of
  // Berg said" or "a spokeswoman for Berg said" the name is not the subject at all.
  const before = toks[best.from - 1];
  const joined = best.from > floor && /^\s+$/.test(gapBefore(text, toks, best.from));
  const bare = best.kind === 'name' && !best.role && !best.title && !best.nation;
  // "ports and docks chief Karim Benali" is one person whose role holds the "and".
  // But after a clause ("The broadcasts began on August 10 and South Korea says"), "and" joins two clauses, and the
  // name is the second one's subject: only a capitalised word before "and" makes a subject of several.
  if (before && joined && bare && /^(?:and|or|nor)$/.test(before.lower)) {
    const first = best.from - 2 >= floor ? toks[best.from - 2] : undefined;
    if (!first || /^\p{Lu}/u.test(first.text)) return null;
  }
  // "Johns Hopkins Center for Health Security medical anthropologist Monica Schoch-Spana told": a full name with its
  // role is the subject whatever the preposition before it; only a bare name may be the object of one.
  const described = best.kind === 'name' && best.role !== null && best.name.length >= 2;
  if (before && joined && !described && /^(?:of|for|to|with|by|from|about|against|like)$/.test(before.lower)) {
    // "Steve Peers of the University of Essex said", "Jennifer Lu of Marriage Equality Taiwan said": a person's
    // affiliation ends the subject; the person before it speaks.
    if (before.lower !== 'of' && before.lower !== 'from') return null;
    const person = best.from - 1 > floor ? mentionEndingAt(text, toks, best.from - 1, floor) : null;
    if (!person || !/^\s+$/.test(gapBefore(text, toks, best.from - 1))) return null;
    // "representatives from Iran acknowledged", "officials of the ministry said": a group with where it comes from.
    if (person.kind === 'group' && !person.possessive) {
      const words = toks.slice(person.from, best.to).map((t) => t.text);
      return { ...person, to: best.to, text: text.slice(toks[person.from]!.start, toks[best.to - 1]!.end), name: words };
    }
    return person.kind === 'name' ? person : null;
  }
  // "California's 4th District Court of Appeal in Santa Ana found", "Officials in Kabul said": a place after "in" or
  // "at" says where the subject before it is.
  if (before && joined && bare && (before.lower === 'in' || before.lower === 'at')) {
    const subject = best.from - 1 > floor && /^\s+$/.test(gapBefore(text, toks, best.from - 1)) ? mentionEndingAt(text, toks, best.from - 1, floor) : null;
    // ("wurde in allen Medien in Bulgarien berichtet": a phrase after a preposition is no subject either.)
    const inPhrase = subject && /^(?:in|at|on|of|from|by|with|von|bei|mit|aus|auf|nach)$/.test(toks[subject.from - 1]?.lower ?? '');
    if (subject && !subject.possessive && !inPhrase) return subject;
  }
  // "Die Regierung müsse zum Beispiel sagen", "am Ende erklärte": after a German preposition fused with its article a
  // capitalised word is a noun, no subject.
  if (before && joined && bare && best.name.length === 1 && GERMAN_FUSED_PREPOSITIONS.has(before.lower) && !/^\d/.test(toks[best.from - 2]?.text ?? '')) return null;
  // "The CGT has accused": a name after a bare article is an organisation (parseMention says the same going forward).
  if (before && joined && bare && DETERMINERS.has(before.lower)) return null;
  // "victim group Ending Clergy Abuse", "the firm Acme Tools", "retail giant Walmart": a name after a word for a body
  // is that body's, which a later "the firm" or "the retailer" refers back to.
  // ("Industry body FICCI", "the governing body FIFA": "body" names a body only before its name.)
  if (before && joined && (ORG_HEADS.has(before.lower) || before.lower === 'group' || before.lower === 'body' || BUSINESS_KINDS.has(before.lower))) {
    if (bare) return { ...best, kind: 'organisation', org: { words: best.name, named: true, kind: before.lower }, name: [] };
    // ("Japanese automaker Toyota Motor Corp": a body named as one.)
    if (best.kind === 'organisation' && best.org!.named && !best.possessive) return { ...best, org: { ...best.org!, kind: before.lower } };
  }
  const owner = before && joined ? stripPossessive(before.text) : null;
  if (best.kind === 'organisation' && best.org!.named && owner?.possessive && /^\p{Lu}\p{L}+$/u.test(owner.word)) {
    return { ...best, org: { ...best.org!, owner: owner.word } };
  }
  return best;
}

export interface Person {
  /** Canonical name: the fullest form the story uses, without titles or roles. */
  name: string;
  tokens: string[];
  nations: string[];
  roles: string[];
  gender: 'male' | 'female' | null;
  /** Misspellings of the surname the story also writes, which name this person too. */
  variants?: string[];
}

export interface AliasTable {
  persons: Person[];
  /** Words the story writes in lower case, to tell a sentence-initial common noun ("Experts") from a name. */
  vocabulary: Set<string>;
  /**
   * Capitalised words the story writes after a German article ("die Software", "dem Dienstleister"): German writes
   * every noun capitalised, and a word an article stands before is a noun, whoever it names elsewhere.
   */
  nouns: Set<string>;
  /**
   * Capitalised words the story writes inside a sentence: a lone plural-looking word seen only at sentence starts
   * ("Analysts said", "Witnesses described") has nothing to show it is a name.
   */
  capitalisedInside: Set<string>;
  /** "WHO" → "World Health Organization", from "the World Health Organization (WHO)" in the story's text. */
  acronyms: Map<string, string>;
  /**
   * Acronyms the story spells out in lower case, so of things, not bodies: "exclusive economic zone (EEZ)", "personal
   * protective equipment (PPE)". "They" never refers to one.
   */
  thingAcronyms: Set<string>;
  /** The persons by each of their name words, folded: a mention is compared only with persons sharing a word. */
  byWord: Map<string, Person[]>;
  /** The persons by the last word of each of their roles: a role mention is compared only with those. */
  byRoleHead: Map<string, Person[]>;
  /**
   * A word several persons of the story share, folded, to the one of them it names alone: "Biden" to "Joe Biden" in a
   * story that also writes "Hunter Biden", when the collection writes "Joe Biden" far more often.
   */
  alone: Map<string, Person>;
  /**
   * Lone capitalised words the story writes as places: after "in", "from", "across" ("talks in Beijing"), or as a
   * country whose adjective it also writes ("China" beside "Chinese"). A place that speaks is its government.
   */
  places: Set<string>;
  /**
   * Whether the story is in a language whose news refers back to the person just named by what they are ("Der
   * Grünen-Politiker sagte", "der 52-Jährige", "la titular"): German and the Romance languages do it on nearly every
   * second mention.
   */
  describesBack?: boolean;
  /** Whether "M." before a surname is a title ("M. Le Pen", French "Mr Le Pen"), no initial of a given name. */
  misterTitle?: boolean;
}

/** Prepositions after which a capitalised word is a place ("in Beijing", "from Moscow"). */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'across', 'throughout', 'near', 'into']);

/** "Korean Central News Agency (KCNA)": a capitalised name with its initials in brackets after it. */
const SPELLED_OUT = /((?:\p{Lu}[\p{L}’'.&-]*\s+(?:(?:of|for|and|on|the|de)\s+)*){1,9})\((\p{Lu}[\p{Lu}&]{1,7})\)/gu;

/** Two to six lower-case words before an acronym in brackets: "exclusive economic zone (EEZ)". */
const SPELLED_OUT_LOWER = /(?<![\p{L}-])((?:\p{Ll}[\p{Ll}-]*\s+){1,5}\p{Ll}[\p{Ll}-]*)\s+\((\p{Lu}{2,7})\)/gu;

/**
 * The acronyms a text spells out, when the initials of the capitalised words before the bracket spell the acronym; and
 * into `things`, those it spells out in lower case.
 */
function acronymsIn(text: string, out: Map<string, string>, things: Set<string>): void {
  for (const m of text.matchAll(SPELLED_OUT_LOWER)) {
    const tail = m[1]!.trim().split(/\s+/u).slice(-m[2]!.length);
    if (tail.map((w) => w[0]!.toUpperCase()).join('') === m[2]) things.add(m[2]!);
  }
  for (const m of text.matchAll(SPELLED_OUT)) {
    const acronym = m[2]!.replace(/&/g, '');
    const ws = m[1]!.trim().split(/\s+/u);
    // The shortest tail of the words whose capitalised words' initials spell the acronym.
    for (let from = ws.length - 1; from >= 0; from--) {
      const tail = ws.slice(from);
      const initials = initialsOf(tail);
      // "Georgian Tennis Federation (GFT)": the acronym of the name in its own language, the same initials in another
      // order, is as good.
      if ((initials === acronym || sameLetters(initials, acronym)) && /^\p{Lu}/u.test(tail[0]!)) {
        out.set(m[2]!, tail.join(' '));
        break;
      }
      if (initials.length > acronym.length) break;
    }
  }
  // "AEW (All Elite Wrestling)": the acronym first, its words in brackets after it.
  for (const m of text.matchAll(ACRONYM_FIRST)) {
    const words = m[2]!.trim().split(/\s+/u);
    const initials = initialsOf(words);
    const linking = words.every((w) => /^\p{Lu}/u.test(w) || ACRONYM_LINKS.has(w));
    if (linking && initials === m[1]!.replace(/&/g, '') && !out.has(m[1]!)) out.set(m[1]!, words.join(' '));
  }
}
/** Runs of three to nine capitalised words, small linking words between them ("National Public Health Emergency Team"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}’'&-]*(?:\s+(?:(?:of|for|and|on|the|de)\s+)*\p{Lu}[\p{L}’'&-]*){2,8}/gu;
/** Each run's initials, the first run written for each ("NPHET" → "National Public Health Emergency Team"). */
function capitalisedRuns(text: string, out: Map<string, string>): void {
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    // ("The National …" opening a sentence: its article is no initial.)
    const words = m[0].split(/\s+/u).filter((w, i) => i > 0 || !/^(?:The|A|An)$/u.test(w));
    const initials = initialsOf(words);
    if (!out.has(initials)) out.set(initials, words.join(' '));
  }
}

function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && a.length >= 3 && [...a].sort().join('') === [...b].sort().join('');
}

/** The initials of the capitalised words: what an acronym of them spells. */
function initialsOf(words: string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}
/** Small words inside a name spelled out after its acronym. */
const ACRONYM_LINKS = new Set(['of', 'and', 'for', 'the', 'on', 'de', 'du', 'des']);
const ACRONYM_FIRST = /\b(\p{Lu}[\p{Lu}&]{1,7})\s+\(([^()]{3,80})\)/gu;

/**
 * The roles one holding `role` answers to. A leader heads a country only when the country is named ("Russian leader
 * Vladimir Putin"): a party's, a union's or a Senate majority's leader is none ("Union leader Mick Lynch" is never
 * "the president"); nor is the president of a body that is no country ("Acme president Jane Roe").
 */
function expandRoles(role: string, nation: string | null = null): string[] {
  const country = nation !== null && namesACountry(nation);
  if (role === 'leader' && !country) return [role];
  if (role === 'president' && nation !== null && !country) return [role];
  if (HEAD_OF_STATE.includes(role)) return HEAD_OF_STATE;
  if (HEAD_OF_GOVERNMENT.includes(role)) return [role, 'leader', 'number one'];
  return [role];
}
/** Whether each word a role was written with names a country, asked once per word. */
const COUNTRY_WORDS = new Map<string, boolean>();
/** "Russia", "Russian", "Russia's", "U.S.", "British": a country, or the adjective of one. */
function namesACountry(nation: string): boolean {
  let hit = COUNTRY_WORDS.get(nation);
  if (hit === undefined) {
    const bare = bareNation(nation).replace(/\./gu, '');
    hit = isCountryName(bare) || Object.hasOwn(IRREGULAR_NATIONS, bare) || Object.values(IRREGULAR_NATIONS).includes(bare) || [...countryNames()].some((c) => countryMatchesAdjective(c, bare));
    COUNTRY_WORDS.set(nation, hit);
  }
  return hit;
}

interface Draft {
  tokens: string[];
  nations: Set<string>;
  roles: Set<string>;
  gender: 'male' | 'female' | null;
  /** Misspellings of the surname the story also writes ("Bauchtman" for "Buchtmann"). */
  variants: Set<string>;
}

/**
 * Letters a lone surname may differ from a full name's surname by and still be a misspelling of it: one in a name of
 * MISSPELT_MIN_LETTERS to seven letters, two from eight letters. Measured on the Wikinews dev set, where every
 * lone surname that matched no name of its story this closely was a typo of one ("Saree"/"Sarea",
 * "Bauchtman"/"Buchtmann"); shorter names differ by a letter too often to be the same ("Kahn", "Khan").
 */
const MISSPELT_MIN_LETTERS = 5;
const MISSPELT_LONG_LETTERS = 8;

/** Edit distance of two words, or `max + 1` once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The one full name (of `names`) whose surname `word` misspells, same first letter, or null. */
function misspeltSurnameOf(word: string, names: string[][]): string[] | null {
  const w = fold(word);
  if (w.length < MISSPELT_MIN_LETTERS) return null;
  const max = w.length >= MISSPELT_LONG_LETTERS ? 2 : 1;
  const hits = new Map<string, string[]>();
  for (const n of names) {
    if (n.length < 2) continue;
    const last = fold(n[n.length - 1]!);
    if (last[0] === w[0] && last !== w && last.length >= MISSPELT_MIN_LETTERS && editDistance(w, last, max) <= max) hits.set(n.join(' '), n);
  }
  // A shorter name held in every longer one is the same person ("Yahya Sarea" beside "Spokesperson Yahya Sarea").
  const all = [...hits.values()];
  const shortest = all.reduce<string[] | null>((x, n) => (!x || n.length < x.length ? n : x), null);
  return shortest && all.every((n) => shortest.every((t) => n.includes(t))) ? shortest : null;
}


/** True when token `k` is an age in apposition after a name: ", 20," or ", 42." (news style for people). */
function givesAge(text: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  // ("Antoine*, 32 ans": the star marks a name the paper changed.)
  if (!t || !/^\*?\s*,\s*$/.test(gapBefore(text, toks, k)) || !/^\d{1,3}$/.test(t.text) || Number(t.text) > 120) return false;
  // "Antoine, 32 ans,", "Lucía, 27 años,": other languages write the years out.
  const end = AGE_WORDS.has(toks[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  return !toks[end] || /^\s*[,.;)]/.test(gapBefore(text, toks, end));
}

/** "years" after an age in apposition, in the languages of European news that write it. */
const AGE_WORDS = new Set('ans años anni anos jahre jaar lat'.split(' '));

/** `, a retired teacher` after a name: a person described by what they do. */
function describedAfter(text: string, toks: Token[], k: number): boolean {
  if (!toks[k] || !/^\s*,\s*$/.test(gapBefore(text, toks, k))) return false;
  const m = parseMention(text, toks, k);
  return m?.kind === 'indefinite' && m.role !== null;
}

/** Token `i` is a given name followed by another capitalised word: the start of a name ("den Lee Elder Scholarship Fund"). */
function opensNamedRun(text: string, toks: Token[], i: number, language: string): boolean {
  const next = toks[i + 1];
  return !!next && tightAt(text, toks, i + 1) && /^\p{Lu}/u.test(next.text) && isGivenName(toks[i]!.text, language);
}

/** `, who` or `, whose` after a name: only persons take these relative pronouns. */
function relativeOfPerson(text: string, toks: Token[], k: number): boolean {
  return /^(?:who|whose)$/.test(toks[k]?.text ?? '') && /^\s*,\s*$/.test(gapBefore(text, toks, k));
}

/**
 * "costumer Ian Campbell", "ophthalmologist Li Wenliang": a lower-case noun for someone who does something (its
 * ending says so) right before a name describes a person.
 */
function agentNounBefore(text: string, toks: Token[], k: number): boolean {
  const t = toks[k - 1];
  return !!t && t.text === t.lower && /^\s+$/.test(gapBefore(text, toks, k)) && AGENT_NOUN.test(t.text) && !NOT_AGENT_NOUNS.has(t.text);
}
const AGENT_NOUN = /^\p{Ll}{2,}(?:er|or|ist|ian|ant|ent|ess)$/u;
/** Words with an agent noun's ending that are no noun for a person. */
const NOT_AGENT_NOUNS = new Set(
  'after under over never ever whether either neither rather other another together later earlier former latter per sooner further ' +
    'than different current recent present patient silent apparent frequent independent urgent important ' +
    'against amongst constant distant ancient meant went sent spent lent enter consider remember deliver offer order ' +
    'monitor border corner water winter summer center centre'.split(' '),
);

/** True when token `k` is a lower-case word right after a subject (its verb), not a linking word. */
function subjectOfVerb(text: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.text === t.lower && /^\s+$/.test(gapBefore(text, toks, k)) && /^\p{Ll}{2,}$/u.test(t.text) && !SUBJECT_LINKS.has(t.lower);
}
/** Lower-case words after a name that continue a longer subject rather than start its verb ("Smith and", "Jones of"). */
const SUBJECT_LINKS = new Set('and or of for in on at to with from by who which that whose as than de van von da'.split(' '));

/**
 * Builds the alias table of one story from its texts: every person introduced with a role or title
 * ("Russian President Vladimir Putin", "Chinese leader Xi Jinping", "Mr Xi", "Xi Jinping, China's president"),
 * plus the names found in speaker positions (`speakerNames`), merged when one name is part of another.
 */
/** Languages that write a subject pronoun where a name is meant ("he said", "a-t-il dit"), and drop none. */
const WRITES_ITS_SUBJECT: ReadonlySet<string> = new Set(['en', 'fr']);

/** A name from its first given name on, when words that are none stand before it and two words are left. */
function fromGivenName(name: string[], language: string): string[] {
  if (isGivenName(name[0]!, language)) return name;
  const k = name.findIndex((w) => /^\p{Lu}/u.test(w) && isGivenName(w, language));
  return k > 0 && name.length - k >= 2 ? name.slice(k) : name;
}

export function buildAliasTable(
  texts: string[],
  speakerNames: string[][] = [],
  corpus: CorpusNames = new Map(),
  writtenOnly: string[][] = [],
  language = 'en',
): AliasTable {
  const full = new Map<string, Draft>();
  const partial: { tokens: string[]; nation: string | null; role: string | null; gender: Draft['gender']; writtenOnly?: boolean; givenNameOnly?: boolean }[] = [];
  const vocabulary = new Set<string>();
  const nouns = new Set<string>();
  const add = (name: string[], nation: string | null, role: string | null, gender: Draft['gender']) => {
    if (name.length >= 2) {
      const key = name.join(' ');
      const d = full.get(key) ?? { tokens: name, nations: new Set<string>(), roles: new Set<string>(), gender: null, variants: new Set<string>() };
      if (nation) d.nations.add(nation);
      if (role) for (const r of expandRoles(role, nation)) d.roles.add(r);
      d.gender ??= gender;
      full.set(key, d);
    } else partial.push({ tokens: name, nation, role, gender });
  };
  const capitalisedInside = new Set<string>();
  /** Full names opening with a given name, read nowhere as a subject or with a role. */
  const givenNameFirst: string[][] = [];
  // "Der Flörsheimer berichtet": in a language that capitalises its nouns an article opening a sentence is one too;
  // elsewhere a capitalised "Die" or "Der" is more often a name's ("Der Spiegel").
  const articleCase = (t: Token) => (CAPITALISED_NOUNS.has(language) ? t.lower : t.text);
  /** Every full name the story writes, introduced with a role or not ("retired teacher Dafydd Rees"). */
  const seenNames = new Map<string, string[]>();
  const acronyms = new Map<string, string>();
  const thingAcronyms = new Set<string>();
  const places = new Set<string>();
  const capitalised = new Set<string>();
  /** Initials of the runs of capitalised words the story writes, for acronyms it never spells out in brackets. */
  const runsByInitials = new Map<string, string>();
  for (const text of texts) {
    acronymsIn(text, acronyms, thingAcronyms);
    capitalisedRuns(text, runsByInitials);
    const toks = tokenize(text);
    toks.forEach((t, i) => {
      if (t.text !== t.lower) {
        capitalised.add(stripPossessive(t.text).word);
        const before = toks[i - 1];
        if (before && PLACE_PREPOSITIONS.has(before.lower) && /^\s+$/.test(gapBefore(text, toks, i)) && !/^\s+\p{Lu}/u.test(text.slice(t.end, t.end + 2)))
          places.add(stripPossessive(t.text).word);
      }
      if (t.text === t.lower) vocabulary.add(t.lower);
      // ("den Lee Elder Scholarship Fund": a given name that opens a run of capitals after the article is a name's.)
      else if (i > 0 && GERMAN_ARTICLES.has(articleCase(toks[i - 1]!)) && /^\s+$/.test(gapBefore(text, toks, i)) && !opensNamedRun(text, toks, i, language)) nouns.add(stripPossessive(t.text).word);
      else if (i > 0 && !/(?:[.!?:]\S*\s*|(?:^|\s)["“‘«„‹'])$/u.test(gapBefore(text, toks, i))) capitalisedInside.add(stripPossessive(t.text).word);
    });
    for (let i = 0; i < toks.length; i++) {
      const m = parseMention(text, toks, i);
      if (m?.kind === 'role' && isOtherLanguageRole(toks[m.to - 1]!.text)) {
        // "El periodista ruso laureado con el último premio Nobel de la Paz, Dmitry Muratov, denunció": a role of another
        // language, its description, then the name in apposition holds that role, as "Name, the role," does.
        const named = nameAfterDescription(text, toks, m.to);
        if (named) add(named, m.nation, m.role, null);
        continue;
      }
      if (!m || m.kind !== 'name') continue;
      // "mit besonderer Software", "ein externer Dienstleister": after a German article or preposition a lower-case
      // word in -er is an adjective before a noun, not a trade before a name ("student protester Joshua Wong").
      if (m.role && toks[i]!.text === toks[i]!.lower && i > 0 && GERMAN_BEFORE_ADJECTIVE.has(toks[i - 1]!.text)) continue;
      if (m.name.length >= 2) seenNames.set(m.name.join(' '), m.name);
      const gender = genderOf(m.title);
      if (m.role || m.title || m.nation) add(m.name, m.nation, m.role, gender);
      // "Emma Caufield talked of …", "John Rhys-Davies broke news": a full name opening its sentence as the subject of a
      // verb introduces a person a later "she" or "he" may refer to, whether or not a speech verb follows.
      else if (m.name.length >= 2 && !m.possessive && (i === 0 || STOP_BEFORE_WORD.test(gapBefore(text, toks, i)) || followsDatelineLead(text, toks[i]!.start)) && subjectOfVerb(text, toks, m.to)) {
        // ("Tennis-Olympiasieger Alexander Zverev hat …": where nouns are capitalised, a word before the given name is
        // the person's description, not their name.)
        const name = CAPITALISED_NOUNS.has(language) ? fromGivenName(m.name, language) : m.name;
        if (!name.some((w) => places.has(w))) add(name, null, null, null);
      }
      // "Sudesh Amman, 20,", "identified as Sudesh Amman", "Ian Campbell, whose credits include", "costumer Ian
      // Campbell": an age in apposition, being identified or named, a relative clause of persons, or a word for what
      // someone does written before it, says a full name is a person's.
      else if (
        m.name.length >= 2 &&
        !m.possessive &&
        (givesAge(text, toks, m.to) ||
          (/^(?:identified|named)$/.test(toks[i - 2]?.lower ?? '') && toks[i - 1]?.lower === 'as') ||
          relativeOfPerson(text, toks, m.to) ||
          agentNounBefore(text, toks, i))
      ) {
        add(m.name, null, null, null);
      }
      // "Die Gesamtweltcupführende Marita Kramer aus Österreich": where capitals prove nothing, a given name first does.
      else if (CAPITALISED_NOUNS.has(language) && m.name.length >= 2 && !m.possessive && isGivenName(m.name[0]!, language)) add(m.name, null, null, null);
      // So does it in English and French, anywhere in the sentence ("… spoke with Anne Sacoolas as a suspect. She …",
      // "Le journaliste et commentateur sportif Thierry Roland s'est éteint … il avait alors lâché"), once the whole
      // story is read (below). Not where a dropped subject reaches the person spoken of last ("…”, dijo"): a name only
      // mentioned there took Spanish and Portuguese speakers' words on the dev set. French writes its subject pronoun.
      // ("the character of Anya Jenkins", "the role of Jane Eyre": a part played is nobody.)
      else if (
        WRITES_ITS_SUBJECT.has(language) &&
        m.name.length >= 2 &&
        m.name.length <= GIVEN_NAME_RUN_MAX &&
        !m.possessive &&
        isGivenName(m.name[0]!, language) &&
        !FICTIONAL_PART.test([toks[i - 2]?.lower, toks[i - 1]?.lower].join(' '))
      )
        givenNameFirst.push(m.name);
      // "Sarah, 34,", "Tom, a retired teacher,", "Maria, who has lived here": people met in the street are written by a
      // given name alone, and the name list gives the gender a later "she" asks for.
      else if (m.name.length === 1 && !m.possessive && !m.title && !m.role && (givesAge(text, toks, m.to) || relativeOfPerson(text, toks, m.to) || describedAfter(text, toks, m.to))) {
        const gender = givenNameGender(m.name[0]!, language);
        if (gender) partial.push({ tokens: m.name, nation: null, role: null, gender, givenNameOnly: true });
      }
      // "Marie-Pierre Dausse, professeur d’histoire, défend": another language's role in apposition, with no article.
      if (m.name.length >= 2 && !m.role && toks[m.to] && /^\s*,\s*$/.test(gapBefore(text, toks, m.to)) && toks[m.to]!.text === toks[m.to]!.lower && isOtherLanguageRole(toks[m.to]!.text)) {
        add(m.name, null, toks[m.to]!.lower, null);
      }
      // Apposition: "Xi Jinping, China's president," / "Vladimir Putin, the Russian leader,".
      if (m.name.length >= 2 && !m.role && toks[m.to] && /^\s*,\s*$/.test(gapBefore(text, toks, m.to))) {
        const app = parseMention(text, toks, m.to);
        // ("Michael Bloomberg, the former mayor of New York,": a definite role in apposition is the person's too.)
        if (app && app.kind === 'role' && (app.nation || /^the\s/iu.test(app.text))) add(m.name, app.nation, app.role, null);
      }
      i = m.to - 1;
    }
  }
  // Not a run that runs on past a name the story writes ("Doris Day Show", "Dee Dee Myers Getty"), nor one holding a
  // word the story writes in lower case ("Apple Music") or a place.
  // The names holding each word, indexed once: a story of a thousand articles writes thousands of names.
  const namesHolding = new Map<string, Set<string>>();
  for (const [key, o] of seenNames) {
    for (const w of o) {
      let keys = namesHolding.get(fold(w));
      if (!keys) namesHolding.set(fold(w), (keys = new Set()));
      keys.add(key);
    }
  }
  for (const [key, n] of new Map(givenNameFirst.map((n) => [n.join(' '), n]))) {
    if (n.some((w) => places.has(w) || vocabulary.has(w.toLowerCase()))) continue;
    if (n.some((_, k) => k >= 1 && k < n.length - 1 && seenNames.has(n.slice(0, k + 1).join(' ')))) continue;
    // ("Dayton Air Depot": a third word is a name's only after a second given name or an initial, "Mary Ann Jones".)
    if (n.length === 3 && !isGivenName(n[1]!, language) && !/^\p{Lu}\.?$/u.test(n[1]!)) continue;
    // Nor a second person of a surname the story gives someone else ("Karin Falk and Lars Falk"): on this evidence
    // alone it would make "Falk" the one named last, a guess.
    if ([...(namesHolding.get(fold(n.at(-1)!)) ?? [])].some((o) => o !== key)) continue;
    add(n, null, null, null);
  }
  for (const n of speakerNames) add(n, null, null, null);
  // "B. Obama" in a story that writes "Barack Obama": the person is the one it names in full.
  for (const [key, d] of [...full]) {
    // (Not French "M. Le Pen": "M." is "Mr" there.)
    if (!isInitialWord(d.tokens[0]!) || (language === 'fr' && /^M\.?$/u.test(d.tokens[0]!))) continue;
    const spelled = [...(namesHolding.get(fold(d.tokens.at(-1)!)) ?? [])]
      .map((k) => seenNames.get(k)!)
      .filter((n) => n.length === d.tokens.length && !isInitialWord(n[0]!) && n[0]!.startsWith(d.tokens[0]![0]!) && n.slice(1).every((t, k) => sameWord(t, d.tokens[k + 1]!)));
    if (spelled.length !== 1) continue;
    full.delete(key);
    add(spelled[0]!, null, null, d.gender);
    const host = full.get(spelled[0]!.join(' '))!;
    d.nations.forEach((x) => host.nations.add(x));
    d.roles.forEach((x) => host.roles.add(x));
  }
  // `writtenOnly`: lone names that join the table only where the story writes one full name holding them.
  for (const n of writtenOnly) partial.push({ tokens: n, nation: null, role: null, gender: null, writtenOnly: true });
  // A shorter full name inside a longer one ("Xi Jinping" in "Xi Jinping Ping") is the same person.
  // "Daten von Rheinmetall": a name opening with a German noun (one the story writes after an article) is nobody's,
  // and a lone "Rheinmetall" must not reach it: it is a name of its own.
  const nounOpened = (tokens: string[]) => nouns.has(tokens[0]!);
  const keys = [...full.keys()]
    .filter((k) => !nounOpened(full.get(k)!.tokens))
    .sort((a, b) => full.get(b)!.tokens.length - full.get(a)!.tokens.length || compareCodeUnits(a, b));
  const writtenNames = [...seenNames.values()].filter((n) => !nounOpened(n));
  const persons: Draft[] = [];
  for (const k of keys) {
    const d = full.get(k)!;
    const host = persons.filter((p) => d.tokens.every((t) => p.tokens.includes(t)));
    if (host.length === 1) {
      const h = host[0]!;
      d.nations.forEach((x) => h.nations.add(x));
      d.roles.forEach((x) => h.roles.add(x));
      h.gender ??= d.gender;
    } else persons.push({ ...d, nations: new Set(d.nations), roles: new Set(d.roles), variants: new Set(d.variants) });
  }
  // A lone surname or given name ("Mr Xi", "President Putin", `"…," Smith said`) joins the one person it names;
  // failing that, the one full name the story writes with it ("Mr Rees" after "retired teacher Dafydd Rees").
  for (const p of partial.sort((a, b) => compareCodeUnits(a.tokens.join(' '), b.tokens.join(' ')))) {
    const host = persons.filter((x) => x.tokens.some((t) => sameWord(t, p.tokens[0]!)));
    // "Actor Doris Day" (a headline's capitalised role) and "Doris Day" are one name: the shortest that the others hold.
    const holding = writtenNames.filter((n) => n.some((t) => sameWord(t, p.tokens[0]!)));
    const shortest = holding.reduce<string[] | null>((x, n) => (!x || n.length < x.length ? n : x), null);
    const written = shortest && holding.every((n) => shortest.every((t) => n.some((u) => sameWord(t, u)))) ? [shortest] : holding;
    const elsewhere = (corpus.get(p.tokens[0]!) ?? corpus.get(fold(p.tokens[0]!)) ?? []).filter((n) => !nounOpened(n));
    // "Ms Bauchtman" after "Lydia Buchtmann", "Saree" after "Yahya Sarea": a surname written nowhere else in the story,
    // one or two letters off the surname of the one full name it could be, is that name misspelt.
    const misspelt = host.length === 0 && written.length === 0 ? misspeltSurnameOf(p.tokens[0]!, [...persons.map((x) => x.tokens), ...writtenNames]) : null;
    // "Biden" in a story that writes "Joe Biden" and "Hunter Biden": the one the mention or the collection points to.
    const among = written.length > 1 ? oneOfSeveral(written.map((tokens) => ({ tokens, gender: null })), p.tokens[0]!, p, () => [], corpus) : null;
    const fallback =
      written.length === 1 ? written[0]! : among ? among.tokens : written.length === 0 && elsewhere.length === 1 ? elsewhere[0]! : (misspelt ?? p.tokens);
    // Only as the surname of the one full name written with it: "China" in "Putin Hails China" names nobody.
    // nor a run of words holding another person's name ("Putin Hails China").
    if (
      p.writtenOnly &&
      host.length === 0 &&
      (written.length !== 1 ||
        !sameWord(written[0]!.at(-1)!, p.tokens[0]!) ||
        written[0]!.slice(0, -1).some((w) => persons.some((x) => x.tokens.some((t) => sameWord(t, w)))))
    )
      continue;
    const target =
      host.length === 1
        ? host[0]!
        : host.length === 0
          ? pushPerson(persons, fallback)
          : oneOfSeveral(host, p.tokens[0]!, p, (x) => x.roles, corpus);
    if (!target) continue;
    if (misspelt && fallback === misspelt) target.variants.add(p.tokens[0]!);
    if (p.nation) target.nations.add(p.nation);
    if (p.role) for (const r of expandRoles(p.role, p.nation)) target.roles.add(r);
    // A given name's gender (from the name list) is the person's only where the story writes that name alone: "Myers,
    // who was …" after "Dee Dee Myers" tells nothing ("Myers" is a man's given name in the list).
    if (!p.givenNameOnly || (host.length === 0 && target.tokens.length === 1)) target.gender ??= p.gender;
  }
  // In German, where every noun has a capital, a name needs more than capitals: an office or a title held, or a given
  // name first ("Beide Regierungen", "Konsumwerte" after "schwacher" are nobody).
  // A name the story has speak ("sagte Yücel", "so Kumara") is one.
  const speaking = new Set(speakerNames.map((n) => n.join(' ')));
  const corroborated = (d: Draft) =>
    !CAPITALISED_NOUNS.has(language) ||
    speaking.has(d.tokens.join(' ')) ||
    d.gender !== null ||
    [...d.roles].some((r) => isOfficeRole(r)) ||
    isGivenName(d.tokens.find((t) => !NAME_PARTICLES.has(t)) ?? d.tokens[0]!, language);
  const done = persons
    .filter((d) => !nounOpened(d.tokens) && corroborated(d))
    .map((d) => ({
      name: d.tokens.join(' '),
      tokens: d.tokens,
      nations: [...d.nations].sort(compareCodeUnits),
      roles: [...d.roles].sort(compareCodeUnits),
      gender: d.gender,
      ...(d.variants.size ? { variants: [...d.variants].sort(compareCodeUnits) } : {}),
    }))
    .sort((a, b) => compareCodeUnits(a.name, b.name));
  const byWord = new Map<string, Person[]>();
  // Where every noun is capitalised, a run of three capitalised words is as often a name and a noun ("zahlte Thomas
  // Elder Antrittsgelder": Thomas paid Elder fees) as one name: a word inside it is nobody's name alone, but a particle
  // opens one ("Van der Bellen" of "Alexander Van der Bellen").
  const inner = (p: Person, k: number) => CAPITALISED_NOUNS.has(language) && k > 0 && k < p.tokens.length - 1 && !NAME_PARTICLES.has(p.tokens[k]!.toLowerCase());
  for (const p of done) {
    for (const t of new Set([...p.tokens.filter((_, k) => !inner(p, k)), ...(p.variants ?? [])].map(fold))) {
      const list = byWord.get(t);
      if (list) list.push(p);
      else byWord.set(t, [p]);
    }
  }
  // By the last word of each role they hold, for "the minister" and "the health minister" alike (`roleFits`).
  const byRoleHead = new Map<string, Person[]>();
  for (const p of done) {
    for (const head of new Set(p.roles.map((r) => r.split(' ').at(-1)!))) {
      const list = byRoleHead.get(head);
      if (list) list.push(p);
      else byRoleHead.set(head, [p]);
    }
  }
  const alone = new Map<string, Person>();
  for (const [w, shared] of byWord) {
    const p = shared.length > 1 ? oneOfSeveral(shared, w, { role: null, gender: null }, (x) => x.roles, corpus) : null;
    if (p) alone.set(w, p);
  }
  // "China" beside "Chinese", "Russia" beside "Russian": a country.
  const adjectives = [...capitalised].filter((w) => /(?:an|ese|ish|i)$/.test(w));
  for (const w of capitalised) if (!places.has(w) && adjectives.some((a) => a !== w && countryMatchesAdjective(w.toLowerCase(), a.toLowerCase()))) places.add(w);
  // "NPHET" where the story writes "the National Public Health Emergency Team" and never the acronym in brackets: the
  // run of capitalised words whose initials it spells.
  for (const w of capitalised) {
    const run = w.length >= 3 && isAcronym(w) && !acronyms.has(w) ? runsByInitials.get(w) : undefined;
    if (run) acronyms.set(w, run);
  }
  return { persons: done, vocabulary, nouns, capitalisedInside, acronyms, thingAcronyms, byWord, byRoleHead, alone, places, ...(DESCRIBES_BACK.has(language) ? { describesBack: true } : {}), ...(language === 'fr' ? { misterTitle: true } : {}) };
}

/**
 * Languages whose news names a person again by a description ("der Grünen-Politiker", "la titular", "le ministre"):
 * German, Spanish, French, Italian, Portuguese, Polish. English news repeats the surname instead, and there "the
 * spokesperson" of nobody named stays nobody.
 */
const DESCRIBES_BACK = new Set(['de', 'lb', 'es', 'fr', 'it', 'pt', 'pl']);
/** Languages that capitalise every noun, where a capital is no sign of a name. */
export const CAPITALISED_NOUNS: ReadonlySet<string> = new Set(['de', 'lb']);
/** A role whose head is an office or trade ("außenminister", "foreign minister"), not an adjective read as one. */
function isOfficeRole(role: string): boolean {
  const head = role.split(/[\s-]/).at(-1)!;
  return ROLE_HEADS.has(head) || isOtherLanguageRole(head);
}

/** Full names written anywhere in the collection, by surname: "Trump" → "Donald Trump" when a story never writes it in full. */
export type CorpusNames = Pick<ReadonlyMap<string, readonly string[][]>, 'get'>;

/** How often some texts write each full name (two words or more), by the name's words joined. */
export type NameCounts = ReadonlyMap<string, { name: string[]; n: number }>;

/**
 * The full names (two words or more) the texts write, by their last word, each listed once: what a lone surname in a
 * story that never writes it in full may stand for, when only one full name fits.
 */
export function corpusNames(texts: Iterable<string>): CorpusNames {
  return namesBySurname([countNames(texts)]);
}

/**
 * Names that `near` (the texts of the stories that report the same event) settle come first, the collection's
 * (`corpus`) after: "Ingram" in a reworded report of a match is the coach "Geoff Ingram" its other reports name, though
 * the collection writes "Matthew Ingram" as often. A near name holding the collection's whole name is that name with
 * a word too many ("Administrator Jim Bridenstine", a role capitalised at a sentence's start): the shorter one stands.
 */
export function nearNamesFirst(near: CorpusNames, corpus: CorpusNames): CorpusNames {
  return {
    get(word: string) {
      const here = near.get(word);
      if (here?.length !== 1) return corpus.get(word);
      const everywhere = corpus.get(word);
      const shorter = everywhere?.length === 1 && everywhere[0]!.length < here[0]!.length ? everywhere[0]! : null;
      return shorter && shorter.every((t) => here[0]!.some((u) => sameWord(t, u))) ? everywhere : here;
    },
  };
}

/** Counted once per story, the names add up to the collection's and to each event's without reading a text twice. */
export function countNames(texts: Iterable<string>): NameCounts {
  const counts = new Map<string, { name: string[]; n: number }>();
  for (const text of texts) {
    const toks = tokenize(text);
    for (let i = 0; i < toks.length; i++) {
      const m = parseMention(text, toks, i);
      if (!m) continue;
      i = m.to - 1;
      if (m.kind !== 'name' || m.name.length < 2) continue;
      const key = m.name.join(' ');
      const seen = counts.get(key);
      if (seen) seen.n++;
      else counts.set(key, { name: m.name, n: 1 });
    }
  }
  return counts;
}

/** `corpusNames` of the texts the name counts come from, added up. */
export function namesBySurname(parts: NameCounts[]): CorpusNames {
  let counts: NameCounts = parts[0] ?? new Map();
  if (parts.length > 1) {
    const sum = new Map<string, { name: string[]; n: number }>();
    for (const part of parts) for (const [key, { name, n }] of part) sum.set(key, { name, n: (sum.get(key)?.n ?? 0) + n });
    counts = sum;
  }
  // Most written first: "Vladimir Putin", written everywhere, before "Welcoming Putin", a sentence's first words once.
  const out = new Map<string, string[][]>();
  const ordered = [...counts.values()].sort((x, y) => y.n - x.n || compareCodeUnits(x.name.join(' '), y.name.join(' ')));
  for (const { name, n } of ordered) {
    const last = name[name.length - 1]!;
    for (const key of new Set([last, fold(last)])) {
      const list = out.get(key) ?? [];
      // A full name written far more often than any other with this surname stands for it alone.
      if (list.length === 0 || n * CORPUS_NAME_DOMINANCE > (counts.get(list[0]!.join(' '))?.n ?? 0)) list.push(name);
      out.set(key, list);
    }
  }
  return out;
}

/** How many times more often the commonest full name of a surname must be written to stand for it alone. */
export const CORPUS_NAME_DOMINANCE = 3;

function genderOf(title: string | null): Person['gender'] {
  return title === null ? null : FEMALE_TITLES.has(title) ? 'female' : MALE_TITLES.has(title) ? 'male' : null;
}

/**
 * Of several persons of one story who share the word a lone mention names ("Biden" beside "Joe Biden" and "Hunter
 * Biden"), the one it stands for. The mention's own title or role decides first: "Mrs Biden" is no man the story calls
 * "Mr", "President Biden" the one the story calls president. Else the one full name with that surname the collection
 * writes far more often than any other (`corpus`), or `preferred` (the choice the story's table made that way): news
 * writes a relative or namesake of the person a surname usually means in full. A title's gender the collection cannot
 * check is left undecided rather than given to the commonest name ("Mrs Biden" is not "Joe Biden"). Null when
 * nothing settles it.
 */
function oneOfSeveral<P extends { tokens: string[]; gender: Person['gender'] }>(
  hosts: P[],
  word: string,
  said: { role: string | null; gender: Person['gender'] },
  rolesOf: (p: P) => Iterable<string>,
  corpus: CorpusNames,
  preferred?: P,
): P | null {
  let fit = said.gender ? hosts.filter((p) => p.gender === null || p.gender === said.gender) : hosts;
  if (said.role) {
    const wanted = expandRoles(said.role);
    const holding = fit.filter((p) => [...rolesOf(p)].some((r) => wanted.some((x) => roleFits(r, x))));
    if (holding.length) fit = holding;
  }
  if (fit.length === 1) return fit[0]!;
  if (said.gender) {
    const same = fit.filter((p) => p.gender === said.gender);
    return same.length === 1 ? same[0]! : null;
  }
  if (preferred) return fit.includes(preferred) ? preferred : null;
  const known = corpus.get(word) ?? corpus.get(fold(word)) ?? [];
  if (known.length !== 1) return null;
  const name = known[0]!;
  const same = fit.filter((p) => p.tokens.length === name.length && p.tokens.every((t, k) => sameWord(t, name[k]!)));
  return same.length === 1 ? same[0]! : null;
}

/** Two spellings of one name word, with or without diacritics ("Erdoğan", "Erdogan"). */
function sameWord(a: string, b: string): boolean {
  return a === b || fold(a) === fold(b);
}
/** Folded forms, kept: every mention is compared with every person of its story, so folding must cost a lookup. */
const folded = new Map<string, string>();
function fold(w: string): string {
  let f = folded.get(w);
  if (f === undefined) {
    f = w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    folded.set(w, f);
  }
  return f;
}

function pushPerson(persons: Draft[], tokens: string[]): Draft {
  const existing = persons.find((p) => p.tokens.join(' ') === tokens.join(' '));
  if (existing) return existing;
  const d: Draft = { tokens, nations: new Set(), roles: new Set(), gender: null, variants: new Set() };
  persons.push(d);
  return d;
}

/**
 * Everyone a name may stand for. A lone word that is some persons' surname stands for them only: "Vanderbilt" is
 * Gloria Vanderbilt, not Gertrude Vanderbilt Whitney.
 */
/** A lone capital, with or without its point: a given name's initial ("B." of "B. Obama"). */
function isInitialWord(word: string): boolean {
  return /^\p{Lu}\.?$/u.test(word);
}

export function namedCandidates(table: AliasTable, m: Mention): Person[] {
  // "M. Le Pen" beside "Marine Le Pen" and "Jean-Marie Le Pen": the man, by his surname, never "Marine" by her initial.
  if (table.misterTitle && m.name.length > 1 && /^M\.?$/u.test(m.name[0]!)) {
    const female = (p: Person) => p.gender === 'female' || (p.gender === null && p.tokens.length > 1 && givenNameGender(p.tokens[0]!) === 'female');
    return namedCandidates(table, { ...m, name: m.name.slice(1) }).filter((p) => !female(p));
  }
  // Every word must match, so the persons of the rarer of its first and last words are all there is to compare:
  // "Anne" may be the given name of hundreds of a story's people, "Sacoolas" of one. (A word inside a German run of
  // capitals is indexed for nobody, so only the ends are asked.)
  let pool = table.byWord.get(fold(m.name[0]!)) ?? [];
  const last = m.name.length > 1 ? table.byWord.get(fold(m.name.at(-1)!)) : undefined;
  // ("B. Obama": an initial stands for the given name, which the pool of the surname holds.)
  const abbreviated = m.name.length > 1 && isInitialWord(m.name[0]!);
  if (last && (last.length < pool.length || abbreviated)) pool = last;
  const fits = (t: string, u: string) => sameWord(t, u) || (isInitialWord(t) && !isInitialWord(u) && u.startsWith(t[0]!));
  const hits = pool.filter((p) =>
    m.name.every((t) => p.tokens.some((u) => fits(t, u)) || (p.variants?.some((u) => sameWord(t, u)) ?? false)),
  );
  // "B. Obama" after "Barack Obama": the name written out is the person the initial abbreviates.
  if (abbreviated && hits.length > 1) {
    const spelledOut = hits.filter((p) => !p.tokens.some(isInitialWord));
    if (spelledOut.length === 1) return spelledOut;
  }
  if (hits.length < 2 || m.name.length !== 1) return hits;
  const bySurname = hits.filter((p) => p.tokens.length > 1 && sameWord(p.tokens.at(-1)!, m.name[0]!));
  return bySurname.length ? bySurname : hits;
}

/**
 * The person a mention names, or null when the table cannot say for sure (no match, or more than one:
 * "the president" in a story with two presidents). Pronouns are resolved by the caller, from the text order.
 * `sentenceInitial`: a lone capitalised word at the start of a sentence may be a common noun ("Experts").
 */
export function resolveMention(table: AliasTable, m: Mention, sentenceInitial = false): Person | null {
  if (m.kind === 'name') {
    const hits = namedCandidates(table, m);
    // "Tennis-Olympiasieger Alexander Zverev", "SPD-Chef Lars Klingbeil": a compound before a given name and surname
    // describes the person the rest names.
    if (!hits.length && m.name.length >= 3 && m.name[0]!.includes('-') && isGivenName(m.name[1]!)) return resolveMention(table, { ...m, name: m.name.slice(1) }, false);
    const hit =
      hits.length === 1
        ? hits[0]!
        : hits.length > 1 && m.name.length === 1
          ? oneOfSeveral(hits, m.name[0]!, { role: m.role, gender: genderOf(m.title) }, (p) => p.roles, new Map(), table.alone.get(fold(m.name[0]!)))
          : null;
    if (!hit) return null;
    const lone = m.name.length === 1 && !m.title && !m.role && !m.nation;
    const word = m.name[0]!;
    // A plural-looking word seen only at sentence starts is read as a common noun; "Jones said" reaches its speaker
    // through the full name ("Tom Jones") a story introduces first.
    const commonNoun = table.vocabulary.has(word.toLowerCase()) || (/[^su]s$/u.test(word) && !table.capitalisedInside.has(word));
    if (lone && sentenceInitial && hit.tokens.length === 1 && commonNoun) return null;
    // "Dienstleister": a name opening with a noun the story writes after a German article is nobody's (a given name
    // takes no article), unless the mention reaches a fuller name.
    if (hit.tokens.length <= m.name.length && table.nouns.has(m.name[0]!)) return null;
    return hit;
  }
  if (m.kind === 'role') {
    const hits = roleHolders(table, m);
    return hits.length === 1 ? hits[0]! : null;
  }
  return null;
}

/** The persons of the story who hold the office a role mention names ("the president", "the French president"). */
export function roleHolders(table: AliasTable, m: Mention): Person[] {
  const head = m.role!.split(' ').at(-1)!;
  // ("the foreign minister" may be the story's "Foreign Secretary": see asMinister.)
  const other = head === 'minister' ? 'secretary' : head === 'secretary' ? 'minister' : null;
  const candidates = [...(table.byRoleHead.get(head) ?? []), ...(other ? (table.byRoleHead.get(other) ?? []) : [])];
  return [...new Set(candidates)].filter(
    (p) => p.roles.some((r) => roleFits(r, m.role!)) && (m.nation === null || p.nations.some((n) => sameNation(n, m.nation!))),
  );
}

/** Words of an honorific: "the Hon.", "The Rt. Hon.", "the Right Honourable", "Hon.". */
const HONORIFIC = /^(?:the\s+)?(?:(?:rt\.?|right)\s+)?(?:hon\.?|honourable|honorable)\s+$/iu;
/** Where an honorific that starts at token `j` ends (the name's first token), or `j` when none starts there. */
function honorificEnd(text: string, toks: Token[], j: number): number {
  for (let k = j + 1; k <= j + 4 && k < toks.length; k++) {
    const words = text.slice(toks[j]!.start, toks[k]!.start);
    if (HONORIFIC.test(words)) return isNameToken(toks[k]!) ? k : j;
  }
  return j;
}
