/** /kartu/<name>.png: a page's share card in Indonesian (see _card.ts). */
import { cardPaths, cardRoute } from './_card.ts';

export const getStaticPaths = cardPaths;
export const GET = cardRoute('id');
