/** /en/embed/<id>/oembed.json and the downloads beside it (see src/embeds/files.ts). */
import type { GetStaticPaths } from 'astro';
import { embedFilePaths, embedFileRoute } from '../../../../embeds/files.ts';

export const getStaticPaths = (() => embedFilePaths()) satisfies GetStaticPaths;
export const GET = embedFileRoute('en');
