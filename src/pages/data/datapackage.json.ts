/** /data/datapackage.json: the Frictionless description of every open-data file. */
import type { APIRoute } from 'astro';
import { dataPackage } from '../../data/frictionless.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(dataPackage(), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
