/**
 * Reads one CSV file of the data contract into raw string cells keyed by column name, with the
 * line each record starts on. Structural problems (encoding, quotes, header, column counts)
 * become issues; typed validation happens later, in validate.ts.
 */
import { parse, CsvError } from 'csv-parse/sync';
import { closest } from 'fastest-levenshtein';
import type { DataIssue } from './issues.ts';

export interface RawRow {
  line: number;
  cells: Record<string, string>;
}

export interface RawTable {
  /** Column names in file order. */
  header: string[];
  rows: RawRow[];
}

/** Lines (1-based) that are not valid UTF-8. */
function invalidUtf8Lines(bytes: Uint8Array): number[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const bad: number[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        bad.push(line);
      }
      start = i + 1;
      line++;
    }
  }
  return bad;
}

const CSV_ERROR_TEXT: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (unbalanced ")',
  CSV_INVALID_CLOSING_QUOTE: 'a quote (") appears inside a field that is not quoted as a whole; wrap the field in quotes and double inner quotes ("")',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text follows a closing quote; double quotes inside a quoted field ("")',
};

/** A quoted field that goes wrong: it is never closed, or its closing quote is followed by text. */
interface BrokenQuote {
  /** Line where the field's opening quote is. */
  opened: number;
  /** Line of the quote that closed it, when text follows that quote. */
  closed?: number;
}

/**
 * Finds the first quoted field that goes wrong. The parser only knows where it gave up (the end
 * of the file, or a later line where a quote happened to close the field); the maintainer needs
 * the line where the quote opened, which is where the mistake usually is.
 */
function brokenQuote(text: string): BrokenQuote | undefined {
  let line = 1;
  let inQuotes = false;
  let opened = 1;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') {
        inQuotes = false;
        fieldStart = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n') return { opened, closed: line };
      } else if (c === '\n') line++;
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      opened = line;
      continue;
    }
    if (c === '\n') line++;
    fieldStart = c === ',' || c === '\n';
  }
  return inQuotes ? { opened } : undefined;
}

const QUOTE_ERRORS = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_INVALID_CLOSING_QUOTE', 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE']);

/** The issue for a parser error: quote problems at the line where the quote opened. */
function parseIssue(file: string, text: string, error: CsvError): DataIssue {
  const broken = QUOTE_ERRORS.has(error.code) ? brokenQuote(text) : undefined;
  if (broken?.closed !== undefined && broken.closed > broken.opened) {
    return {
      file,
      line: broken.opened,
      message: `a quoted field opens on this line and runs on to line ${broken.closed}, where a quote ends it with text after it; close the quote on this line (a quote inside a quoted field is written twice: "")`,
    };
  }
  const line = (broken && error.code === 'CSV_QUOTE_NOT_CLOSED' ? broken.opened : undefined) ?? (error as CsvError & { lines?: number }).lines;
  return { file, ...(line ? { line } : {}), message: CSV_ERROR_TEXT[error.code] ?? `cannot be read as CSV (${error.code})` };
}

/** Line of the first character of a record, given where the parser finished it. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

export function readCsv(file: string, bytes: Uint8Array, expectedColumns: readonly string[]): { table?: RawTable; issues: DataIssue[] } {
  const badLines = invalidUtf8Lines(bytes);
  if (badLines.length > 0) {
    return {
      issues: badLines.map((line) => ({
        file,
        line,
        message: 'contains bytes that are not UTF-8; save the file as UTF-8 (in a spreadsheet: "CSV UTF-8")',
      })),
    };
  }
  // TextDecoder drops a UTF-8 BOM; CRLF and CR are normalised so line numbers stay true.
  const text = new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return { issues: [{ file, line: 1, message: `the file is empty; it needs a header row: ${expectedColumns.join(',')}` }] };
  }

  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, info: true, raw: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return { issues: [parseIssue(file, text, error)] };
    throw error;
  }

  const issues: DataIssue[] = [];
  const [headerRecord, ...body] = records;
  const header = (headerRecord?.record ?? []).map((h) => h.trim());
  const headerLine = headerRecord ? startLine(headerRecord.info.lines, headerRecord.raw) : 1;

  const known = new Set(expectedColumns);
  header.forEach((name, index) => {
    if (!known.has(name)) {
      const suggestion = expectedColumns.length > 0 ? ` (did you mean "${closest(name, [...expectedColumns])}"?)` : '';
      issues.push({ file, line: headerLine, column: index + 1, message: `unknown column "${name}"${suggestion}` });
    } else if (header.indexOf(name) !== index) {
      issues.push({ file, line: headerLine, column: index + 1, message: `column "${name}" appears twice` });
    }
  });
  for (const name of expectedColumns) {
    if (!header.includes(name)) issues.push({ file, line: headerLine, message: `missing column "${name}"` });
  }
  if (issues.length > 0) return { issues };

  const rows: RawRow[] = [];
  for (const { record, raw, info } of body) {
    const line = startLine(info.lines, raw);
    if (record.length !== header.length) {
      const verb = record.length < header.length ? 'missing' : 'extra';
      issues.push({
        file,
        line,
        message: `has ${record.length} fields but the header has ${header.length} (${verb} field${Math.abs(record.length - header.length) > 1 ? 's' : ''}; quote any value that contains a comma)`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, index) => {
      cells[name] = (record[index] ?? '').trim();
    });
    rows.push({ line, cells });
  }
  return { table: { header, rows }, issues };
}
