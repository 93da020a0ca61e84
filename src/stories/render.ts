/**
 * Renders a story's Markdown body to HTML, resolving every data reference against the
 * validated dataset. Pure (no file or Astro access): the same call serves the check step,
 * the pages and the tests. Problems come back as issues with the file's own line numbers;
 * a story with any issue must not be published.
 *
 * Safety: markdown-it runs with `html: false` (raw HTML in a story is shown as text), images
 * are off (an image would be a request to another host), links are limited to http(s),
 * mailto and same-site addresses, and external links get rel="noopener noreferrer". Every
 * value taken from the data is escaped in this module or in awards.ts.
 */
import { closest, distance } from 'fastest-levenshtein';
import MarkdownItFactory, { type MarkdownIt } from 'markdown-it';
import type { DataIssue } from '../data/issues.ts';
import { AWARD_LEVELS, type Award, type Dataset, type Source } from '../data/schema/tables.ts';
import { indexOf, type DatasetIndex } from '../data/index.ts';
import { machineReadable } from '../data/schema/dates.ts';
import { figureValue, regulationName, sourceTitle } from '../i18n/figure-text.ts';
import { formatPartialDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { STORY_STRINGS } from '../i18n/strings-stories.ts';
import { sourceHref } from '../routes.ts';
import { awardsHtml } from './awards.ts';
import { attrs, escapeHtml, isExternal, isSafeHref } from './html.ts';
import { BLOCK_KINDS, INLINE_KINDS, KINDS, referencesPlugin, refMeta, walk, type RefMeta } from './syntax.ts';

/** Returns a chart's server-rendered HTML, or undefined when no chart has this id. */
export type ChartResolver = (id: string, lang: Lang) => string | undefined;

export interface RenderContext {
  data: Dataset;
  lang: Lang;
  /** Charts by id. Without one, every `{{chart:…}}` is an unknown chart. */
  resolveChart?: ChartResolver;
}

export interface StoryBody {
  /** Path shown in messages, e.g. `data/stories/id/paritrana.md`. */
  file: string;
  body: string;
  /** 1-based line of the file on which the body starts (after the front matter). */
  bodyLine: number;
}

export interface Note {
  number: number;
  source: Source;
  /** Ids of the citation marks in the text that point at this note, in order. */
  citations: string[];
}

export interface RenderedStory {
  html: string;
  /** The numbered source list that the citation marks point at. */
  notesHtml: string;
  notes: Note[];
  /** Ids of the figures the text shows, in order of appearance. */
  figureIds: string[];
  issues: DataIssue[];
}

function createMarkdown(): MarkdownIt {
  const md = MarkdownItFactory('default', { html: false, linkify: false, typographer: false });
  md.disable(['image']);
  const validateLink = md.validateLink.bind(md);
  md.validateLink = (url) => validateLink(url) && isSafeHref(url);
  md.use(referencesPlugin);
  md.renderer.rules['link_open'] = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!;
    if (isExternal(String(token.attrGet('href') ?? ''))) token.attrSet('rel', 'noopener noreferrer');
    return self.renderToken(tokens, idx, options);
  };
  return md;
}

const md = createMarkdown();

/** Numbers sources in order of first citation; each mark links to its note and back. */
class Citations {
  private readonly notes = new Map<string, Note>();
  constructor(
    private readonly lang: Lang,
    private readonly sources: ReadonlyMap<string, Source>,
  ) {}

  cite(sourceId: string): string {
    const source = this.sources.get(sourceId);
    // Validation guarantees every cited source exists; an absent one is a bug, not bad data.
    if (!source) throw new Error(`source "${sourceId}" is not in the dataset`);
    let note = this.notes.get(sourceId);
    if (!note) {
      note = { number: this.notes.size + 1, source, citations: [] };
      this.notes.set(sourceId, note);
    }
    const id = `cite-${note.number}-${note.citations.length + 1}`;
    note.citations.push(id);
    const label = STORY_STRINGS[this.lang].citeLabel;
    return `<sup class="cite"><a href="#note-${note.number}"${attrs({ id })}><span class="visually-hidden">${escapeHtml(label)} </span>${note.number}</a></sup>`;
  }

  list(): Note[] {
    return [...this.notes.values()];
  }
}

export function notesHtml(notes: readonly Note[], lang: Lang): string {
  if (notes.length === 0) return '';
  const t = STORY_STRINGS[lang];
  const items = notes.map(({ number, source, citations }) => {
    const inferred = source.published_is_inferred ? ` (${escapeHtml(t.inferredDate)})` : '';
    const { marker, title } = sourceTitle(source, lang);
    const unconfirmed = source.attribution_unconfirmed ? ` <span class="note">(${escapeHtml(t.attributionUnconfirmed)})</span>` : '';
    const article = source.url
      ? `<a${attrs({ href: source.url, rel: 'noopener noreferrer', hreflang: source.language })}>${escapeHtml(t.openArticle)}<span class="visually-hidden">: <cite${attrs({ lang: source.language })}>${escapeHtml(source.title)}</cite></span></a>`
      : `<span class="note">${escapeHtml(t.noAddress)}</span>`;
    return (
      `<li${attrs({ id: `note-${number}`, 'data-source': source.id })}>` +
      `${escapeHtml(source.outlet)}, ${marker ? `${escapeHtml(marker)} ` : ''}<cite${attrs({ lang: source.language })}>${escapeHtml(title)}</cite>${unconfirmed}, ` +
      `<time${attrs({ datetime: machineReadable(source.published) })}>${escapeHtml(formatPartialDate(source.published, lang))}</time>${inferred}. ` +
      `${article} · <a${attrs({ href: sourceHref(source, lang) })}>${escapeHtml(t.allFromSource)}</a> ` +
      `<a class="back"${attrs({ href: `#${citations[0]}`, 'aria-label': t.backToText })}>↩</a>` +
      `</li>`
    );
  });
  return `<ol class="story-notes">${items.join('')}</ol>`;
}

function unknown(what: string, id: string, known: Iterable<string>): string {
  const ids = [...known];
  const near = ids.length > 0 ? closest(id, ids) : undefined;
  const hint = near !== undefined && distance(id, near) <= Math.max(1, Math.floor(id.length / 3)) ? ` (did you mean "${near}"?)` : '';
  return `unknown ${what} "${id}"${hint}`;
}

type Resolved = { html: string; figure?: string } | { error: string };

function resolve(ref: RefMeta, ctx: RenderContext, index: DatasetIndex, citations: Citations): Resolved {
  const { lang } = ctx;
  const cite = (sourceId: string) => citations.cite(sourceId);
  if (ref.malformed) return { error: `malformed reference "${ref.raw}"; write {{kind:ID}}, e.g. {{figure:ID}}` };
  if (!(KINDS as readonly string[]).includes(ref.kind)) return { error: `unknown reference "${ref.raw}"; use one of: ${KINDS.join(', ')}` };
  const isBlockKind = (BLOCK_KINDS as readonly string[]).includes(ref.kind);
  if (isBlockKind && !ref.block) return { error: `${ref.raw} must stand alone on its own line, with a blank line before and after` };
  if (ref.arg === '' && ref.kind !== 'awards') return { error: `${ref.raw} needs an id: {{${ref.kind}:ID}}` };
  const id = ref.arg;

  switch (ref.kind as (typeof INLINE_KINDS)[number] | (typeof BLOCK_KINDS)[number]) {
    case 'figure': {
      const figure = index.figures.get(id);
      if (!figure) return { error: unknown('figure', id, index.figures.keys()) };
      const value = figureValue(figure, lang, index);
      return { html: `<span class="story-figure"${attrs({ 'data-figure': id })}>${escapeHtml(value)}</span>${cite(figure.source)}`, figure: id };
    }
    case 'asof': {
      const figure = index.figures.get(id);
      if (!figure) return { error: unknown('figure', id, index.figures.keys()) };
      return { html: `<time${attrs({ datetime: machineReadable(figure.as_of), 'data-asof': id })}>${escapeHtml(formatPartialDate(figure.as_of, lang))}</time>` };
    }
    case 'quote': {
      const rows = [index.figures.get(id), index.awards.get(id), index.regulations.get(id)].filter((r) => r !== undefined);
      if (rows.length === 0) return { error: unknown('quote', id, [...index.figures.keys(), ...index.awards.keys(), ...index.regulations.keys()]) };
      if (rows.length > 1) return { error: `quote "${id}" is ambiguous: a figure, award or regulation share this id` };
      const row = rows[0]!;
      const source = index.sources.get(row.source)!;
      return { html: `<q${attrs({ lang: source.language, 'data-quote': id })}>${escapeHtml(row.quote)}</q>${cite(row.source)}` };
    }
    case 'award': {
      const award = index.awards.get(id);
      if (!award) return { error: unknown('award', id, index.awards.keys()) };
      return { html: cite(award.source) };
    }
    case 'source': {
      if (!index.sources.has(id)) return { error: unknown('source', id, index.sources.keys()) };
      return { html: cite(id) };
    }
    case 'regulation': {
      const regulation = index.regulations.get(id);
      if (!regulation) return { error: unknown('regulation', id, index.regulations.keys()) };
      return { html: `<span class="story-regulation"${attrs({ 'data-regulation': id })}>${escapeHtml(regulationName(regulation, lang, index))}</span>${cite(regulation.source)}` };
    }
    case 'chart': {
      const html = ctx.resolveChart?.(id, lang);
      if (html === undefined) return { error: unknown('chart', id, []) };
      return { html: `<div class="story-chart"${attrs({ 'data-chart': id })}>${html}</div>` };
    }
    case 'awards': {
      const levels: readonly string[] = AWARD_LEVELS;
      if (id !== '' && !levels.includes(id)) return { error: `unknown award level "${id}"; use one of: ${AWARD_LEVELS.join(', ')}` };
      const level = id === '' ? undefined : (id as Award['level']);
      return { html: awardsHtml(ctx.data.awards, { lang, cite, ...(level ? { level, idPrefix: `awards-${level}` } : {}) }) };
    }
  }
}

export function renderStoryBody(story: StoryBody, ctx: RenderContext): RenderedStory {
  const index = indexOf(ctx.data);
  const citations = new Citations(ctx.lang, index.sources);
  const issues: DataIssue[] = [];
  const figureIds: string[] = [];
  const shift = story.bodyLine - 1;
  const tokens = md.parse(story.body, {});

  for (const token of walk(tokens)) {
    if (token.type === 'heading_open' && token.tag === 'h1') {
      issues.push({ file: story.file, line: token.map![0] + 1 + shift, message: 'use ## for section headings; the page title (the only h1) comes from the front matter' });
    }
    if (token.type !== 'story_ref' && token.type !== 'story_block') continue;
    const ref = refMeta(token);
    const resolved = resolve(ref, ctx, index, citations);
    if ('error' in resolved) {
      issues.push({ file: story.file, line: ref.line + shift, message: resolved.error });
      ref.html = escapeHtml(ref.raw);
    } else {
      ref.html = resolved.html;
      if (resolved.figure) figureIds.push(resolved.figure);
    }
  }

  const notes = citations.list();
  return { html: md.renderer.render(tokens, md.options, {}), notesHtml: notesHtml(notes, ctx.lang), notes, figureIds, issues };
}
