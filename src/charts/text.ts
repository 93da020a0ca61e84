/**
 * How wide a chart label will be, measured at build time with the bundled Noto Sans metrics
 * and widened by a slack for readers' system fonts (DejaVu Sans, Segoe UI and Roboto run wider),
 * so a label judged to fit at the narrowest width does fit there.
 */
import { textWidth } from './fonts.ts';
import type { Span } from './scene.ts';

const SLACK = 1.15;

export function measure(text: string, size = 13, bold = false): number {
  return textWidth(text, size, bold ? 'bold' : 'regular') * SLACK;
}

export function measureSpans(spans: readonly Span[], size = 13): number {
  return spans.reduce((w, s) => w + measure(s.text, size, s.bold), 0);
}

/** The text cut with an ellipsis to fit `width` px (whole when it fits). */
export function truncate(text: string, width: number, size = 13, bold = false): string {
  if (measure(text, size, bold) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`, size, bold) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Spans cut from the end so the whole line fits `width` px; the first span is kept longest. */
export function fitSpans(spans: readonly Span[], width: number, size = 13): Span[] {
  const out: Span[] = [];
  let room = width;
  for (const span of spans) {
    const w = measure(span.text, size, span.bold);
    if (w <= room) {
      out.push(span);
      room -= w;
      continue;
    }
    if (room > measure('…', size) * 3) out.push({ ...span, text: truncate(span.text, room, size, span.bold) });
    break;
  }
  return out;
}
