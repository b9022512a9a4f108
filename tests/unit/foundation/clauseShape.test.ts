import { describe, expect, it } from 'vitest';
import { readsAsClause } from '../../../src/lib/text/clauseShape.ts';
import { isCountryName } from '../../../src/lib/text/lexicon/countries.ts';

describe('readsAsClause', () => {
  it('reads clauses with an auxiliary, a past verb, a pronoun subject or a present verb after a name', () => {
    for (const t of ['the bridge would reopen in May', '18 people died', 'they need more time', 'Mahan flies cargo to Syria', 'it’s over', 'Joe Biden won all three states'])
      expect(readsAsClause(t), t).toBe(true);
  });
  it('reads gerunds, infinitives and characterisations as predicates', () => {
    for (const t of ['receiving a toy at age 10', 'residents to stay inside', 'the move as a grave abuse']) expect(readsAsClause(t), t).toBe(true);
  });
  it('reads a characterisation whose words are all quoted as the quotation\'s, no clause', () => {
    for (const t of ['the convention as a "Hollywood-produced infomercial."', 'the event as a “shitshow.”', 'it as "beyond despicable"']) expect(readsAsClause(t), t).toBe(false);
  });
  it('reads bare noun phrases as no clause, participles after a determiner included', () => {
    for (const t of ['a state of emergency', 'seven days of national mourning', 'the election for Biden', 'the reported cases in May', 'his letter to the editor', 'it a retrograde step'])
      expect(readsAsClause(t), t).toBe(false);
  });
});

describe('isCountryName', () => {
  it('knows countries by their English names, in any case', () => {
    expect(['South Korea', 'united states', 'Myanmar', 'Burma', 'Bosnia and Herzegovina'].every(isCountryName)).toBe(true);
    expect(['Joe Biden', 'Ministry of Health', 'Korea South'].some(isCountryName)).toBe(false);
  });
});
