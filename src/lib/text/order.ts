// The one string order the project sorts by: UTF-16 code units, never the machine's locale, so output is the same
// on every machine.
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
