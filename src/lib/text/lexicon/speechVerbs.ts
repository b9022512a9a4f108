// The verbs that report speech, chiefly in English ("said", "told", "was quoted as saying"), by form. Shared by attribution,
// which looks for them around quotations, and by the alias table, which must not read one as part of a role.
import { styleKey } from '../normalizeStyle.ts';

export type Tense = 'base' | 'present' | 'past' | 'ing';

/** Verbs that report speech, by form. Spellings are American; British ones ("criticised") reach them through styleKey. */
const VERB_FORMS: Record<Tense, string> = {
  // Plural present only for verbs whose base form is no common noun: "Experts say" names no single speaker.
  base: 'say tell add insist argue suggest warn predict allege',
  present:
    'says tells adds continues declares explains insists stresses warns argues asks replies responds announces ' +
    'recalls hails describes praises urges acknowledges admits emphasizes criticizes agrees suggests predicts vows ' +
    'promises pledges concedes concludes quips jokes asserts affirms maintains alleges confirms denies writes tweets ' +
    'reiterates cautions claims states notes reports reveals estimates believes explains shares reads',
  past:
    'said told added continued stated declared noted explained insisted stressed warned argued claimed asked replied ' +
    'responded announced remarked observed commented recalled hailed called described praised urged acknowledged ' +
    'admitted emphasized criticized characterized agreed suggested predicted vowed promised pledged conceded ' +
    'concluded quipped joked asserted affirmed maintained alleged confirmed denied demanded complained tweeted wrote ' +
    'spoke repeated cautioned underlined reiterated accused dismissed touted dubbed labeled labelled termed mentioned ' +
    'boasted lamented countered retorted reported revealed estimated indicated theorized theorised posted believed ' +
    'shared advised recommended recounted reasoned read talked ' +
    // Thanking, like praising, quotes whom or what is thanked: `thanked "the police for their swift response"` (not
    // "thanks": "thanks to the rain" is a noun).
    'thanked ' +
    // The commonest reporting verbs of German, French, Spanish, Italian, Dutch and Russian (both genders), for
    // articles in those languages and quotations left in them: „…“, sagte Scholz / « … », a déclaré Macron.
    'sagte sagt erklärte betonte meinte dit déclaré affirmé ajouté souligné estimé dijo afirmó declaró añadió ' +
    'aseguró detto dichiarato aggiunto zei verklaarde сказал сказала заявил заявила отметил отметила добавил добавила ' +
    'подчеркнул подчеркнула',
  ing:
    'saying telling adding continuing stating declaring noting explaining insisting stressing warning arguing claiming ' +
    'asking replying responding announcing remarking observing commenting recalling hailing calling describing ' +
    'praising urging acknowledging admitting emphasizing criticizing agreeing suggesting predicting vowing promising ' +
    'pledging conceding concluding quipping joking asserting affirming alleging confirming denying writing speaking ' +
    'repeating cautioning reiterating thanking talking accusing',
};
const VERBS = new Map<string, Tense>();
for (const [tense, list] of Object.entries(VERB_FORMS) as [Tense, string][]) {
  for (const w of list.split(' ')) VERBS.set(styleKey(w), tense);
}

/** The form of a speech verb ("said" → past), or null for any other word; British spellings reach American ones. */
export function speechVerbTense(word: string): Tense | null {
  // Asked of nearly every word the mention grammar reads: the answer is kept, as styleKey is costly.
  let t = TENSE_OF.get(word);
  if (t === undefined) {
    t = VERBS.get(styleKey(word.toLowerCase())) ?? null;
    if (TENSE_OF.size >= TENSE_CACHE_MAX) TENSE_OF.clear();
    TENSE_OF.set(word, t);
  }
  return t;
}
const TENSE_OF = new Map<string, Tense | null>();
/** Words whose answer is kept at once, a bound on memory over a long build (a story's vocabulary is far smaller). */
const TENSE_CACHE_MAX = 200_000;
