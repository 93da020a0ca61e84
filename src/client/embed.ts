/**
 * Runs inside an embed page: applies a `?theme=light|dark` override (the theme variants'
 * own addresses need no script), and tells the host page how tall the page's content is, on
 * load, on every size change, when the font arrives and when the host's loader asks (it may
 * start after the first message was sent). Protocol: src/embeds/protocol.ts.
 *
 * In WordPress, it speaks WordPress's own embed messages too (below), so the frame fits and the
 * links work there.
 *
 * The page fills whatever frame it is in (src/styles/embed.css): what it reports is the height
 * of its content with nothing stretched, measured by switching the stretching off for one
 * synchronous layout. A frame set to that height shows the page exactly as laid out.
 */
import { REQUEST_TYPE, resizeMessage } from '../embeds/protocol.ts';

const root = document.documentElement;
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') {
  root.dataset['theme'] = theme;
  document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', theme);
}

const chart = root.dataset['embed'] ?? '';
const framed = window.parent !== window;

/** The content's height with nothing stretched to fill the frame. */
function naturalHeight(): number {
  root.dataset['measuring'] = '';
  const height = document.querySelector('main')!.getBoundingClientRect().height;
  delete root.dataset['measuring'];
  return height;
}

/**
 * WordPress embeds a frame sandboxed, with a secret after `#?secret=` in its address, and its
 * host script (wp-embed.js) obeys two messages carrying that secret: `height` (clamped to 200 to
 * 1000 px) and `link` (it opens an address on the frame's own host in the host page, which a
 * sandboxed frame cannot do itself). Spoken only when WordPress gave a secret.
 */
const secret = /[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];
const WORDPRESS_HEIGHTS = { min: 200, max: 1000 } as const;

let last = 0;
function post(): void {
  const height = Math.ceil(naturalHeight());
  if (height === last) return;
  last = height;
  window.parent.postMessage(resizeMessage(chart, height), '*');
  // WordPress would clamp a taller page to 1000 px and cut it: then the code's height stays.
  if (secret && height >= WORDPRESS_HEIGHTS.min && height <= WORDPRESS_HEIGHTS.max) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
}

// In a sandboxed frame (an opaque origin) no link can open: WordPress opens it for us.
if (framed && secret && self.origin === 'null') {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented) return;
    const link = (event.target as Element | null)?.closest('a[href]');
    if (!link) return;
    event.preventDefault();
    window.parent.postMessage({ message: 'link', value: new URL(link.getAttribute('href')!, location.href).href, secret }, '*');
  });
}

if (framed) {
  const observer = new ResizeObserver(() => post());
  observer.observe(root);
  for (const child of document.querySelector('main')!.children) observer.observe(child);
  window.addEventListener('load', post);
  void document.fonts.ready.then(post);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === REQUEST_TYPE) {
      last = 0;
      post();
    }
  });
}
