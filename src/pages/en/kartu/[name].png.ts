/** /en/kartu/<name>.png: a page's share card in English (see src/pages/kartu/_card.ts). */
import { cardPaths, cardRoute } from '../../kartu/_card.ts';

export const getStaticPaths = cardPaths;
export const GET = cardRoute('en');
