/**
 * A problem found in the project's input (a data file, a boundary file).
 * Every validator returns these instead of throwing, so one run can report all of them.
 */
export interface DataIssue {
  /** Path as the maintainer would type it, e.g. `data/figures.csv`. */
  file: string;
  /** 1-based line in the file; absent for file-level problems. */
  line?: number;
  /** 1-based column (CSV field position); absent when the problem is not about one cell. */
  column?: number;
  /** Column name, e.g. `value`. */
  field?: string;
  message: string;
}

/** `data/figures.csv:14:5: value: "65,60" is not a number (use a dot: 65.60)` */
export function formatIssue(issue: DataIssue): string {
  let location = issue.file;
  if (issue.line !== undefined) location += `:${issue.line}`;
  if (issue.column !== undefined) location += `:${issue.column}`;
  const field = issue.field ? `${issue.field}: ` : '';
  return `${location}: ${field}${issue.message}`;
}

/** Stable order for reports: by file, then line, then column. */
export function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}
