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
  'reiterates cautions claims states notes reports reveals estimates believes explains shares reads remembers ' +
  'reflects muses recounts observes answers',
  past:
  'said told added continued stated declared noted explained insisted stressed warned argued claimed asked replied ' +
  'responded announced remarked observed commented recalled hailed called described praised urged acknowledged ' +
  'admitted emphasized criticized characterized agreed suggested predicted vowed promised pledged conceded ' +
  'concluded quipped joked asserted affirmed maintained alleged confirmed denied demanded complained tweeted wrote ' +
  'spoke repeated cautioned underlined reiterated accused dismissed touted dubbed labeled labelled termed mentioned ' +
  'boasted lamented countered retorted reported revealed estimated indicated theorized theorised posted believed ' +
  'shared advised recommended recounted reasoned read talked remembered reflected mused answered ' +
    // Thanking, like praising, quotes whom or what is thanked: `thanked "the police for their swift response"` (not
    // "thanks": "thanks to the rain" is a noun).
  'thanked',
  ing:
  'saying telling adding continuing stating declaring noting explaining insisting stressing warning arguing claiming ' +
  'asking replying responding announcing remarking observing commenting recalling hailing calling describing ' +
  'praising urging acknowledging admitting emphasizing criticizing agreeing suggesting predicting vowing promising ' +
  'pledging conceding concluding quipping joking asserting affirming alleging confirming denying writing speaking ' +
  'repeating cautioning reiterating thanking talking accusing remembering reflecting',
};
/**
 * Reporting verbs of German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian, for articles in those
 * languages and quotations left in them ("„…“, sagte Scholz", "« … », a déclaré Macron", "«…», ha detto Meloni"):
 * present forms, which news there writes as often as the past, then past forms with the participles of the compound
 * past. Only forms that are no English word; what follows one is what was said, whatever its shape.
 */
const OTHER_PRESENT =
  'erklärt betont meint warnt schreibt kritisiert ergänzt berichtet bestätigt explique affirme estime ' +
  'souligne ajoute précise indique déclare raconte confie poursuit insiste rappelle reconnaît prévient ' +
  'martèle résume répond écrit dice asegura explica señala indica sostiene advierte destaca spiega ' +
  'afferma sottolinea racconta aggiunge diz afirma zegt stelt mówi glisse lance souffle tranche témoigne ' +
  'conclut détaille regrette déplore dénonce assène alerta enfatiza remarca detalla agrega añade cuenta ' +
  'relata reconoce admite responde precisa recalca apunta subraya opina critica lamenta denuncia ' +
  'conta ressalta completa acrescenta avalia comenta ammette osserva avverte podkreśla zaznacza dodaje ' +
  'twierdzi ocenia przekonuje tłumaczy wyjaśnia erläutert mahnt appelliert bekräftigt ' +
  'assure confirme annonce réagit répète lâche dichiara conferma ricorda evidenzia rileva replica risponde ' +
  'annuncia recuerda confirma defiende declara garante informa ' +
  'unterstreicht versichert verkündet beklagt konstatiert erzählt fordert behauptet bestreitet dementiert fragt ' +
  'adelanta anuncia reitera considera anticipa ' +
  // French verbs of the French Wikinews dev set's misses and their kin ("commente Song Myung-Sup", "admet que").
  'commente admet avoue rapporte remarque réplique rétorque dément conteste proteste promet ' +
  'avertit signale révèle évoque mentionne exige réclame plaide soutient ' +
  // Reflexive verbs, read after their pronoun ("se souvient Akli Gasmi", "s'est réjoui le président").
  'souvient exclame inquiète réjouit ' +
  'annonçait reconnait dévoile jugent rapportent estimaient affirmaient ' +
  // (Not "nie", Polish "not"; not "tonne" or "nuance", English nouns; not "indigne", an adjective.)
  'salue ironise raille renchérit constate fustige ' +
  // Plurals: "Die Beamten bestätigen, dass …", "Los expertos señalaron …", "Les syndicats dénoncent …".
  'sagen erklären betonen meinen warnen schreiben berichten bestätigen kritisieren fordern behaupten ' +
  'expliquent affirment estiment soulignent ajoutent déclarent indiquent précisent racontent dénoncent ' +
  'dicen afirman señalan explican aseguran indican advierten dicono spiegano affermano dizem afirmam';
const OTHER_PAST =
  'adelantó estimó consideró negó aseveró estimait affirmait démenti avoué ' +
  'sagte sagt erklärte betonte meinte dit déclaré affirmé ajouté souligné estimé dijo afirmó declaró ' +
  'erläuterte mahnte appellierte bekräftigte unterstrich versicherte ' +
  'añadió aseguró detto dichiarato aggiunto zei verklaarde сказал сказала заявил заявила отметил отметила ' +
  'добавил добавила подчеркнул подчеркнула sagten erklärten betonten warnte schrieb kritisierte ergänzte ' +
  'berichtete bestätigte expliqué indiqué précisé annoncé confié raconté insisté rappelé reconnu prévenu ' +
  'martelé lancé commenté regretté jugé poursuivi répondu écrit admis averti agregó explicó señaló indicó ' +
  'sostuvo comentó advirtió destacó subrayó manifestó expresó recalcó apuntó insistió precisó reconoció ' +
  'admitió respondió escribió dicho declarado afirmado explicado señalado spiegato affermato sottolineato ' +
  'commentato osservato ribadito precisato assicurato annunciato scritto raccontato disse afirmou declarou ' +
  'explicou acrescentou destacou ressaltou comentou informou garantiu avaliou completou relatou escreveu ' +
  'alertou verklaarden schreef powiedział powiedziała dodał dodała stwierdził stwierdziła podkreślił ' +
  'podkreśliła zaznaczył zaznaczyła napisał napisała ocenił oceniła wyjaśnił wyjaśniła poinformował ' +
  'poinformowała przekonywał przekonywała glissé soufflé tranché témoigné conclu détaillé déploré dénoncé ' +
  'fustigé alertó enfatizó remarcó planteó aclaró detalló puntualizó expuso denunció lamentó criticó ' +
  'reiteró sentenció concluyó opinó relató contó confesó mencionó anunció informó ammesso avvertito contou ' +
  'forderte twitterte ausdrückte äußerte mitteilte verkündete beklagte konstatierte erzählte behauptete ' +
  'bestritt dementierte forderten beklagten fragte fragten meldete meldeten konstatierten ' +
  'commenté avoué rapporté remarqué répliqué rétorqué nié contesté protesté signalé révélé ' +
  'évoqué mentionné exigé réclamé plaidé soutenu souvenu exclamé indigné inquiété réjoui ' +
  'salué tweeté qualifié critiqué demandé noté observé interpellé tonné ironisé raillé renchéri constaté ' +
  'étonné insurgé emporté nuancé félicité ' +
  // The French passé simple of a narrative ("« … », répondit alors son complice").
  'déclara ajouta expliqua répondit lança affirma répliqua précisa souligna rappela confia avoua ' +
  'assuré confirmé réagi répété lâché comunicato evidenziato rilevato replicato risposto concluso denunciato ' +
  'confermato riferito ricordato recordó confirmó defendió replicó matizó valoró garantiu ' +
  // Separable verbs written whole where the clause ends with them: "wie die Polizei bekanntgab".
  'bekanntgab hinzufügte ankündigte einräumte klarstellte hervorhob vorwarf ausführte mitteilten ' +
  'dijeron afirmaron señalaron explicaron aseguraron indicaron declararon advirtieron destacaron ' +
  'disseram afirmaram ' +
  // Spanish "anticipó que", Polish "wskazali, że" (pointed out), "zapowiedział" (announced).
  'anticipó wskazał wskazała wskazali zapowiedział zapowiedziała zapowiedzieli';
/**
 * French present participles of saying, read as English "-ing" forms are: after a comma or "en" their subject is the
 * sentence's ("…, estimant que …", "en affirmant que …").
 */
const OTHER_PARTICIPLES =
  'estimant affirmant expliquant soulignant précisant indiquant rappelant ajoutant déclarant assurant jugeant ' +
  'annonçant dénonçant confirmant reconnaissant parlant qualifiant';
/** The reporting verbs of other languages than English, as written (lower case). */
export const OTHER_LANGUAGE_SPEECH_VERBS: ReadonlySet<string> = new Set([...OTHER_PRESENT.split(' '), ...OTHER_PAST.split(' '), ...OTHER_PARTICIPLES.split(' ')]);
const VERBS = new Map<string, Tense>();
for (const [tense, list] of Object.entries(VERB_FORMS) as [Tense, string][]) {
  for (const w of list.split(' ')) VERBS.set(styleKey(w), tense);
}
for (const w of OTHER_PRESENT.split(' ')) VERBS.set(styleKey(w), 'present');
for (const w of OTHER_PAST.split(' ')) VERBS.set(styleKey(w), 'past');
for (const w of OTHER_PARTICIPLES.split(' ')) VERBS.set(styleKey(w), 'ing');

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
