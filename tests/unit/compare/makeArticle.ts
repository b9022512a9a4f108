// Made-up paragraphs for the comparison tests (the articles themselves come from tests/support/makeArticle.ts).

/** Paragraphs of distinct made-up text: each sentence names its paragraph, so no two share a 3-word run by accident. */
export const PARAS = [
  'The harbour authority in Valmont approved a new breakwater on Monday after three years of debate among fishermen and engineers.',
  'Engineers said the structure would shelter forty trawlers from winter storms that regularly close the port for weeks at a time.',
  'Local fishermen welcomed the decision but warned that construction noise could drive cod away from the bay during spawning season.',
  'The mayor promised compensation for any lost catch and said an independent biologist would monitor fish stocks every month.',
  'Funding comes partly from a regional development grant, with the remainder borrowed against future harbour fees paid by ferries.',
  'Opponents have until the end of March to lodge an appeal with the coastal planning tribunal, which rarely overturns such approvals.',
];

/** Another story entirely: no shared wording with PARAS. */
export const OTHER = [
  'A violin made in Cremona in 1714 sold at auction in Geneva for a record sum, bought by an anonymous collector by telephone.',
  'Experts had examined the varnish under ultraviolet light and confirmed that the scroll was original, unlike many instruments of its age.',
  'The seller, a retired conductor, said he would donate part of the proceeds to a music school for children in his home town.',
];
