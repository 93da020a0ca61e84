/**
 * Shared by the entry points in scripts/: print input problems as one line each and exit 1,
 * never a stack trace for a problem in the data. Unexpected failures (bugs) still show theirs.
 */
import { formatIssue, type DataIssue } from '../../src/data/issues.ts';

export class InputError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(`${issues.length} problem(s) in the input`);
  }
}

export function reportIssues(step: string, issues: readonly DataIssue[]): void {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${step}: ${issues.length} problem${issues.length === 1 ? '' : 's'} found; nothing was written.`);
}

/** Runs an entry point: input errors print as lines and exit 1; anything else is a bug and prints its stack. */
export async function runEntry(step: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof InputError) {
      reportIssues(step, error.issues);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
