// Gives each line of a captured news page a kind. The rules are evidence about news pages in general
// (credit lines, calls to action, list widgets, position, repetition), never the text of a particular seed.
import type { BlockKind } from '../records/article.ts';
import type { JoinedLine } from './rejoinBrokenLines.ts';
import { words } from '../text/tokens.ts';
import { readsAsClause } from '../text/clauseShape.ts';
import { contentWordsOf } from '../text/contentWords.ts';
import { AGENCY_AFTER_SLASH, wireAgency } from '../text/lexicon/agencies.ts';
import { functionWordsOf } from '../text/lexicon/functionWords.ts';
import { NOT_NAMES } from '../text/lexicon/names.ts';
import { decideBody } from './bodyEvidence.ts';
import { ENDS_SENTENCE, endsWithStop } from '../text/sentenceEnd.ts';

export interface Classified {
  kind: BlockKind;
  reason: string;
}

export interface ClassifyOptions {
  /** The headline the seed's front matter gives: the line that reads it is the headline. */
  headline?: string | null;
}

/** Words a headline at most has; longer title-like lines are teasers or standfirsts. */
const MAX_HEADLINE_WORDS = 30;
/**
 * How far above the first paragraph the headline is looked for: past bylines, dates, captions and share bars (set,
 * like the other headline and comments constants, on the real pages of tests/fixtures/extraction).
 */
const HEADLINE_WINDOW_LINES = 25;
/**
 * A question or exclamation opening the body is a headline candidate up to this many words; longer, it is an
 * interview's first question (the headlines ending in ? or ! on tests/fixtures/extraction have 9 to 14 words).
 */
const HEADLINE_IN_BODY_MAX_WORDS = 16;
/**
 * Title Case: at least this share of the words of TITLE_CASE_MIN_LETTERS letters or more start with a capital. On the
 * gold article lines of tests/fixtures/extraction the median share is 0.5 in German, which capitalises its nouns, and
 * 0.25 in English; the lines above it there are subheads and names, which the headline search does not reach.
 */
const TITLE_CASE_SHARE = 0.8;
const TITLE_CASE_MIN_LETTERS = 4;
/** How many stretches of body the headline is looked for above, the first first. */
const HEADLINE_BODY_STARTS = 3;
/** A title-like line right above the best headline candidate, sharing at least this share of its words, is the headline. */
const HEADLINE_SHARE_OF_BEST = 0.5;
/**
 * A line above the best candidate is its headline only when it is at most this many times as long (a headline is
 * rarely much longer than the standfirst under it; a slogan or teaser above is).
 */
const HEADLINE_ABOVE_MAX_LENGTH = 1.5;
/** A line above the best candidate needs at least this many of the article's words to be its headline (a kicker or a
 * dateline shares one by chance). */
const HEADLINE_ABOVE_MIN_SHARED = 2;
/** A headline has a few words; one- and two-word lines are section names and labels. */
const HEADLINE_MIN_WORDS = 3;
/** A line is prose when it closes a sentence and has at least this many words. */
const PROSE_MIN_WORDS = 8;
/** A short line closing with sentence punctuation reads as a sentence from this many words ("Turnout was high."). */
const SENTENCE_MIN_WORDS = 3;
/** Prose above a comments heading that makes it the end of an article, not a count in its header: a few paragraphs. */
const ARTICLE_ABOVE_COMMENTS_WORDS = 100;
/** A standfirst is a line or two under the headline; more lines before the byline are something else. */
const MAX_STANDFIRST_LINES = 2;
/**
 * A list of names that continues the article (an open letter's signatories): at least this many lines in a row, nearly
 * all of them (this share) names that occur once on the page, each line at most ENTRY_MAX_WORDS words, and some of them
 * (ENTRY_LIST_QUALIFIED_SHARE) a name with its role or affiliation after a comma. Set on the real pages of
 * tests/fixtures/extraction: of the runs of short lines straight after a paragraph of the article, menus and link boxes
 * have at most 2 names in 18 lines, a site's list of its authors has 6 names in 7 lines and no roles, and the one list
 * of signatories has 151 names in 152 lines, two thirds of them with a role.
 */
const ENTRY_LIST_MIN_LINES = 10;
const ENTRY_LIST_NAME_SHARE = 0.8;
const ENTRY_LIST_QUALIFIED_SHARE = 0.25;
const ENTRY_MAX_WORDS = 10;
/**
 * A list that a line ending in a colon introduces inside the article has at most this many items (set on
 * tests/fixtures/extraction, where such lists have 3 to 8).
 */
const COLON_LIST_MAX_ITEMS = 12;
/** Subheads, bylines and datelines are short: at most this many words. */
const SUBHEAD_MAX_WORDS = 12;
/** Near-duplicate lines: share of the smaller and of the larger line's distinct words they have in common. */
const DUPLICATE_SHARE_OF_SMALLER = 0.9;
const DUPLICATE_SHARE_OF_LARGER = 0.75;
/** Lines with fewer words are never near-duplicates: short labels repeat on every page. */
const DUPLICATE_MIN_WORDS = 5;
/** A line's rarest words on the page find its near-duplicates without comparing every pair of lines. */
const DUPLICATE_PROBE_WORDS = 4;

const ENDS_WITH_STOP = endsWithStop('.…');
const ENDS_WITH_STOP_OR_COLON = endsWithStop('.…:');
const ENDS_QUESTION_OR_EXCLAMATION = endsWithStop('?!');
/** A link to the rest of a paragraph printed after it: "… in Polsce. [czytaj więcej]", "… today. [more]", "… Read more »". */
const READ_MORE_TAIL =
  /\s*(?:\[\s*(?:czytaj )?(?:więcej|more|read more|mehr|weiterlesen|lire la suite|leer más|leggi tutto)\s*\]|(?:read more|weiterlesen)\s*[»›]|\[…\]|\[\.\.\.\])$/iu;
const URL_ONLY = /^<?(?:https?:\/\/|www\.)\S+>?$/i;

/** "Photo:", "Pic:", "Image source:", "Picture credit:" … */
const CREDIT_LABEL = '(?:pic|pics|photo|photos|picture|image|credit|foto|fotos|bild|photograph|illustration)(?:\\s+(?:source|credit|courtesy))?\\s*:';
/** Photo credits: "Pic:", "Photo: …", "/ Copyright", "©", "All rights reserved", "Getty Images", "via Reuters". */
const CREDIT = [
  new RegExp(`\\b${CREDIT_LABEL}\\s*\\S`, 'i'),
  /\/\s*copyright\b/i,
  /©/,
  /\ball rights reserved\b/i,
  /\b(?:getty images|shutterstock|alamy|afp photo|ap photo|reuters\/|epa-efe|pool photo)\b/i,
  /\bvia (?:reuters|afp|ap|getty)\b/i,
];
/** A link to the rest of a story, on a line of its own: "READ THE REST", "Read more »", "weiterlesen", "mehr". */
const READ_MORE_LINK =
  /^(?:read (?:the rest|more)|more|continue reading|weiterlesen|mehr|mehr lesen|lire la suite|la suite|leer más|leggi tutto|czytaj (?:dalej|więcej)|więcej)\s*[»›→>…]*$/iu;
/**
 * The same read-more link at least this many times on a page makes the paragraphs above them teasers. Set on
 * tests/fixtures/extraction, where an article's own last paragraph is followed by "Read more" (the label of a link
 * box) at most twice on a page, and index pages of teasers print the link six and ten times.
 */
const TEASER_MIN_LINKS = 3;
/** A line that is nothing but a credit ("Image source: …", "(Photo: …)", "© …", "(AP Photo/…)"): the caption is the line above. */
const CREDIT_ONLY = new RegExp(`^[(\\[]?\\s*(?:${CREDIT_LABEL}|©|\\S+ photo\\s*/)`, 'i');
/**
 * The page's copyright notice ("© 2025 AFP", "Copyright 2025 The Associated Press. All Rights Reserved."): it starts
 * with the mark and dates it, where a caption describes the photo first and a bare photo credit names "Name/Agency".
 */
const COPYRIGHT_NOTICE = /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|(?:19|20)\d{2}\b))(?=.*(?:\b(?:19|20)\d{2}\b|\ball rights reserved\b))[^/]*$/i;
const CAPTION_TAG = /\((?:file|file photo|file image|representational(?: image| photo)?|representative image|photo|image|archive)\)\s*$/i;

const BYLINE = /^(?:by|von|par|por|di|door|written by|reported by|reporting by)\s+[\p{Lu}\d]/iu;
/** A wire credit line: "(Reporting by …; Editing by …)". One that starts "Additional reporting by" is a note. */
const WIRE_CREDIT = /^\((?:reporting|writing|reported|compiled) by [^()]+\)$/i;
/** Person names as bylines print them: "Claire Fontaine", "Jean-Luc de la Tour", "J. Smith". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const PERSON_NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:(?:de|da|di|du|del|della|dos|van|von|der|den|ter|le|la|bin|ibn|al|el)\s+)*${NAME_WORD}){1,3}$`, 'u');
/** What joins the names of a byline, and the agency or outlet after them. */
const BYLINE_JOINER = /\s*[,|]\s*|\s+(?:and|&|und|et)\s+|\s+[–—]\s+/u;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?' +
  '|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\\.?';
export const DATE_EXPRESSION = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    `\\b\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+${MONTH},?\\s+\\d{4}`,
    `\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?`,
    `\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}`,
    `\\b\\d{1,2} (?:min(?:ute)?s?|hours?|hrs?|days?) ago\\b`,
  ].join('|'),
  'i',
);
const EVERY_DATE = new RegExp(DATE_EXPRESSION.source, 'gi');
/** What a date line says around its dates: "Published on", "Updated", times, zones, weekdays, "3 min read". */
const DATE_FILLER = new RegExp(
  `(?<![\\p{L}\\d])(?:${[
    'published|updated|posted|last|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|utc|gmt|bst|cet|cest|est|edt|ist',
    'mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday',
    'publié|publiée|mis à jour|modifié|le|à|veröffentlicht|aktualisiert|um|uhr',
    '\\d{1,2}[:.h]\\d{2}',
    '\\d+ min(?:ute)?s? read',
  ].join('|')})(?![\\p{L}\\d])`,
  'giu',
);

const CALL_TO_ACTION =
  /^(?:follow|subscribe|sign up|sign in|log in|register|tap|click|download|keep up|join|get the|get our|listen to|watch|share|like us|support|donate|install|visit our|read our|enable|turn on|allow)\b/i;
/** "Share prices fell…" and "Support for the plan…" open prose; a call to action also speaks to the reader. */
const ADDRESSES_READER = /\b(?:you|your|our|us)\b/i;
const PROMO_WORDS =
  /\b(?:newsletter|whatsapp|telegram|app store|google play|podcast|push notifications|sign up|subscribe)\b|\b(?:download|get|install) (?:the|our)\b[^.!?]{0,40}\bapp\b/i;
/** Widgets in other languages: "Mehr zum Thema", "Lire aussi", "Leer más", "Meistgelesen" … */
const OTHER_LANGUAGE_WIDGETS =
  'mehr zum thema|lesen sie auch|auch interessant|das könnte sie (?:auch )?interessieren|meistgelesen|meist gelesen|' +
  'lire aussi|à lire aussi|voir aussi|les plus lus|sur le même sujet|leer más|lea también|te puede interesar|lo más leído|' +
  'leggi anche|i più letti|lees ook|meest gelezen|läs också|mest lästa|lue myös|luetuimmat';
/** Link widgets that never carry the article's own subject. */
const WIDGET_NAMES =
  "you (?:may|might) (?:also )?like|recommended(?: for you)?|most (?:read|popular|viewed|shared)|popular now|top stories|editor'?s picks|don'?t miss|more stories|trending(?: now)?";
const SITE_UI = new RegExp(
  `\\b(?:oops|something went wrong|please wait|javascript|skip to (?:content|main)|zum inhalt(?: springen)?|aller au contenu|ir al contenido|passa al contenuto|przejdź do treści|continue reading|page not found|share this|copy link|reuse this content)\\b`,
  'i',
);
/**
 * Interface words and widget names that news prose uses too: "Loading…", "Comments (12)" and "Most popular" are the
 * page's; "The company did not respond to a request for comment.", "Police said they would try again on Friday." and
 * "The bill was sponsored by Sen. Jane Doe." the article's.
 */
const SITE_UI_IN_PROSE_TOO = new RegExp(`\\b(?:try again|loading|cookies?|advertisement|advertising|comments?|sponsored|promoted stories|${WIDGET_NAMES})\\b`, 'i');
/** The page speaking to its reader ("Please try again", "on this page"), which a sentence of news does not. */
const PAGE_SPEAKS = /\b(?:please|you|your|this (?:article|story|post|page|site))\b/i;
/** "Advertisement" in other languages. */
const AD_LABEL = /^(?:anzeige|werbung|publicité|publicidad|pubblicità|реклама|reklama|reclame|advertentie|annons|mainos)$/iu;
/** Share buttons: "Share", "Share on X", "Share: Facebook | X | Email", "Share  Tweet  Mail". */
const SHARE_BUTTON_WORDS = new Set(
  'share tweet mail email e-mail print copy link on via this article story page facebook x twitter linkedin whatsapp telegram reddit pinterest messenger bluesky threads flipboard'.split(' '),
);
const SHARE_VERB = /^(?:share|tweet)$/i;
/** A tag list ("France · Shipping · Trade unions"): topics joined by middle dots, bullets, pipes or chevrons. */
const TAG_SEPARATOR = /\s+[·•|›]\s+/u;
/** Link lists, named the same before a single link ("Read more: …") and above a list of them. */
const LINK_LIST_NAMES =
  'related(?: articles?| stories| content| coverage| news)?|read more|read also|also read|see also|more on this(?: story)?|more from [^:]+|further reading|recommended reading|latest(?: news)?|' +
  OTHER_LANGUAGE_WIDGETS;
const RELATED_LABEL = new RegExp(`^(?:${LINK_LIST_NAMES}|live(?: updates)?|watch|listen)\\s*[:\\-–—]`, 'i');
/** A heading that names a list of links even without a colon: "Read more", "More from Wales", "Most viewed". */
const LIST_HEADING = new RegExp(`^(?:${LINK_LIST_NAMES}|${WIDGET_NAMES})$`, 'i');
// Credits open their line ("Additional reporting by …"); prose may mention "reporting by the newspaper" anywhere.
const NOTE =
  /^(?:\(.{12,}\)|\[.{12,}\])$|^(?:editor'?s note|editor’s note|note|correction|clarification|disclaimer)\s*[:—–-]|^[(\[—–-]?\s*(?:with )?(?:additional reporting|reporting|editing|writing) by\b|\b(?:syndicated feed|this (?:article|story|report) (?:was|has been|first appeared|originally)|originally (?:published|appeared))\b/i;

/** The heading of the readers' comments, or a prompt to write one: everything below it is the readers', not the article's. */
const COMMENTS_HEADING = new RegExp(
  '^(?:\\d+\\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|kommentarer|kommentit|reader comments|' +
    'responses?|replies|discussion|diskussion)(?:\\s*\\(\\d+\\))?$|' +
    '^(?:leave|post|add|write|show|view|load|read|see) (?:a |the |all |\\d+ )?(?:comments?|reply|replies|responses?)\\b|' +
    '^join the (?:conversation|discussion|debate)\\b|^\\d+ (?:comments?|responses?|replies|thoughts|kommentare|reaktionen|commentaires|réactions|comentarios|respuestas|commenti) (?:to|on|zu|auf|sur|à|a|en|su)\\b|^(?:kommentar schreiben|kommentieren|laisser un commentaire|réagir|deja un comentario|lascia un commento)',
  'iu',
);
/** A comment's controls: "Reply", "Antworten", "Répondre", "Report". */
const COMMENT_CONTROL = /^(?:reply|report|antworten|melden|répondre|signaler|responder|rispondi|odpowiedz)$/i;
/** A labelled tag list: "Tags: …", "Schlagwörter: …", "Mots-clés : …". */
const TAGS_LABEL = /^(?:tags|tagged|topics|schlagwörter|schlagworte|themen|mots-clés|étiquettes|etiquetas|temas|tagi)\s*:/i;
/**
 * The line that introduces one reader's comment: "Jane Doe says:", "Max sagt:", or without the colon a name alone
 * ("Jane Doe says"); a headline ends in "says" too, with more than a name before it ("Bridge to reopen in May, mayor
 * says").
 */
const COMMENT_VERBS = 'says|said|wrote|writes|sagt|schreibt|meint|dit|a écrit|écrit|dice|escribió|scrive|schreef|zegt';
const COMMENT_AUTHOR = new RegExp(`^\\S.{0,60}\\s(?:${COMMENT_VERBS}):$`, 'iu');
const COMMENT_AUTHOR_NAME = new RegExp(`^(?:@?\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}(?:${COMMENT_VERBS})$`, 'u');
/**
 * "Ann Lee said:", "Mark Seidenberg commented:", "Robinson agrees in comments on the site:" before a paragraph that
 * opens with a quotation mark: the article's lead-in to the quotation, neither a commenter's name, nor interface text,
 * nor a subhead.
 */
function leadsInQuotation(f: Facts, next: Facts): boolean {
  return f.text.endsWith(':') && /^["“„«»‘‚‹›]/u.test(next.text);
}
/** Font, player and sharing controls as the page prints them: "A A", "A+", "play_arrow", "00:00 / 02:31". */
const CONTROLS =
  /^(?:a\s*[-+]?\s*){2,3}$|^(?:text|font) ?size\b|^[a-z]+(?:_[a-z]+)+$|^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?$|^(?:play|pause|mute|unmute|replay|fullscreen|close|menu|search|back to top|scroll to top|print|next|previous|prev|more|less|show more|load more|see more|zurück|weiter|suche|recherche|buscar)$/i;
/** Script and tracking code printed as text: `window._taboola = …`, `googletag.cmd.push(…)`, a line of braces. */
const SCRIPT_TEXT =
  /^(?:window|document|var|let|const|function|googletag|_\w+)\b[^\p{L}]*[.=(]|\bfunction\s*\(|=>\s*\{|\(function\b|^[\s{}()\[\];,]+$|[;{]\s*$|^\s*\}/u;
/** Code has few words of any language; a sentence that ends in a semicolon has many. */
const SCRIPT_MAX_FUNCTION_SHARE = 0.2;
/** Cookie and consent banners, subscription walls: long enough to look like prose, but they speak to the reader. */
const CONSENT =
  /(?<![\p{L}])(?:consent|privacy (?:policy|settings)|personal data|data protection|protection des données|protección de datos|protezione dei dati|tracking technologies|datenschutz\p{L}*|einwilligung|personenbezogene\p{L}* daten|données personnelles|datos personales|dati personali|dan(?:e|ych) osobow\p{L}*)(?![\p{L}])/iu;
/**
 * Cookies are a notice's only with the site or browser that sets them ("… baking them into cookies" is a recipe's): a
 * cookie word and a word of the web in one line.
 */
const COOKIES = /(?<![\p{L}])cookies?(?![\p{L}])/iu;
const WEB_WORDS =
  /(?<![\p{L}])(?:use|uses|website|site|browser|browsing|accept\p{L}*|settings|verwende\p{L}*|nutzen|einstellungen|webseite|seite|akzeptier\p{L}*|utilis\p{L}*|navigateur|navigation|accepter|utiliza\p{L}*|navegador|navegación|sitio|aceptar|usiamo|utilizziamo|używa\p{L}*|witryn\p{L}*|stron\p{L}*)(?![\p{L}])/iu;
/** A notice speaks to the reader or for the site, in the languages the notices above are written in. */
const SITE_SPEAKS = /(?<![\p{L}])(?:you|your|our|us|we|wir|unser\p{L}*|diese (?:website|seite)|nous|vous|votre|ce site|usted|nuestr\p{L}*|moich|nasz\p{L}*|wyrażam)(?![\p{L}])/iu;
const PAYWALL =
  /\b(?:subscribers? only|for subscribers|already (?:a )?(?:subscriber|member|registered)|to continue reading|continue reading with|create (?:a free|an) account|premium (?:content|article)|unlimited access|abonnenten|abonnés|suscriptores)\b/i;
/** A labelled byline: "Author: …", "Autor: …", "Text: …". */
const LABELLED_BYLINE = /^(?:author|authors|autor|autorin|auteur|autore|text|texte|redacción|reporter)\s*:\s*\p{Lu}/iu;

interface Facts {
  text: string;
  wc: number;
  sentenceEnd: boolean;
  line: JoinedLine;
  /** The line's words in lower case. */
  lower: string[];
  /** Share of its words that are function words of the page's language. */
  functionShare: number;
  /** Lines of prose above it on the page. */
  proseAbove: number;
  /** Its content words (what it is about). */
  content: string[];
}

/**
 * French and Italian write an article, pronoun or preposition elided into the next word ("l'économie", "c'est",
 * "qu'il", "dell'anno"): the elided word is a function word of its own. Read as one word, a French quotation paragraph
 * ("« C'est un signal positif pour l'économie française », juge l'économiste …") had too few function words for prose.
 */
const ELISION = /^(l|d|c|j|m|n|s|t|qu|jusqu|lorsqu|puisqu|dell|all|nell|dall|sull|un)['’](\p{L})/u;

/** The share of a line's words (lower case) that are function words, an elided word counted as one of its own. */
function functionShareOf(ws: string[], functionWords: ReadonlySet<string>): number {
  let all = 0;
  let fw = 0;
  for (const w of ws) {
    const elided = ELISION.exec(w);
    all += elided ? 2 : 1;
    if (elided && functionWords.has(elided[1]!)) fw++;
    if (functionWords.has(elided ? w.slice(elided[1]!.length + 1) : w)) fw++;
  }
  return all ? fw / all : 0;
}

export function classifyLines(lines: JoinedLine[], options: ClassifyOptions = {}): Classified[] {
  // Soft hyphens (U+00AD) are invisible break hints: "Mes\u00ADsen\u00ADger" is the word "messenger".
  const lower = lines.map((l) => words(l.text.replace(/\u00AD/g, '')).map((w) => w.toLowerCase()));
  const { words: functionWords } = functionWordsOf(lower.flat());
  const facts: Facts[] = lines.map((l, i) => {
    const ws = lower[i]!;
    return {
      text: l.text,
      wc: ws.length,
      sentenceEnd: ENDS_SENTENCE.test(l.text.replace(READ_MORE_TAIL, '')),
      line: l,
      lower: ws,
      functionShare: functionShareOf(ws, functionWords),
      proseAbove: 0,
      content: contentWordsOf(ws),
    };
  });
  facts.forEach((f, i) => {
    if (i > 0) f.proseAbove = facts[i - 1]!.proseAbove + (isProse(facts[i - 1]!) ? 1 : 0);
  });
  const out: (Classified | null)[] = facts.map((f, i) => ownKind(f, i, facts));
  const contentLines = new Map<string, number>();
  for (const f of facts) for (const w of new Set(f.content)) contentLines.set(w, (contentLines.get(w) ?? 0) + 1);
  // Where the capture puts a blank line between all its lines, a blank line does not end a list.
  const spaced = facts.filter((f) => f.line.gapBefore).length * 2 >= facts.length;

  // Lists: a short label followed by a run of short title-like lines (a widget of links).
  for (let i = 0; i < facts.length; i++) {
    const labelKind = out[i]?.kind;
    if (labelKind !== undefined && labelKind !== 'related' && labelKind !== 'boilerplate') continue;
    const candidates = listItemsAfter(facts, i, spaced);
    // The list ends at the first line another rule already claimed (a promo, a caption...).
    const claimed = candidates.findIndex((j) => out[j] !== null && out[j]!.kind !== labelKind);
    const items = claimed === -1 ? candidates : candidates.slice(0, claimed);
    if (items.length === 0) continue;
    const kind: BlockKind =
      labelKind === 'boilerplate' || labelKind === 'related'
        ? labelKind
        : isOnTopic(facts, contentLines, i, items)
          ? 'related'
          : 'boilerplate';
    const why =
      kind === 'related'
        ? 'a list of story links that share the article’s subject'
        : 'a list of story links on other subjects (a site widget)';
    if (!out[i] || out[i]!.kind === labelKind) out[i] = { kind, reason: out[i]?.reason ?? `heads ${why}` };
    for (const j of items) out[j] = { kind, reason: why };
    i = items[items.length - 1]!;
  }

  // Teasers of other pages: a paragraph, often under its title, followed by a link to read the rest, the same link
  // printed again and again down the page (an index, or "more stories" under the article).
  const readMore = new Map<string, number[]>();
  facts.forEach((f, i) => {
    // Printed the same each time: the article's own "Read More" above a box of "Read more" teasers is not one of them.
    if (f.wc <= 4 && READ_MORE_LINK.test(f.text)) readMore.set(f.text, [...(readMore.get(f.text) ?? []), i]);
  });
  for (const links of readMore.values()) {
    if (links.length < TEASER_MIN_LINKS) continue;
    for (const i of links) {
      out[i] = { kind: 'boilerplate', reason: 'a link to read the rest of a teaser, printed under several' };
      // A teaser is cut off as often as not: it need not close its sentence.
      if (i > 0 && out[i - 1] === null && facts[i - 1]!.wc >= PROSE_MIN_WORDS) {
        out[i - 1] = { kind: 'boilerplate', reason: TEASER_REASON };
        if (i > 1 && out[i - 2] === null && looksLikeTitle(facts[i - 2]!)) out[i - 2] = { kind: 'boilerplate', reason: 'the title of a teaser of another page' };
      }
    }
  }

  // A caption without a closing full stop, with its photo credit on the line below it.
  facts.forEach((f, i) => {
    const above = facts[i - 1];
    if (out[i]?.kind !== 'caption' || !above || out[i - 1] !== null || above.sentenceEnd || above.wc > 25) return;
    if (CREDIT_ONLY.test(f.text) || (f.wc <= 5 && AGENCY_AFTER_SLASH.test(f.text))) {
      out[i - 1] = { kind: 'caption', reason: CAPTION_ABOVE_CREDIT_REASON };
    }
  });

  // The evidence for body: prose judged alone, then by where it stands. Below the readers' comments heading nothing is
  // the article's; a heading with only a standfirst's worth of prose above it and more below is a comment count linked
  // from the header.
  const judge = (comments: number) =>
    decideBody(
      facts.map((f, i) => ({
        chars: f.text.length,
        words: f.wc,
        functionShare: f.functionShare,
        sentenceEnd: f.sentenceEnd,
        prose: f.sentenceEnd && f.wc >= SENTENCE_MIN_WORDS && /^["'“‘«„(]?[\p{Lu}\d]/u.test(f.text),
        claimed: out[i] !== null,
        excluded: comments !== -1 && i > comments ? 'in the readers’ comments below the article' : null,
      })),
    );
  let evidence = judge(-1);
  const bodyWordsAbove: number[] = [];
  let total = 0;
  evidence.forEach((e, i) => {
    bodyWordsAbove.push(total);
    if (e?.body) total += facts[i]!.wc;
  });
  const comments = out.findIndex(
    (c, i) => c?.reason === COMMENTS_REASON && (bodyWordsAbove[i]! >= ARTICLE_ABOVE_COMMENTS_WORDS || (bodyWordsAbove[i]! > 0 && bodyWordsAbove[i]! * 2 >= total)),
  );
  if (comments !== -1) evidence = judge(comments);
  for (const j of entryListsContinuingBody(facts, out, evidence)) {
    out[j] = { kind: 'body', reason: ENTRY_LIST_REASON };
    evidence[j] = { body: true, reason: ENTRY_LIST_REASON };
  }
  for (const j of listsIntroducedInBody(facts, out, evidence)) {
    out[j] = { kind: 'body', reason: COLON_LIST_REASON };
    evidence[j] = { body: true, reason: COLON_LIST_REASON };
  }
  const bodyStart = evidence.findIndex((e) => e?.body === true);

  // Headline: the front matter's, else the title-like line nearest above the first paragraph, else the first line.
  const found = findHeadline(facts, out, evidence, options.headline ?? null, functionWords);
  const headline = found?.index ?? -1;
  if (found) {
    out[headline] = { kind: 'headline', reason: found.reason };
    facts.forEach((f, j) => {
      if (j !== headline && f.text === facts[headline]!.text) out[j] = { kind: 'headline', reason: 'repeats the headline (page title and heading)' };
    });
  }

  // Near-duplicate lines: a caption beside its credited copy, or a lead caption repeating a paragraph. A paragraph
  // repeated further down (a pull quote, a live blog repeating its lede) is marked on the copy; the first stays, unless
  // it carries the later paragraph whole and more (a summary of the first paragraphs, above them).
  const firstUnclassified = out.findIndex((c) => c === null);
  for (const [i, j] of nearDuplicatePairs(facts)) {
    const ki = out[i]?.kind;
    const kj = out[j]?.kind;
    if (ki === 'headline' || kj === 'headline') continue;
    if (ki === 'caption' || kj === 'caption') {
      out[i] = out[j] = { kind: 'caption', reason: 'a caption and its copy with the photo credit' };
    } else if (i === firstUnclassified) {
      out[i] = { kind: 'caption', reason: 'at the top of the page, repeating a later paragraph: the lead image caption' };
    } else if (
      (out[i] === null || out[i]!.reason === SUMMARY_REASON) &&
      out[j] === null &&
      facts[i]!.text.length > facts[j]!.text.length + SUMMARY_MIN_EXTRA &&
      facts[i]!.text.includes(facts[j]!.text)
    ) {
      // The earlier line carries the later one whole and more: a summary of the article's first paragraphs above it.
      out[i] = { kind: 'boilerplate', reason: SUMMARY_REASON };
    } else if (out[i]?.reason !== SUMMARY_REASON) {
      out[j] = { kind: 'boilerplate', reason: 'repeats an earlier paragraph (a pull quote or duplicate)' };
    }
  }

  // Standfirst: prose between the headline and the byline or dateline, or an emphasised line right after the headline,
  // above the article's paragraphs (with none below it, it is the article).
  const lastBody = evidence.findLastIndex((e) => e?.body === true);
  if (headline !== -1) {
    const credit = out.findIndex((c, k) => k > headline && (c?.kind === 'byline' || c?.kind === 'dateline'));
    for (let k = headline + 1; k < facts.length && k <= headline + MAX_STANDFIRST_LINES && k < lastBody; k++) {
      if (out[k] !== null) {
        if (out[k]!.kind === 'headline') continue;
        break;
      }
      const beforeCredit = credit !== -1 && k < credit && credit - headline - 1 <= MAX_STANDFIRST_LINES;
      if (beforeCredit || facts[k]!.line.emphasised) {
        out[k] = {
          kind: 'standfirst',
          reason: beforeCredit ? 'between the headline and the byline' : 'an emphasised summary right after the headline',
        };
      } else break;
    }
  }

  // What is left is body or furniture by its evidence; inside the body, short unpunctuated lines that introduce
  // paragraphs are subheads.
  facts.forEach((f, i) => {
    if (out[i] !== null) return;
    const e = evidence[i]!;
    const next = facts[i + 1];
    if (f.line.heading !== null && f.line.heading > 1 && e.body) {
      out[i] = { kind: 'subhead', reason: 'a Markdown heading inside the article' };
    } else if (!e.body) {
      out[i] = { kind: 'boilerplate', reason: e.reason };
    } else if (i > bodyStart && !f.sentenceEnd && f.wc <= SUBHEAD_MAX_WORDS && /^["'“‘«„]?\p{Lu}/u.test(f.text) && next && isProse(next) && !leadsInQuotation(f, next)) {
      out[i] = { kind: 'subhead', reason: 'a short line without sentence punctuation that introduces paragraphs' };
    } else {
      out[i] = { kind: 'body', reason: e.reason };
    }
  });
  return out as Classified[];
}

const COMMENTS_REASON = 'heads the readers’ comments';
const TEASER_REASON = 'a teaser of another page: a paragraph with a link to read the rest, one of several on the page';
const SUMMARY_REASON = 'a summary above the article that carries its paragraphs whole';
/**
 * Characters a summary has beyond the paragraph it carries: an attribution's lead-in is no summary ("He said: “…”" on
 * a corkbeo.ie live blog, whose quotation a later entry repeats alone, is 9 more).
 */
const SUMMARY_MIN_EXTRA = 20;
const CAPTION_ABOVE_CREDIT_REASON = 'describes the photo credited on the next line';
const ENTRY_LIST_REASON = 'an entry of a long list of names that directly continues the article (signatories, members, contributors)';
const LINK_LIST_REASON = /^(?:heads )?a list of story links/;

/**
 * The entries of a list of names that carries on from the article's last paragraph: an open letter's signatories, a
 * jury, a cast, the members of a panel. Such a list is a run of short lines, which the list and evidence rules take for
 * a widget of links; what tells it apart is where it stands and what its lines are. It starts right after a paragraph
 * of the article's run (nothing claimed between them), it is long, nearly every line is a person's name (alone or
 * followed by a comma and a role or affiliation: "Jane Doe, historian"), and its lines occur once on the page — menus
 * and link boxes print the same labels in the header and again in the footer, and name fewer people.
 */
function entryListsContinuingBody(facts: Facts[], out: (Classified | null)[], evidence: ({ body: boolean } | null)[]): number[] {
  const found: number[] = [];
  const count = new Map<string, number>();
  for (const f of facts) count.set(f.text, (count.get(f.text) ?? 0) + 1);
  for (let s = 1; s < facts.length; s++) {
    if (evidence[s - 1]?.body !== true || evidence[s]?.body === true || !isProse(facts[s - 1]!)) continue;
    // The run: lines without a blank line between them, each short, and each unclaimed, in a link list, or a name.
    let e = s;
    while (
      e < facts.length &&
      (e === s || !facts[e]!.line.gapBefore) &&
      facts[e]!.wc <= ENTRY_MAX_WORDS &&
      (out[e] === null || LINK_LIST_REASON.test(out[e]!.reason) || isNameEntry(facts[e]!)) &&
      // One other line may stand between two names; two in a row are what follows the list.
      (isNameEntry(facts[e]!) || (e + 1 < facts.length && isNameEntry(facts[e + 1]!)))
    ) {
      e++;
    }
    while (e > s && !isNameEntry(facts[e - 1]!)) e--; // the list ends with its last name: a menu may follow at once
    const run = facts.slice(s, e);
    const names = run.filter(isNameEntry).length;
    const once = run.filter((f) => count.get(f.text) === 1).length;
    if (run.length < ENTRY_LIST_MIN_LINES) continue;
    const qualified = run.filter((f) => isNameEntry(f) && f.text.includes(',')).length;
    if (names < run.length * ENTRY_LIST_NAME_SHARE || once < run.length * ENTRY_LIST_NAME_SHARE || qualified < run.length * ENTRY_LIST_QUALIFIED_SHARE) continue;
    for (let j = s; j < e; j++) found.push(j);
    s = e;
  }
  return found;
}

const COLON_LIST_REASON = 'an item of a list that a line ending in a colon introduces between paragraphs of the article';

/**
 * A list inside the article: a line ending in a colon ("What took longest:") introduces a few short lines, and the
 * article's paragraphs go on right after them. The colon line is itself a paragraph of the article, or a short line
 * right below one. Short lines between paragraphs are otherwise a box of links when there are more than two; a link box
 * is not announced by a sentence of the article (its labels, "Read also:", are claimed as related links before this).
 */
function listsIntroducedInBody(facts: Facts[], out: (Classified | null)[], evidence: ({ body: boolean } | null)[]): number[] {
  const found: number[] = [];
  for (let c = 1; c < facts.length; c++) {
    const intro = facts[c]!;
    if (!intro.text.endsWith(':') || out[c] !== null || intro.wc < SENTENCE_MIN_WORDS) continue;
    const introInBody = evidence[c]?.body === true || (evidence[c - 1]?.body === true && isProse(facts[c - 1]!));
    if (!introInBody) continue;
    let e = c + 1;
    while (e < facts.length && out[e] === null && evidence[e]?.body !== true && e - c <= COLON_LIST_MAX_ITEMS) e++;
    if (e === c + 1 || e >= facts.length || evidence[e]?.body !== true || !isProse(facts[e]!)) continue;
    for (let j = c; j < e; j++) if (evidence[j]?.body !== true) found.push(j);
    c = e - 1;
  }
  return found;
}

/** "Jane Doe", "David W. Blight, Yale University", "Ambassador Frances D. Cook, ret.": a name, then perhaps a role. */
function isNameEntry(f: Facts): boolean {
  const comma = f.text.indexOf(',');
  const name = (comma === -1 ? f.text : f.text.slice(0, comma)).trim();
  return PERSON_NAME.test(name) && !words(name).some((w) => NOT_NAMES.has(w.toLowerCase()));
}

/**
 * An interface word prose uses too, in a line that is not a sentence of the article's: a sentence that reads as a
 * clause ("The minister declined to comment.") and neither opens with the word ("Comments are closed.") nor speaks to
 * the reader is prose.
 */
function siteUiWord(f: Facts): boolean {
  const m = SITE_UI_IN_PROSE_TOO.exec(f.text);
  if (!m) return false;
  const opens = !/\p{L}/u.test(f.text.slice(0, m.index));
  return !f.sentenceEnd || opens || PAGE_SPEAKS.test(f.text) || !readsAsClause(f.text);
}

function isProse(f: Facts): boolean {
  return f.sentenceEnd && f.wc >= PROSE_MIN_WORDS;
}

/** Rules that need only the line itself (and for labels, the line after it; for bylines, where it stands). */
function ownKind(f: Facts, i: number, all: Facts[]): Classified | null {
  const { text, wc } = f;
  if (URL_ONLY.test(text)) return { kind: 'meta', reason: 'a bare web address' };
  const next = all[i + 1];
  if (wc <= 4 && text.endsWith(':') && next && URL_ONLY.test(next.text)) return { kind: 'meta', reason: 'labels the web address below it' };
  if (wc <= 15 && COPYRIGHT_NOTICE.test(text)) return { kind: 'boilerplate', reason: 'the page’s copyright notice' };
  if (CREDIT.some((r) => r.test(text)) || AGENCY_AFTER_SLASH.test(text) || CAPTION_TAG.test(text)) {
    return { kind: 'caption', reason: 'carries a photo credit or photo tag' };
  }
  if (wc <= 12 && BYLINE.test(text) && !f.sentenceEnd) return { kind: 'byline', reason: 'a short “By …” line' };
  if (wc <= 12 && LABELLED_BYLINE.test(text)) return { kind: 'byline', reason: 'a labelled byline (Author: …)' };
  if (wc <= 40 && WIRE_CREDIT.test(text)) return { kind: 'byline', reason: 'a wire credit line (Reporting by …; Editing by …)' };
  if (wc <= 20 && DATE_EXPRESSION.test(text) && words(text.replace(EVERY_DATE, '').replace(DATE_FILLER, '')).length <= 1) {
    return { kind: 'dateline', reason: 'a line that is only a date' };
  }
  if (wc <= 6 && /[:\-–—]$/.test(text) && words(text).every((w) => /^[\p{Lu}\d]/u.test(w)) && next && next.sentenceEnd) {
    return { kind: 'dateline', reason: 'a capitalised place name ending in a colon or dash, before the first paragraph' };
  }
  const byline = wc <= 14 && !f.sentenceEnd ? headerByline(f, i, all) : null;
  if (byline) return { kind: 'byline', reason: byline };
  if (NOTE.test(text) && (wc <= 60 || i >= all.length - 2)) return { kind: 'note', reason: 'an editor’s or syndication note' };
  if (RELATED_LABEL.test(text) && wc <= 25) return { kind: 'related', reason: 'a link to another story' };
  if (wc <= 10 && isShareBar(text)) return { kind: 'boilerplate', reason: 'share buttons' };
  const callToAction = CALL_TO_ACTION.test(text) && (!isProse(f) || ADDRESSES_READER.test(text) || PROMO_WORDS.test(text));
  if (wc <= 30 && (callToAction || (PROMO_WORDS.test(text) && !f.sentenceEnd))) {
    return { kind: 'promo', reason: 'a call to action (follow, subscribe, tap, download …)' };
  }
  if (wc <= 25 && COMMENTS_HEADING.test(text)) return { kind: 'boilerplate', reason: COMMENTS_REASON };
  if (COMMENT_CONTROL.test(text)) return { kind: 'boilerplate', reason: 'a control of a reader’s comment' };
  if (TAGS_LABEL.test(text) && !f.sentenceEnd) return { kind: 'boilerplate', reason: 'a labelled list of topic tags' };
  if (wc <= 10 && (COMMENT_AUTHOR.test(text) || COMMENT_AUTHOR_NAME.test(text)) && !(next && leadsInQuotation(f, next))) {
    return { kind: 'boilerplate', reason: 'introduces a reader’s comment (… says:)' };
  }
  if (wc <= 12 && (SITE_UI.test(text) || (siteUiWord(f) && !(next && leadsInQuotation(f, next))) || AD_LABEL.test(text) || /^[•·▪►▶✓✔✗×]/u.test(text))) {
    return { kind: 'boilerplate', reason: 'site interface text' };
  }
  if (wc <= 15 && isTagList(text)) return { kind: 'boilerplate', reason: 'a list of topic tags' };
  if (wc <= 6 && CONTROLS.test(text)) return { kind: 'boilerplate', reason: 'font, player or page controls' };
  if (SCRIPT_TEXT.test(text) && f.functionShare < SCRIPT_MAX_FUNCTION_SHARE) return { kind: 'boilerplate', reason: 'script or tracking code printed as text' };
  if (wc <= 120 && ((SITE_SPEAKS.test(text) && (CONSENT.test(text) || (COOKIES.test(text) && WEB_WORDS.test(text)))) || PAYWALL.test(text))) {
    return { kind: 'boilerplate', reason: 'a cookie, consent or subscription notice addressed to the reader' };
  }
  return null;
}

/**
 * A byline without "By", in the page header below the headline: a wire agency's name alone ("AFP"), or names joined
 * by "and", commas or bars, often ending in the agency or outlet ("Jane Doe and John Roe, Reuters"). Names followed
 * by an agency may come after a standfirst; bare names must come before any prose, where a title-case subhead cannot be.
 */
function headerByline(f: Facts, i: number, all: Facts[]): string | null {
  const parts = f.text.split(BYLINE_JOINER);
  const agency = wireAgency(parts[parts.length - 1]!) !== null;
  const people = agency ? parts.slice(0, -1) : parts;
  // One name alone could be anything title-like; two names, or a name and an agency, make a byline.
  if (!people.every((p) => PERSON_NAME.test(p)) || (!agency && people.length < 2)) return null;
  const firstLine = all.findIndex((l) => !URL_ONLY.test(l.text));
  if (i <= firstLine) return null;
  if (f.proseAbove > (agency ? 1 : 0)) return null;
  if (people.length === 0) return 'the name of a news agency alone, under the headline';
  return agency ? 'names with the news agency they write for, under the headline' : 'a line of names under the headline';
}

function isShareBar(text: string): boolean {
  const ws = words(text);
  return ws.some((w) => SHARE_VERB.test(w)) && ws.every((w) => SHARE_BUTTON_WORDS.has(w.toLowerCase()));
}

function isTagList(text: string): boolean {
  const tags = text.split(TAG_SEPARATOR);
  return tags.length >= 3 && tags.every((t) => !ENDS_SENTENCE.test(t) && words(t).length >= 1 && words(t).length <= 3);
}

/** Title Case: nearly every longer word capitalised ("Want to See a More Diverse Community? So Do We."), whatever ends it. */
function inTitleCase(f: Facts): boolean {
  const long = words(f.text).filter((w) => w.length >= TITLE_CASE_MIN_LETTERS);
  return f.wc <= MAX_HEADLINE_WORDS && long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * TITLE_CASE_SHARE;
}

function looksLikeTitle(f: Facts): boolean {
  if (f.line.heading === 1) return true;
  return f.wc >= 2 && f.wc <= MAX_HEADLINE_WORDS && !ENDS_WITH_STOP_OR_COLON.test(f.text);
}

/**
 * The headline: the line that reads as the front matter's headline; else, of the title-like lines a little above the
 * first paragraph, the one that shares the most content words with the article (a headline names what the article is
 * about, a menu entry or form label does not), the nearest on a tie; else the first line when it reads as a title.
 */
function findHeadline(
  facts: Facts[],
  out: (Classified | null)[],
  evidence: ({ body: boolean } | null)[],
  given: string | null,
  functionWords: ReadonlySet<string>,
): { index: number; reason: string } | null {
  if (given) {
    const key = words(given.toLowerCase()).join(' ');
    const index = facts.findIndex((f) => f.lower.join(' ') === key);
    if (index !== -1) return { index, reason: 'the headline given in the front matter' };
  }
  // What the article is about: its content words, less the function words of its language ("über", "dans").
  const topic = (f: Facts) => f.content.filter((w) => !functionWords.has(w));
  const about = new Map<string, number>();
  facts.forEach((f, i) => {
    if (evidence[i]?.body) for (const w of new Set(topic(f))) about.set(w, (about.get(w) ?? 0) + 1);
  });
  // Where the article starts: the first line of body, or, when nothing above it reads as the headline (a stray notice
  // judged prose above the page header), the first line of the next stretch of body.
  const starts: number[] = [];
  let inBody = false;
  evidence.forEach((e, i) => {
    if (e === null) return;
    if (e.body && !inBody) starts.push(i);
    inBody = e.body;
  });
  type Candidate = { index: number; shared: number; density: number };
  let candidates: Candidate[] = [];
  for (const [k, bodyStart] of [...starts.slice(0, HEADLINE_BODY_STARTS), starts[0] ?? -1].entries()) {
    if (bodyStart === -1) break;
    const captionsToo = k === Math.min(starts.length, HEADLINE_BODY_STARTS);
    candidates = [];
    // The window counts the lines no furniture rule claimed: bylines, dates, captions and share bars are looked past.
    let seen = 0;
    // A headline that asks or exclaims reads as a short sentence and may open the body: it is a candidate too.
    const opening = facts[bodyStart]!;
    const asks =
      (ENDS_QUESTION_OR_EXCLAMATION.test(opening.text) || inTitleCase(opening)) && opening.wc <= HEADLINE_IN_BODY_MAX_WORDS && evidence[bodyStart + 1]?.body;
    const from = asks ? bodyStart : bodyStart - 1;
    for (let i = from; i >= 0 && seen < HEADLINE_WINDOW_LINES; i--) {
      const f = facts[i]!;
      // A headline followed by short lines (a kicker, a byline, a date) looks like the label of a list of links.
      const listItem = out[i] ? LINK_LIST_REASON.test(out[i]!.reason) : false;
      if (out[i] === null || listItem) seen++;
      // When nothing else reads as the headline, the line above the lead photo's credit may be it, not its caption.
      const overCredit = captionsToo && out[i]?.reason === CAPTION_ABOVE_CREDIT_REASON;
      if ((out[i] !== null && !listItem && !overCredit) || f.wc < HEADLINE_MIN_WORDS || !(looksLikeTitle(f) || inTitleCase(f))) continue;
      // A line that states a full date is a dateline or a teaser's meta line, however many words it shares.
      if (DATE_EXPRESSION.test(f.text)) continue;
      const own = new Set(topic(f));
      // A line of the body shares its words with itself: only what other lines of the body also say counts.
      const shared = [...own].filter((w) => (about.get(w) ?? 0) > (evidence[i]?.body ? 1 : 0)).length;
      if (shared > 0) candidates.push({ index: i, shared, density: shared / own.size });
    }
    if (candidates.length) break;
  }
  // Most shared words wins, the nearest on a tie; but a standfirst without a full stop shares more words than the
  // headline, being longer, so a candidate just above the winner that shares half as many words, or is about as dense
  // in the article's words, is the headline, unless it is much longer or carries the winner whole (a breadcrumb ending
  // in the headline: "Home News Dockers walk out").
  let best = candidates.reduce<Candidate | null>((top, c) => (!top || c.shared > top.shared ? c : top), null);
  const above = candidates
    .filter(
      (c) =>
        best &&
        c.index < best.index &&
        best.index - c.index <= MAX_STANDFIRST_LINES &&
        facts[c.index]!.wc <= facts[best.index]!.wc * HEADLINE_ABOVE_MAX_LENGTH &&
        !facts[c.index]!.text.includes(facts[best.index]!.text) &&
        c.shared >= HEADLINE_ABOVE_MIN_SHARED &&
        (c.shared >= best.shared * HEADLINE_SHARE_OF_BEST || c.density >= best.density * HEADLINE_SHARE_OF_BEST),
    )
    // Of two lines above it (a kicker and the headline), the one that shares more, the nearer on a tie.
    .reduce<Candidate | null>((top, c) => (!top || c.shared > top.shared ? c : top), null);
  if (above) best = above;
  // A breadcrumb or a kicker run into the headline ("Start News Dockers walk out") carries it whole: the headline is
  // the candidate it carries.
  const carried = best && candidates.find((c) => c.index !== best!.index && facts[best!.index]!.text.includes(facts[c.index]!.text));
  if (carried) best = carried;
  if (best) return { index: best.index, reason: 'the title-like line above the first paragraph that shares many words with the article' };
  const first = out.findIndex((c) => c === null);
  if (first !== -1 && first <= 2 && looksLikeTitle(facts[first]!)) {
    return { index: first, reason: 'the first line, short and without a closing full stop' };
  }
  return null;
}

/** Indexes of the short title-like lines that follow a label at `i`, or none when `i` does not head a list. */
function listItemsAfter(facts: Facts[], i: number, spaced: boolean): number[] {
  const label = facts[i]!;
  if (label.wc > 6 || label.sentenceEnd) return [];
  const named = label.text.endsWith(':') || LIST_HEADING.test(label.text);
  const items: number[] = [];
  for (let j = i + 1; j < facts.length; j++) {
    const f = facts[j]!;
    // A list is a run of lines with no blank line inside (the label may stand apart from it), unless the label
    // names a list on a page that spaces out every line.
    if (j > i + 1 && f.line.gapBefore && !(spaced && named)) break;
    if (LIST_HEADING.test(f.text)) break; // the next widget
    if (f.wc > 20 || ENDS_WITH_STOP.test(f.text) || f.wc < 2) break;
    items.push(j);
  }
  return items.length >= 1 && (named || items.length >= 3) ? items : [];
}

/** A list is on topic when most of its items share at least two content words with the rest of the page. */
function isOnTopic(facts: Facts[], linesWith: Map<string, number>, label: number, items: number[]): boolean {
  // A word is elsewhere on the page when more lines carry it than the list itself does.
  const inList = new Map<string, number>();
  for (const k of [label, ...items]) for (const w of new Set(facts[k]!.content)) inList.set(w, (inList.get(w) ?? 0) + 1);
  const onTopic = items.filter((k) => facts[k]!.content.filter((w) => linesWith.get(w)! > inList.get(w)!).length >= 2);
  return onTopic.length * 2 >= items.length;
}

/**
 * Pairs of lines (earlier first) that are near-duplicates: one starts with the other, or they share nearly all their
 * words. Candidates are found through each line's rarest words on the page, so a page is read in linear time.
 */
function nearDuplicatePairs(facts: Facts[]): [number, number][] {
  const sets = facts.map((f) => new Set(f.lower));
  const frequency = new Map<string, number>();
  for (const s of sets) for (const w of s) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const linesWith = new Map<string, number[]>();
  sets.forEach((s, i) => {
    if (facts[i]!.text.length < 30 && s.size < DUPLICATE_MIN_WORDS) return;
    const rarest = [...s].sort((x, y) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : 1)).slice(0, DUPLICATE_PROBE_WORDS);
    for (const w of rarest) linesWith.set(w, [...(linesWith.get(w) ?? []), i]);
  });
  const pairs = new Set<number>();
  const out: [number, number][] = [];
  // A pair is found when a probe word of either line is among the other's words.
  facts.forEach((_, j) => {
    for (const w of sets[j]!) {
      for (const i of linesWith.get(w) ?? []) {
        if (i === j) continue;
        const [a, b] = i < j ? [i, j] : [j, i];
        const id = a * facts.length + b;
        if (pairs.has(id)) continue;
        pairs.add(id);
        if (nearDuplicate(facts[a]!, sets[a]!, facts[b]!, sets[b]!)) out.push([a, b]);
      }
    }
  });
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function nearDuplicate(fa: Facts, sa: Set<string>, fb: Facts, sb: Set<string>): boolean {
  const [a, b] = [fa.text, fb.text];
  if ((a.length >= 30 && b.startsWith(a)) || (b.length >= 30 && a.startsWith(b))) return true;
  if (fa.wc < DUPLICATE_MIN_WORDS || fb.wc < DUPLICATE_MIN_WORDS) return false;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return shared / Math.min(sa.size, sb.size) >= DUPLICATE_SHARE_OF_SMALLER && shared / Math.max(sa.size, sb.size) >= DUPLICATE_SHARE_OF_LARGER;
}
