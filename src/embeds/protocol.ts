/**
 * The resize protocol between an embed page (inside a journalist's iframe) and the host page.
 * Hosts are unknown, so messages go to "*" and carry nothing private: a chart id and a height.
 * The loader (public/embed/loader.js, plain JS so it stays tiny and needs no build) implements
 * the same checks as `isResizeMessage`; test/embeds/loader.test.ts runs both on one table of
 * cases so they cannot drift apart. README.md, "Embedding", documents the shapes.
 */

/** Embed page → host: "my document is now this tall". */
export const RESIZE_TYPE = 'cakupan:resize';
/** Host (the loader) → embed page: "tell me your height again" (the loader may start late). */
export const REQUEST_TYPE = 'cakupan:request-height';
/** The iframe attribute the loader matches a message's chart id against. */
export const CHART_ATTRIBUTE = 'data-cakupan-chart';
/**
 * No chart is taller than this; a larger value is a bug or a hostile frame, and obeying it
 * would push the host's article off the screen.
 */
export const MAX_HEIGHT = 10_000;

export interface ResizeMessage {
  type: typeof RESIZE_TYPE;
  chart: string;
  height: number;
}

export function resizeMessage(chart: string, height: number): ResizeMessage {
  return { type: RESIZE_TYPE, chart, height: Math.ceil(height) };
}

/** Whether `data` is a well-formed resize message (any chart id; the loader then matches the id). */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m['type'] === RESIZE_TYPE &&
    typeof m['chart'] === 'string' &&
    m['chart'] !== '' &&
    typeof m['height'] === 'number' &&
    Number.isFinite(m['height']) &&
    m['height'] > 0 &&
    m['height'] <= MAX_HEIGHT
  );
}
