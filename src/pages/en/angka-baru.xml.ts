/** /en/angka-baru.xml: the Atom feed of new figures, in English (see src/pages/_feed.ts). */
import { feedRoute } from '../_feed.ts';

export const GET = feedRoute('en');
