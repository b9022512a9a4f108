// One 32-bit hash for every index of shingles: numbers, not strings, keep a corpus of thousands of articles in a few
// typed arrays.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a of the words keys[at .. at+n), each followed by a space: a shingle as one number, without joining strings. */
export function hashWords(keys: readonly string[], at = 0, n = keys.length): number {
  let h = FNV_OFFSET;
  for (let k = at; k < at + n; k++) {
    const w = keys[k]!;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
    h = Math.imul(h ^ 32, FNV_PRIME);
  }
  return h >>> 0;
}
