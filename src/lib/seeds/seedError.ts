/**
 * A seed that cannot be used. The message always names the file, the line, what is wrong and how to fix it,
 * so a contributor can act on it without reading the code.
 */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}:${line}: ${problem}\n  How to fix: ${fix}`);
    this.name = 'SeedError';
  }
}

/** Several unusable seeds at once: the build reports all of them, not only the first. */
export class SeedErrors extends Error {
  constructor(readonly errors: SeedError[]) {
    super(
      `${errors.length} seed${errors.length === 1 ? '' : 's'} cannot be used:\n\n` +
        errors.map((e) => e.message).join('\n\n'),
    );
    this.name = 'SeedErrors';
  }
}
