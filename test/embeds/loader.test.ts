/**
 * The resize protocol: the validator in src/embeds/protocol.ts and the loader a host page runs
 * (public/embed/loader.js) judge the same table of messages the same way. The loader runs in a
 * node:vm sandbox with a stand-in window and document holding two iframes; the browser test
 * (test/browser/embeds.test.ts) repeats the essentials in Chromium, cross-origin.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHART_ATTRIBUTE, isResizeMessage, MAX_HEIGHT, REQUEST_TYPE, RESIZE_TYPE, resizeMessage } from '../../src/embeds/protocol.ts';

const LOADER = readFileSync(path.resolve('public/embed/loader.js'), 'utf8');

interface FakeFrame {
  id: string;
  contentWindow: { posted: unknown[]; postMessage(data: unknown, origin: string): void };
  style: { height: string };
  getAttribute(name: string): string | null;
}

function frame(id: string): FakeFrame {
  const contentWindow = { posted: [] as unknown[], postMessage(data: unknown) { this.posted.push(data); } };
  return { id, contentWindow, style: { height: '' }, getAttribute: (name) => (name === CHART_ATTRIBUTE ? id : null) };
}

/** A host page with a map frame and a budgets frame, the loader run once (or `runs` times). */
function host(runs = 1) {
  const frames = [frame('peta'), frame('budgets')];
  const listeners: ((e: { data: unknown; source: unknown }) => void)[] = [];
  const window: Record<string, unknown> = {
    addEventListener: (type: string, fn: (e: { data: unknown; source: unknown }) => void) => {
      if (type === 'message') listeners.push(fn);
    },
  };
  const document = {
    readyState: 'complete',
    querySelectorAll: (selector: string) => {
      expect(selector).toBe(`iframe[${CHART_ATTRIBUTE}]`);
      return frames;
    },
    addEventListener: () => {},
  };
  const context = vm.createContext({ window, document, isFinite, Math });
  for (let i = 0; i < runs; i++) vm.runInContext(LOADER, context);
  const send = (data: unknown, source: unknown) => listeners.forEach((fn) => fn({ data, source }));
  return { frames, listeners, send, window };
}

type Case = [name: string, data: unknown, valid: boolean];
const CASES: Case[] = [
  ['a well-formed message', { type: RESIZE_TYPE, chart: 'peta', height: 512 }, true],
  ['the largest allowed height', { type: RESIZE_TYPE, chart: 'peta', height: MAX_HEIGHT }, true],
  ['a fractional height (rounded up)', { type: RESIZE_TYPE, chart: 'peta', height: 480.2 }, true],
  ['another message type', { type: 'cakupan:resized', chart: 'peta', height: 512 }, false],
  ['no type', { chart: 'peta', height: 512 }, false],
  ['a height given as a string', { type: RESIZE_TYPE, chart: 'peta', height: '512' }, false],
  ['a negative height', { type: RESIZE_TYPE, chart: 'peta', height: -5 }, false],
  ['a zero height', { type: RESIZE_TYPE, chart: 'peta', height: 0 }, false],
  ['a huge height', { type: RESIZE_TYPE, chart: 'peta', height: MAX_HEIGHT + 1 }, false],
  ['NaN', { type: RESIZE_TYPE, chart: 'peta', height: Number.NaN }, false],
  ['Infinity', { type: RESIZE_TYPE, chart: 'peta', height: Number.POSITIVE_INFINITY }, false],
  ['a chart id that is not a string', { type: RESIZE_TYPE, chart: 7, height: 512 }, false],
  ['an empty chart id', { type: RESIZE_TYPE, chart: '', height: 512 }, false],
  ['a string', 'cakupan:resize', false],
  ['null', null, false],
  ['an array', [RESIZE_TYPE, 'peta', 512], false],
];

describe('isResizeMessage and the loader agree', () => {
  for (const [name, data, valid] of CASES) {
    it(`${valid ? 'accepts' : 'ignores'} ${name}`, () => {
      expect(isResizeMessage(data)).toBe(valid);
      const { frames, send } = host();
      send(data, frames[0]!.contentWindow);
      const expected = valid ? `${Math.ceil((data as { height: number }).height)}px` : '';
      expect(frames[0]!.style.height).toBe(expected);
      expect(frames[1]!.style.height, 'the other frame never changes').toBe('');
    });
  }
});

describe('the loader matches a message to its own frame', () => {
  it('ignores a chart id that is not the sending frame\'s', () => {
    const { frames, send } = host();
    // The map frame claims to be the budgets chart: neither frame may change.
    send(resizeMessage('budgets', 300), frames[0]!.contentWindow);
    expect(frames.map((f) => f.style.height)).toEqual(['', '']);
  });

  it('ignores a message from a window that is not the frame (another frame, the host itself, none)', () => {
    const { frames, send, window } = host();
    send(resizeMessage('peta', 300), frames[1]!.contentWindow);
    send(resizeMessage('peta', 300), window);
    send(resizeMessage('peta', 300), null);
    expect(frames.map((f) => f.style.height)).toEqual(['', '']);
  });

  it('resizes each frame from its own messages', () => {
    const { frames, send } = host();
    send(resizeMessage('peta', 700), frames[0]!.contentWindow);
    send(resizeMessage('budgets', 410), frames[1]!.contentWindow);
    expect(frames.map((f) => f.style.height)).toEqual(['700px', '410px']);
  });

  it('asks every frame for its height when it starts, since frames may have loaded first', () => {
    const { frames } = host();
    for (const f of frames) expect(f.contentWindow.posted).toEqual([{ type: REQUEST_TYPE }]);
  });

  it('listens once however many times the page includes it (one script tag per oEmbed)', () => {
    const { listeners, frames } = host(3);
    expect(listeners).toHaveLength(1);
    expect(frames[0]!.contentWindow.posted).toHaveLength(1);
  });
});

describe('the loader', () => {
  it('stays within its 2 KB gzip budget', () => {
    const size = gzipSync(Buffer.from(LOADER)).length;
    expect(size).toBeLessThanOrEqual(2048);
  });

  it('uses the protocol constants', () => {
    expect(LOADER).toContain(`'${RESIZE_TYPE}'`);
    expect(LOADER).toContain(`'${REQUEST_TYPE}'`);
    expect(LOADER).toContain(`MAX = ${MAX_HEIGHT}`);
    expect(LOADER).toContain(`'iframe[${CHART_ATTRIBUTE}]'`);
  });
});
