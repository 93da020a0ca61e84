/**
 * resvg draws a whole text chunk in the fallback font as soon as one glyph of it needs that
 * font: "PU ≈26 %" came out with a regular "PU" (Noto Sans Math's Latin letters) instead of a
 * bold one in Noto Sans. A chunk ends where a character is given an absolute position, so each
 * character Noto Sans lacks is put in a chunk of its own, and so is the text after it, every
 * chunk placed by the advance widths resvg itself uses (src/charts/fonts.ts, tested against
 * resvg). Applied to exported images only: browsers fall back per glyph.
 */
import { DOMParser } from 'linkedom';
import { hasGlyph, textWidth, type Weight } from '../charts/fonts.ts';

interface Run {
  text: string;
  /** The <tspan> attributes of the run ('' for text directly in <text>). */
  attributes: string;
  weight: Weight;
}

/** An attribute of the element or the nearest ancestor that sets it. */
function inherited(element: Element, name: string): string | null {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const value = e.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

const isBold = (weight: string | null) => weight === 'bold' || Number(weight) >= 600;
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function attributesOf(element: Element): string {
  return [...element.attributes]
    .map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
}

/** The element's text as runs, or undefined when it holds anything but text and flat <tspan>s. */
function runsOf(text: Element): Run[] | undefined {
  const base = isBold(inherited(text, 'font-weight'));
  const runs: Run[] = [];
  for (const node of [...text.childNodes]) {
    if (node.nodeType === 3) runs.push({ text: node.textContent ?? '', attributes: '', weight: base ? 'bold' : 'regular' });
    else if ((node as Element).tagName?.toLowerCase() === 'tspan' && (node as Element).children.length === 0) {
      const tspan = node as Element;
      if (tspan.hasAttribute('x') || tspan.hasAttribute('dx')) return undefined;
      const weight = tspan.getAttribute('font-weight');
      runs.push({ text: tspan.textContent ?? '', attributes: attributesOf(tspan), weight: (weight === null ? base : isBold(weight)) ? 'bold' : 'regular' });
    } else if ((node as Element).tagName?.toLowerCase() !== 'title') return undefined;
  }
  return runs;
}

/** Splits runs where a character's font changes: Noto Sans, or the fallback. */
function byFont(runs: readonly Run[]): (Run & { fallback: boolean })[] {
  const parts: (Run & { fallback: boolean })[] = [];
  for (const run of runs) {
    for (const ch of run.text) {
      const fallback = !hasGlyph(ch, run.weight);
      const last = parts.at(-1);
      if (last && last.fallback === fallback && last.attributes === run.attributes && last.weight === run.weight) last.text += ch;
      else parts.push({ ...run, text: ch, fallback });
    }
  }
  return parts;
}

/** The export SVG with every glyph Noto Sans lacks in a text chunk of its own. */
export function isolateFallbackGlyphs(svg: string): string {
  if (![...svg].some((ch) => ch.codePointAt(0)! > 0x2000 && !hasGlyph(ch, 'regular'))) return svg;
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  // Each rewritten <text> is left holding a marker, replaced by its new content once serialised.
  const rewritten: string[] = [];
  for (const text of [...document.querySelectorAll('text')]) {
    const runs = runsOf(text);
    if (!runs || runs.every((r) => [...r.text].every((ch) => hasGlyph(ch, r.weight)))) continue;
    const size = Number(inherited(text, 'font-size') ?? 16);
    const x = Number(text.getAttribute('x') ?? 0);
    if (!Number.isFinite(x) || !Number.isFinite(size)) continue;
    const parts = byFont(runs);
    const total = parts.reduce((sum, p) => sum + textWidth(p.text, size, p.weight), 0);
    const anchor = inherited(text, 'text-anchor') ?? 'start';
    const start = anchor === 'end' ? x - total : anchor === 'middle' ? x - total / 2 : x;
    let at = start;
    const body = parts
      .map((p) => {
        const tspan = `<tspan x="${at.toFixed(2)}"${p.attributes.replace(/ font-weight="[^"]*"/, '')}${p.weight === 'bold' ? ' font-weight="700"' : ''}>${escapeText(p.text)}</tspan>`;
        at += textWidth(p.text, size, p.weight);
        return tspan;
      })
      .join('');
    const title = text.querySelector('title');
    text.setAttribute('x', start.toFixed(2));
    text.setAttribute('text-anchor', 'start');
    text.textContent = `\u0000${rewritten.length}\u0000`;
    rewritten.push(body + (title ? title.toString() : ''));
  }
  return `${document.documentElement.toString().replace(/\u0000(\d+)\u0000/g, (_, i: string) => rewritten[Number(i)]!)}\n`;
}
