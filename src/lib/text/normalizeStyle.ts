import { words } from './tokens.ts';
// House style, not wording: quote marks, dashes, spaces, British/American spelling and number formats.
// Two tokens with the same style key differ only in style; an edit summary lists them apart from real edits.

const QUOTES_DOUBLE = /[“”„‟«»〝〞＂]/g;
const QUOTES_SINGLE = /[‘’‚‛‹›′`´]/g;
const DASHES = /[‐‑‒–—―−]/g;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Typography folded to ASCII: curly quotes → straight, every dash → "-", every space → " ", invisible characters removed. */
export function normalizePunctuation(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(QUOTES_DOUBLE, '"')
    .replace(QUOTES_SINGLE, "'")
    .replace(DASHES, '-')
    .replace(SPACES, ' ');
}

/** British and American spellings that no suffix rule reaches. Keys are British, values American. */
const IRREGULAR: Record<string, string> = {
  programme: 'program',
  programmes: 'programs',
  grey: 'gray',
  aluminium: 'aluminum',
  tyre: 'tire',
  tyres: 'tires',
  kerb: 'curb',
  storey: 'story',
  plough: 'plow',
  mould: 'mold',
  moult: 'molt',
  cheque: 'check',
  jewellery: 'jewelry',
  sceptical: 'skeptical',
  sceptic: 'skeptic',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  practise: 'practice',
  practised: 'practiced',
  enrol: 'enroll',
  fulfil: 'fulfill',
  instal: 'install',
  whilst: 'while',
  amongst: 'among',
  towards: 'toward',
  afterwards: 'afterward',
  per: 'per',
};

/** Suffix rules from British to American spelling. Applied only to words long enough that no other word collides. */
const RULES: [RegExp, string][] = [
  [/(\w{3,})isation(s?)$/, '$1ization$2'],
  [/(\w{3,})is(e|es|ed|ing|er|ers)$/, '$1iz$2'],
  [/(\w{2,})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/(\w{2,}[^aeou])our(s|ed|ing|ite|ites|able|ful|less)?$/, '$1or$2'],
  [/(\w{2,}[bcdfgkmnpstv])re(s|d)?$/, '$1er$2'],
  [/(\w{3,})ogue(s?)$/, '$1og$2'],
  [/(\w{2,})ence(s?)$/, '$1ense$2'],
  [/(\w{2,}[aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/(\w*)ae(\w{3,})/, '$1e$2'],
  [/(\w*[^o])oe(\w{3,})/, '$1e$2'],
];

/**
 * A key that is equal for two spellings of one word in different house styles
 * ("stabilise"/"stabilize", "neighbours"/"neighbors", "1,000"/"1000", "per cent"/"percent"/"%").
 */
export function styleKey(token: string): string {
  let t = normalizePunctuation(token).toLowerCase().replace(/'/g, '');
  if (/^\d{1,3}(?:[, .]\d{3})+(?:\.\d+)?$/.test(t)) return t.replace(/[, ](?=\d{3})|\.(?=\d{3}(?:\D|$))/g, '');
  if (t === 'percent' || t === '%' || t === 'pct') return '%';
  if (IRREGULAR[t]) return IRREGULAR[t]!;
  if (t.length < 6) return t;
  for (const [re, to] of RULES) t = t.replace(re, to);
  return t;
}

/** The words of a quotation with quote marks, punctuation, case and house spelling set aside. */
export function quoteKey(text: string): string[] {
  return words(normalizePunctuation(text)).map(styleKey);
}
