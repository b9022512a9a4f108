// The words an attribution is built from in the languages of European news other than English: the article before a
// role ("der Minister", "le ministre"), the role words, the pronoun after an inverted verb ("sagte sie", "a-t-il
// déclaré"), the one-word "according to" ("laut", "selon", "según"), and the auxiliary of a compound past ("a
// déclaré", "ha detto"). Only words that are no English word are listed, so one lexicon serves every article whatever
// its language: "die" or "as" would misread English text and are left out.

/** Definite articles that make a role one known person, as "the" does ("sagte der Minister", "a dit le ministre"). */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set('der die das dem den le la les el los las il lo gli het'.split(' '));

/**
 * Portuguese "o" and "os" are articles only before a role ("disse o ministro"): elsewhere "o" is Spanish and Italian
 * "or", Polish and Czech "about", so they stand apart from the other articles.
 */
export const ARTICLES_BEFORE_A_ROLE: ReadonlySet<string> = new Set(['o', 'os']);

/** Third-person subject pronouns that name one person, with the gender they give ("sagte sie", "dijo él"). */
export const PERSON_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...'er il él lui ele hij'.split(' ').map((w) => [w, 'male'] as const),
  // German "sie" is also "they"; after a speech verb with one quotation it is nearly always "she".
  ...'sie elle ella lei ela zij ona'.split(' ').map((w) => [w, 'female'] as const),
]);

/** One-word prepositions that mean "according to": "laut Polizei", "selon le ministre", "według rzecznika". */
export const ACCORDING_TO_WORDS: ReadonlySet<string> = new Set('laut selon según secondo segundo conforme według volgens d’après d\'après'.split(' '));

/** German "so" and Dutch "aldus": after a quotation they name its speaker as a verb would ("„…“, so Scholz."). */
export const SO_WORDS: ReadonlySet<string> = new Set(['so', 'aldus']);

/** The auxiliary of a compound past that may stand between a quotation and its participle: "« … », a déclaré X". */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(
  // ("il avait alors lâché", "« … » avait-il lancé": the pluperfect of a narrative.)
  'a ha hat heeft ont han hanno avait avaient'.split(' '),
);

/**
 * French reflexive pronouns, and the auxiliary they take, that stand between a subject or a quotation and a verb of
 * saying: "Akli Gasmi se souvient : « … »", "« … » s'est réjoui le président".
 */
export const REFLEXIVES_BEFORE_VERB: ReadonlySet<string> = new Set(['se', "s'est", 's’est']);

/**
 * French inversion: the verb, "-t-" when it ends in a vowel, and the subject pronoun, as one token: "dit-il",
 * "explique-t-elle", "a-t-il" (before a participle: "a-t-il déclaré").
 */
export const FRENCH_INVERSION = /^(\p{L}+)(?:-t)?-(il|elle)$/u;

/**
 * Role words of German, French, Spanish, Italian, Portuguese, Dutch and Polish news that stand before a name or after
 * an article ("Innenministerin Nancy Faeser", "le porte-parole", "el presidente Pedro Sánchez"), less those English
 * shares ("minister", "director", "premier": English lists them). German compounds are read by their last part
 * (GERMAN_ROLE_ENDINGS), so "Bundesinnenministerin" needs no entry of its own. "Richter" (judge) is left to its
 * compounds: alone it is as often a surname.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    // German
    'kanzler kanzlerin ministerin präsident präsidentin sprecher sprecherin chefin leiter leiterin ' +
    'vorsitzende vorsitzender direktor direktorin bürgermeister bürgermeisterin experte expertin politiker ' +
    'politikerin professorin abgeordnete abgeordneter richterin anwalt anwältin forscher ' +
    'forscherin wissenschaftler wissenschaftlerin trainer trainerin geschäftsführer geschäftsführerin ' +
    'staatssekretär staatssekretärin sekretär sekretärin kommissar kommissarin landrat landrätin pfarrer ' +
    'pfarrerin pastorin bischof bischöfin kardinal kapitän kapitänin senatorin intendant intendantin ' +
    'gewerkschafter gewerkschafterin rektor rektorin dekan dekanin ' +
    // French
    'président présidente ministre porte-parole directeur directrice maire député députée sénateur sénatrice ' +
    'secrétaire chercheur chercheuse avocat avocate procureur procureure juge dirigeant dirigeante responsable ' +
    'patron patronne entraîneur ' +
    // Spanish, Italian, Portuguese
    'presidente presidenta ministro ministra portavoz directora alcalde alcaldesa jefe jefa secretario ' +
    'secretaria diputado diputada senador senadora abogado abogada investigador investigadora portavoce ' +
    'direttore direttrice sindaco deputato deputata porta-voz diretor diretora prefeito prefeita ' +
    'governador governadora ' +
    // Officials unnamed or named: "manifestó el funcionario", "el vocero presidencial", "el Mandatario", "le préfet".
    'funcionario funcionaria funzionario funzionaria funcionário funcionária fonctionnaire vocero vocera mandatario ' +
    'mandataria canciller gobernador gobernadora fiscal préfet préfète commissaire conseiller conseillère ' +
    // Dutch, Polish
    'woordvoerder woordvoerster burgemeester prezes prezydent rzecznik rzeczniczka dyrektor dyrektorka ' +
    // Trades that introduce a speaker as often as offices do: "glisse Zineb, étudiante", "sostuvo el periodista".
    'periodista journaliste jornalista giornalista dziennikarz étudiant étudiante estudiante enseignant ' +
    'enseignante profesor profesora professeur professeure analista especialista spécialiste experto experta ' +
    'esperto esperta titular médecin médico sociologue sociólogo historien historienne historiador historiadora ' +
    'dirigente líder juez jueza giudice avocate militante activista ' +
    'poseł posłanka'
  ).split(' '),
);

/**
 * A German compound role, read by its last part after at least three letters: "Bundes|innen|ministerin",
 * "Regierungs|sprecher", "SPD-|Chef", "Verfassungs|richter". German capitalises nouns, so a compound is capitalised;
 * "administer" is no minister.
 */
const GERMAN_COMPOUND_ROLE =
  /^\p{L}[\p{L}-]{2,}(?:kanzler|minister|präsident|sprecher|chef|leiter|vorsitzende|direktor|bürgermeister|experte|expertin|politiker|professor|abgeordnete|richter|anwalt|anwältin|forscher|wissenschaftler|trainer|geschäftsführer|sekretär|beauftragte|vertreter|kommissar|botschafter|ökonom|analyst|virologe|virologin|mediziner|arzt|ärztin|manager|berater)(?:in|r)?$/u;

/**
 * An age that names a person: "der 52-Jährige", "die 34-Jährige" (German news names a person by age on second
 * mention), "the 34-year-old" (English local news too).
 */
export const AGE_DESCRIPTION = /^\d{1,3}-(?:jährige[rn]?|years?-old)$/iu;

/** A role word of another language, or a German compound ending in one ("Landesinnenminister", "Grünen-Chefin"), or an age. */
export function isOtherLanguageRole(word: string): boolean {
  const lower = word.toLowerCase();
  return ROLE_WORDS.has(lower) || (/^\p{Lu}/u.test(word) && GERMAN_COMPOUND_ROLE.test(lower)) || AGE_DESCRIPTION.test(lower);
}

/** Words that make a phrase an organisation in other languages ("die Polizei", "le gouvernement", "el Ministerio"). */
const ORG_WORDS: ReadonlySet<string> = new Set(
  (
    'polizei regierung ministerium behörde gericht partei verband konzern gewerkschaft gemeinde stadt kanton ' +
    'feuerwehr unternehmen firma klinik krankenhaus verein bundeswehr bahn ' +
    'landkreis bezirk commune ville municipio comune município ' +
    'gouvernement ministère gendarmerie préfecture mairie parquet tribunal parti syndicat ' +
    // Bodies a French story refers back to by their kind ("l'ONG", "l'agence", "le quotidien"), and their Spanish,
    // Italian and Portuguese kin.
    'agence ong organisation association entreprise société quotidien journal armée fédération fisc ' +
    'agencia organización empresa diario periódico asociación agenzia azienda quotidiano associazione ' +
    'agência jornal associação organização ' +
    'gobierno ministerio policía fiscalía partido sindicato ayuntamiento ' +
    'governo ministero polizia procura tribunale partito sindacato ministério polícia prefeitura ' +
    'rząd ministerstwo policja sąd regering ministerie politie'
  ).split(' '),
);
/** A German compound organisation, read by its last part: "Bundes|regierung", "Innen|ministerium", "Landes|polizei". */
const GERMAN_COMPOUND_ORG =
  /^(?:\p{L}{3,}-?(?:regierung|ministerium|polizei|behörde|amt|gericht|partei|verband|konzern|gewerkschaft|institut|gemeinde|anwaltschaft|kammer|agentur|kommission|stiftung|verwaltung|direktion|präsidium|senat)|(?:stadt|gemeinde|betriebs|aufsichts|bundes|kreis|sicherheits|ethik|sachverständigen|personal|verwaltungs|bei)rat|bundestag|landtag|bundesbank)$/u;

/** An organisation word of another language, or a capitalised German compound ending in one. */
export function isOtherLanguageOrgWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ORG_WORDS.has(lower) || (/^\p{Lu}/u.test(word) && GERMAN_COMPOUND_ORG.test(lower));
}

/**
 * Capitalised words of other languages that open a sentence and are never a name: "Und Yücel sagte", "Als Grund
 * nannten …", "Damit …", "Selon …". Words that are also names or name parts in English text are left out ("De",
 * "Del", "El", "La", "Los", "Les", "Des", "Al", "Ma", "Lo", "Nur", "Una", "Uma", "Como"), and so are acronyms'
 * spellings ("un" is "UN", "mit" is "MIT").
 */
export const OTHER_LANGUAGE_OPENERS: ReadonlySet<string> = new Set(
  (
    'und aber doch als damit es man auch dann dass denn noch nun wie wenn weil zudem jedoch vielmehr allerdings ' +
    'außerdem dabei darunter dieser diese dieses ein eine einer er sie wir ich mithilfe ähnlich nach bei für über ' +
    'unter seit während trotz wegen zwar bereits schon immer gleichzeitig inzwischen demnach daher deshalb somit konkret ' +
    'hier dort heute gestern jetzt später zuvor zuletzt erst sogar vor auf im am zum zur vom beim ins ' +
    'zwei drei vier fünf sechs zehn beide einige manche mehrere viele wenige unsere weder kein keine keiner jeder jede ' +
    // A question or a report in German may open with its verb ("Haben sie Kontakt …?", "Wollen sie aber …").
    'haben hat hatte hatten sind ist waren wird werden wurde wurden kann können konnte muss müssen soll sollen ' +
    'wollen darf dürfen gibt gab oft darin daran dazu deswegen trotzdem ihre seine ' +
    // Possessives: "Sein Vater, so sagt er weiter, …".
    'sein seinen seinem seiner ihr ihren ihrem ihrer unser euer eure mein meine dein deine ' +
    'et mais donc ainsi alors pour dans cette ce il elle nous on une au aux en par sur avec sans depuis pendant ' +
    'après avant lors puis enfin aussi toutefois cependant pourtant néanmoins comme quand lorsque ' +
    // ("Parmi ses tirades …", "Sous couvert d'anonymat, …", "Dès 1976, …": French dev set; not "Son", a Korean name.)
    // ("Un rapport de la Ligue arabe …": "un" too, whose all-capital "UN" is no name token anyway.)
    'parmi sous dès ses leurs déjà malgré grâce cela ceci chaque plusieurs certains certaines tous toutes un ' +
    // ("Joint par téléphone, le ministre …", "Interrogé par l'AFP, …": a participle opening the sentence.)
    'joint jointe interrogé interrogée contacté contactée interviewé interviewée invité invitée questionné sollicité ' +
    'pero para según este esta ese estos estas una por desde durante tras sobre entre además también aunque cuando ' +
    'ya así per questo questa questi gli nel nella dal dalla anche inoltre tuttavia però ' +
    'mas ainda pelo pela nos nas já assim além ale oraz też jednak według gdy przez także również natomiast ' +
    'maar ook volgens het een hij zij toen daarna y e'
  ).split(' '),
);

/**
 * Lower-case German articles and determiners: a capitalised word after one is a noun ("die Software", "einem
 * Dienstleister", "seiner Heimatstadt").
 */
export const GERMAN_ARTICLES: ReadonlySet<string> = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner sein seine seinen ' +
    'seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer dieser diese dieses ' +
    'diesem diesen jeder jede jedes jedem jeden'
  ).split(' '),
);
/** German articles and prepositions, after which a lower-case word in -er is an inflected adjective. */
export const GERMAN_BEFORE_ADJECTIVE: ReadonlySet<string> = new Set([...GERMAN_ARTICLES, ...'mit aus von bei nach zu zum zur für über unter vor durch gegen ohne um seit'.split(' ')]);

/** Third-person forms of Konjunktiv I that German indirect speech is written in ("sei", "habe", "werde", "könne" …). */
const KONJUNKTIV_I: ReadonlySet<string> = new Set(
  (
    'sei seien habe werde könne müsse solle wolle dürfe gebe gehe stehe liege komme wisse brauche lasse bleibe ' +
    // Regular verbs: the stem and -e, where the indicative has -t ("Jeder abgewiesene Franzose bedeute …").
    'bedeute gelte fehle zeige erhalte spüre handle mache arbeite erwarte plane rechne sehe halte finde trage stelle ' +
    'lege folge hoffe setze treffe betrage führe reiche laufe verliere gewinne'
  ).split(' '),
);
/**
 * Plural forms of Konjunktiv II that indirect speech takes where Konjunktiv I would read as the indicative ("sie
 * hätten ihr Vorgehen abgestimmt" for "sie haben"). The singular ("hätte", "wäre", "käme … zu spät") is as often the
 * writer's own what-if, and so are "würden", "könnten", "dürften": on the German dev pages every form gained 5 reports
 * and took 6 of the writer's sentences for reports, the plural alone the same 5 and 2.
 */
const KONJUNKTIV_II_PLURAL: ReadonlySet<string> = new Set('hätten wären müssten gäben lägen kämen stünden'.split(' '));
/**
 * A verb in the mood of German indirect speech: a form of KONJUNKTIV_I or KONJUNKTIV_II_PLURAL, or one of a verb in
 * -ieren, whose third person in -iere is that mood alone ("Die Bundespolizei kontrolliere alle Einreisenden"; the first
 * person, "ich kontrolliere", is set aside by the caller).
 */
export function isReportedSpeechMood(word: string): boolean {
  return KONJUNKTIV_I.has(word) || KONJUNKTIV_II_PLURAL.has(word) || /^\p{Ll}{3,}iere$/u.test(word);
}

/** Indefinite articles of other languages before a person the text describes ("ein Mitarbeiter", "une habitante"). */
export const OTHER_LANGUAGE_INDEFINITES: ReadonlySet<string> = new Set('ein eine einer un une uno una um uma'.split(' '));
/**
 * Nouns for one person the text does not name, in other languages ("erläutert ein Mitarbeiter des Ministeriums",
 * "raconte une habitante", "dijo un vecino"): what the person is or does, no office.
 */
const OTHER_LANGUAGE_DESCRIBED: ReadonlySet<string> = new Set(
  (
    'mitarbeiter mitarbeiterin frau mann polizist polizistin beamter beamtin anwohner anwohnerin augenzeuge augenzeugin ' +
    'zeuge zeugin passant passantin bewohner bewohnerin nutzer nutzerin kunde kundin besucher besucherin teilnehmer ' +
    'teilnehmerin experte expertin insider mitglied schüler schülerin student studentin arzt ärztin bürger bürgerin ' +
    'nachbar nachbarin fahrer fahrerin händler händlerin vertreter vertreterin kollege kollegin berater beraterin ' +
    'habitant habitante témoin passant passante voisin voisine employé employée salarié salariée étudiant étudiante ' +
    'homme femme manifestant manifestante élève médecin ' +
    'vecino vecina testigo hombre mujer trabajador trabajadora estudiante residente manifestante empleado empleada ' +
    'abitante testimone uomo donna lavoratore lavoratrice morador moradora testemunha homem mulher'
  ).split(' '),
);

/** Letters a German compound must have before a described person's noun ("Polizeibeamter", "Ehefrau"). */
const COMPOUND_PREFIX_MIN = 3;
/**
 * A noun for one person the text does not name (OTHER_LANGUAGE_DESCRIBED), or a German compound ending in one
 * ("ein Macron-Berater", "ein Polizeibeamter", "eine Bahnmitarbeiterin"): German writes what the person does for
 * whom into one word.
 */
export function isOtherLanguageDescribed(word: string): boolean {
  const lower = word.toLowerCase();
  if (OTHER_LANGUAGE_DESCRIBED.has(lower)) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  const hyphen = lower.lastIndexOf('-');
  if (hyphen >= 0) return OTHER_LANGUAGE_DESCRIBED.has(lower.slice(hyphen + 1));
  for (let k = COMPOUND_PREFIX_MIN; k < lower.length - 3; k++) if (OTHER_LANGUAGE_DESCRIBED.has(lower.slice(k))) return true;
  return false;
}

/**
 * Plural nouns of other languages for people speaking together, as "officials" and "witnesses" are in English: "Die
 * Beamten bestätigen, dass …", "selon les enquêteurs", "dijeron los vecinos". Only plurals no singular shares (German
 * "Kritiker" or "Forscher" may be one person).
 */
export const OTHER_LANGUAGE_GROUP_HEADS: ReadonlySet<string> = new Set(
  (
    'beamten medien experten expertinnen ärzte ärztinnen behörden polizisten demonstranten brancheninsider ' +
    'analysten ökonomen gewerkschaften abgeordneten einwohner bewohner eltern studenten studierende ermittler ' +
    'zeugen augenzeugen befürworter aktivisten beschäftigten mitarbeitenden wissenschaftlerinnen forschenden ' +
    'autorités médecins chercheurs habitants manifestants syndicats enquêteurs témoins élus ' +
    'analystes experts scientifiques responsables militants observateurs opposants partisans détenus secouristes ' +
    'policiers sauveteurs spécialistes économistes riverains salariés ' +
    'autoridades expertos vecinos investigadores manifestantes testigos médicos fuentes ' +
    'esperti residenti manifestanti fonti especialistas moradores'
  ).split(' '),
);
