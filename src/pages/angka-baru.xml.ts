/** /angka-baru.xml: the Atom feed of new figures, in Indonesian (see _feed.ts). */
import { feedRoute } from './_feed.ts';

export const GET = feedRoute('id');
