import { readdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAVICON_SVG, INDEX_HTML, STYLESHEET } from './page.js';

// The web UI's files: a fixed table from URL path to bytes, built once when the server starts. A path
// not in the table is not found, whatever it says, so no request can reach any other file.

export interface StaticFile {
  type: string;
  body: Buffer;
}

/** The compiled browser modules sit beside this file, in ui/ (tsc writes them there). */
const UI_DIR = fileURLToPath(new URL('./ui/', import.meta.url));
const MODULE_NAME = /^[a-z0-9-]+\.js$/;

export function uiFiles(uiDir = UI_DIR): ReadonlyMap<string, StaticFile> {
  const files = new Map<string, StaticFile>([
    ['/', { type: 'text/html; charset=utf-8', body: Buffer.from(INDEX_HTML) }],
    ['/ui/style.css', { type: 'text/css; charset=utf-8', body: Buffer.from(STYLESHEET) }],
    ['/ui/icon.svg', { type: 'image/svg+xml', body: Buffer.from(FAVICON_SVG) }],
  ]);
  let names: string[] = [];
  try { names = readdirSync(uiDir); } catch { /* no compiled UI (running from sources): the page says so */ }
  for (const name of names) {
    if (!MODULE_NAME.test(name) || name.endsWith('.test.js')) continue;
    files.set(`/ui/${name}`, { type: 'text/javascript; charset=utf-8', body: readFileSync(join(uiDir, name)) });
  }
  return files;
}

export function sendStatic(res: ServerResponse, file: StaticFile): void {
  res.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.body.length, 'Cache-Control': 'no-cache' });
  res.end(file.body);
}
