/** /en/embed/<id>/oembed.json and the downloads beside it (see src/pages/embed/_files.ts). */
import type { GetStaticPaths } from 'astro';
import { embedFilePaths, embedFileRoute } from '../../../embed/_files.ts';

export const getStaticPaths = (() => embedFilePaths()) satisfies GetStaticPaths;
export const GET = embedFileRoute('en');
