// Made-up reports for the story-model tests: each a few paragraphs of its own wording, so two reports share no passage
// unless a test puts one there.
import { OTHER, PARAS } from '../compare/makeArticle.ts';

export const HARBOUR = PARAS;
export const VIOLIN = [
  ...OTHER,
  'Bidding opened at half the final price and climbed steadily for twenty minutes as dealers from Tokyo and New York dropped out.',
  'The auction house declined to name the buyer but said the instrument would remain available to young soloists on loan.',
];
export const RAIL = [
  'Train drivers across the northern network walked out at dawn on Thursday, halting commuter services into the regional capital.',
  'Their union is demanding a pay rise in line with inflation and an end to single-crew operation on night freight routes.',
  'Station platforms stood empty through the morning rush while replacement buses queued for hours on the ring road.',
  'The operator called the stoppage reckless and said it had offered a two-year deal that the union refused to put to a vote.',
  'Talks brokered by the conciliation service are expected to resume next week, though neither side has softened its position.',
];
export const RESCUE = [
  'Mountain rescuers brought down two climbers stranded overnight on a ledge below the summit ridge after a sudden snowstorm.',
  'A helicopter could not reach the pair in the low cloud, so a team of eleven volunteers climbed through the dark with ropes and stretchers.',
  'Both climbers were treated for hypothermia at the valley hospital and are expected to make a full recovery within days.',
  'The rescue coordinator urged walkers to check forecasts and carry a head torch, a map and spare layers even in late spring.',
];
export const MERGER = [
  'Two of the largest chip designers agreed to combine in an all-share deal that regulators on three continents must now approve.',
  'Shareholders of the smaller company will own roughly a third of the enlarged group, which will keep both research campuses.',
  'Analysts expect competition authorities to examine overlapping patents in wireless modems before giving any clearance.',
  'The chief executives said no jobs would be cut in engineering, though administrative roles could be merged over two years.',
];
/** A post embedded in many pages, whatever they report. */
export const POST = '“We are monitoring the situation closely and will share updates as soon as we have them. Please stay safe and follow official advice at all times.” — @EmergencyInfoService';
/** An outlet's promo paragraph at the end of every page. */
export const PROMO = 'No one covers what is happening in our community like we do. Support independent local journalism with a subscription to the Valley Courier today.';
