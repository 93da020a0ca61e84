/**
 * Runs inside an embed page: applies a `?theme=light|dark` override, and tells the host page
 * how tall the document is, on load, on every size change and when the host's loader asks
 * (it may start after the first message was sent). Protocol: src/embeds/protocol.ts.
 */
import { REQUEST_TYPE, resizeMessage } from '../embeds/protocol.ts';

const root = document.documentElement;
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') root.dataset['theme'] = theme;

const chart = root.dataset['embed'] ?? '';
const framed = window.parent !== window;

function post(): void {
  // The root's box, not scrollHeight: scrollHeight never drops below the frame's own height,
  // so a frame that was once too tall could never shrink back.
  if (framed) window.parent.postMessage(resizeMessage(chart, root.getBoundingClientRect().height), '*');
}

if (framed) {
  new ResizeObserver(post).observe(root);
  window.addEventListener('load', post);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === REQUEST_TYPE) post();
  });
}
