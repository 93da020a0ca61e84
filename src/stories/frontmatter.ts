/**
 * A story file is a YAML front-matter block between two `---` lines, then Markdown:
 *
 *   ---
 *   title: Paritrana Award di Bali
 *   summary: One or two sentences for the page description and lists.
 *   date: 2025-10-14
 *   author: Tim Cakupan Bali
 *   ---
 *
 * YAML is read by the `yaml` library (YAML 1.2 core schema, so 2025-10-14 stays a string and
 * `no` stays "no"); this module only locates the block and checks its keys, reporting each
 * problem at the line a maintainer has to edit.
 */
import { closest, distance } from 'fastest-levenshtein';
import { isMap, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';
import type { DataIssue } from '../data/issues.ts';
import { parsePoint, type PartialDate } from '../data/schema/dates.ts';

export interface StoryMeta {
  title: string;
  summary: string;
  /** Publication date of the story, at the precision written. */
  date: PartialDate;
  /** Byline as it should appear, e.g. "Tim Cakupan Bali". */
  author: string;
}

export const FRONT_MATTER_KEYS = ['title', 'summary', 'date', 'author'] as const satisfies readonly (keyof StoryMeta)[];

export interface ParsedStoryFile {
  /** Absent when the front matter has problems (see issues). */
  meta?: StoryMeta;
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  issues: DataIssue[];
}

const FENCE = /^---[ \t]*$/;

export function parseStoryFile(file: string, text: string): ParsedStoryFile {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const issue = (line: number | undefined, message: string, field?: string): DataIssue => ({ file, ...(line !== undefined ? { line } : {}), ...(field ? { field } : {}), message });

  if (!FENCE.test(lines[0] ?? '')) {
    return { body: lines.join('\n'), bodyLine: 1, issues: [issue(1, 'the story must start with front matter: a line "---", then title, summary, date and author, then "---"')] };
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) {
    return { body: '', bodyLine: lines.length + 1, issues: [issue(1, 'the front matter is never closed; end it with a line "---"')] };
  }
  const body = lines.slice(close + 1).join('\n');
  const bodyLine = close + 2;
  const yamlText = lines.slice(1, close).join('\n');
  // The YAML starts on the file's line 2; LineCounter gives 1-based lines within it.
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;

  if (doc.errors.length > 0) {
    return {
      body,
      bodyLine,
      issues: doc.errors.map((e) => issue(lineAt(e.pos[0]), `the front matter is not valid YAML: ${firstSentence(e.message)}`)),
    };
  }
  if (!isMap(doc.contents)) {
    return { body, bodyLine, issues: [issue(2, 'the front matter must be "key: value" lines (title, summary, date, author)')] };
  }

  const issues: DataIssue[] = [];
  const values: Partial<Record<keyof StoryMeta, unknown>> = {};
  const known: readonly string[] = FRONT_MATTER_KEYS;
  for (const pair of doc.contents.items as Pair[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = isScalar(pair.key) && pair.key.range ? lineAt(pair.key.range[0]) : 2;
    if (!known.includes(key)) {
      const near = closest(key, [...known]);
      const hint = distance(key, near) <= 2 ? ` (did you mean "${near}"?)` : '';
      issues.push(issue(line, `unknown front-matter key "${key}"${hint}; use ${known.join(', ')}`));
      continue;
    }
    const value = isScalar(pair.value) ? pair.value.value : pair.value;
    const valueLine = isScalar(pair.value) && pair.value.range ? lineAt(pair.value.range[0]) : line;
    if (typeof value !== 'string' || value.trim() === '') {
      const what = value === null || value === undefined || value === '' ? 'is empty' : 'is not plain text';
      issues.push(issue(valueLine, `${what}; write it as text on the same line`, key));
      continue;
    }
    if (key === 'date') {
      const parsed = parsePoint(value.trim());
      if (typeof parsed === 'string') {
        issues.push(issue(valueLine, parsed, key));
        continue;
      }
      values.date = parsed;
    } else values[key as Exclude<keyof StoryMeta, 'date'>] = value.trim();
  }
  for (const key of FRONT_MATTER_KEYS) {
    const given = (doc.contents.items as Pair[]).some((p) => isScalar(p.key) && p.key.value === key);
    if (!given) issues.push(issue(1, `is missing from the front matter`, key));
  }
  if (issues.length > 0) return { body, bodyLine, issues };
  return { meta: values as StoryMeta, body, bodyLine, issues };
}

/** The yaml library's messages carry a code excerpt after the first sentence; keep one line. */
function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}
