/**
 * markdown-it plugin that recognises data references in a story and nothing else: it turns
 * `{{kind:arg}}` into tokens and records the source line of each, so that resolving them
 * (render.ts) can report `file:line: unknown figure "…"`. It knows no data.
 *
 *   inline:  {{figure:ID}} {{asof:ID}} {{quote:ID}} {{award:ID}} {{source:ID}} {{regulation:ID}}
 *   block:   {{chart:ID}} and {{awards}} / {{awards:LEVEL}}, each alone on its own line
 *
 * A literal "{{" can be written as "\{{" (markdown-it's backslash escape) or inside `code`.
 */
import type { MarkdownIt, StateBlock, StateCore, StateInline, Token } from 'markdown-it';

export const INLINE_KINDS = ['figure', 'asof', 'quote', 'award', 'source', 'regulation'] as const;
export const BLOCK_KINDS = ['chart', 'awards'] as const;
export const KINDS = [...INLINE_KINDS, ...BLOCK_KINDS] as const;

export type RefMeta = {
  /** As written, e.g. `{{figure:gianyar-coverage-2025-09}}`. */
  raw: string;
  kind: string;
  /** Text after the colon; empty when there is none. */
  arg: string;
  /** True when the reference could not be read at all (e.g. `{{figure x}}`). */
  malformed: boolean;
  /** True for a reference that stands alone on its own line (a block). */
  block: boolean;
  /** 1-based line in the Markdown body (render.ts shifts it past the front matter). */
  line: number;
  /** Offset inside the inline content, used once to compute `line`. */
  offset: number;
  /** Filled in by the resolver: the HTML that replaces the reference. */
  html?: string;
};

/** The reference a story_ref/story_block token carries (markdown-it types meta loosely). */
export function refMeta(token: Token): RefMeta {
  return token.meta as unknown as RefMeta;
}

/** `{{kind}}` or `{{kind:arg}}`; kind is lowercase letters, arg anything but braces and spaces. */
const REF = /^\{\{([a-z]+)(?::([^{}\s]*))?\}\}/;
/** Whatever a writer meant as a reference, up to the closing braces or the end of the line. */
const ATTEMPT = /^\{\{[^\n]*?(?:\}\}|$)/m;

function inlineRule(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== 0x7b /* { */ || src.charCodeAt(pos + 1) !== 0x7b) return false;
  const rest = src.slice(pos, state.posMax);
  const match = REF.exec(rest);
  const raw = match ? match[0] : ATTEMPT.exec(rest)![0];
  if (!silent) {
    const token = state.push('story_ref', '', 0);
    const meta: RefMeta = { raw, kind: match?.[1] ?? '', arg: match?.[2] ?? '', malformed: !match, block: false, line: 0, offset: pos };
    token.meta = meta;
  }
  state.pos += raw.length;
  return true;
}

const BLOCK_REF = new RegExp(`^\\{\\{(${BLOCK_KINDS.join('|')})(?::([^{}\\s]*))?\\}\\}$`);

function blockRule(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  // Four spaces of indent make a code block, never a reference.
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const text = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]!).trim();
  const match = BLOCK_REF.exec(text);
  if (!match) return false;
  if (silent) return true;
  const token = state.push('story_block', '', 0);
  token.map = [startLine, startLine + 1];
  token.block = true;
  const meta: RefMeta = { raw: text, kind: match[1]!, arg: match[2] ?? '', malformed: false, block: true, line: startLine + 1, offset: 0 };
  token.meta = meta;
  state.line = startLine + 1;
  return true;
}

/** Lines of inline references: the line of their paragraph plus the newlines before them. */
function lineRule(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'inline' || !token.map || !token.children) continue;
    for (const child of walk(token.children)) {
      if (child.type !== 'story_ref') continue;
      const meta = refMeta(child);
      meta.line = token.map[0] + 1 + countNewlines(token.content, meta.offset);
    }
  }
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end && i < text.length; i++) if (text.charCodeAt(i) === 0x0a) n++;
  return n;
}

/** Every token in document order, descending into children (links' text, images' alt). */
export function* walk(tokens: readonly Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    if (token.children) yield* walk(token.children);
  }
}

export function referencesPlugin(md: MarkdownIt): void {
  // After `backticks`, so `{{figure:ID}}` inside a code span stays literal (for docs).
  md.inline.ruler.after('backticks', 'story_ref', inlineRule);
  // Not in `alt`: a reference line does not interrupt a paragraph; it needs blank lines around it.
  md.block.ruler.before('paragraph', 'story_block', blockRule);
  md.core.ruler.after('inline', 'story_lines', lineRule);
  const emit = (tokens: Token[], idx: number) => refMeta(tokens[idx]!).html ?? '';
  md.renderer.rules['story_ref'] = emit;
  md.renderer.rules['story_block'] = emit;
}
