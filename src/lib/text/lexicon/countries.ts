// The world's countries and territories by their English names, from the runtime's own CLDR data (Intl.DisplayNames),
// so that no list is kept by hand: "South Korea says …" is a government speaking, not a person.

/** Lower-case names: "south korea", "united states", "bosnia and herzegovina", "myanmar", "burma", "hong kong". */
const COUNTRY_NAMES: ReadonlySet<string> = (() => {
  const names = new Set<string>(['britain', 'great britain']);
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26 * 26; i++) {
    const code = String.fromCharCode(A + Math.floor(i / 26), A + (i % 26));
    let name: string | undefined;
    try {
      name = display.of(code);
    } catch {
      continue;
    }
    if (!name || name === code) continue;
    // "Myanmar (Burma)", "Hong Kong SAR China", "Congo - Kinshasa", "Antigua & Barbuda", "St. Lucia".
    const plain = name.replace(/&/g, 'and').replace(/\s+SAR China$/, '').replace(/\s+-\s+.*$/, '').toLowerCase();
    const inner = /\(([^)]+)\)/.exec(plain)?.[1];
    names.add(plain.replace(/\s*\([^)]*\)/, '').trim());
    if (inner) names.add(inner.trim());
  }
  return names;
})();

/** True when `name` (any case, words separated by spaces) is a country's or territory's name. */
export function isCountryName(name: string): boolean {
  return COUNTRY_NAMES.has(name.toLowerCase());
}

/** Every country and territory name known, in lower case. */
export function countryNames(): ReadonlySet<string> {
  return COUNTRY_NAMES;
}
