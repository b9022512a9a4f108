// Results kept per text: every stage reads the same blocks (classifying, shingling, aligning, attributing, diffing),
// so each text is worked on once. Bounded: cleared whole when full, which costs only time, never a wrong answer.

/** `compute` memoised by its text argument, keeping at most `size` results. */
export function memoByText<T>(size: number, compute: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    let value = kept.get(text);
    if (value === undefined) {
      if (kept.size >= size) kept.clear();
      value = compute(text);
      kept.set(text, value);
    }
    return value;
  };
}
