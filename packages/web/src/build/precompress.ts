// The built web app's text files written beside themselves compressed (`.br`, `.gz`) once at build time, so that
// the server sends a browser the compressed file it asks for (Accept-Encoding, `@fastify/static`'s
// preCompressed) without compressing on any request: a cold visit to a public page loads ~1 MB of scripts and
// styles, about a third of it compressed.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** What is worth compressing: text. Pictures and fonts are compressed in their own formats already. */
const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.map', '.webmanifest']);
/** Below this a compressed copy saves less than a packet's headers cost. */
const MIN_BYTES = 1024;

/** The compressed copies of one file's bytes (each only when smaller than the file). */
export function compressedCopies(bytes: Buffer): { br?: Buffer; gz?: Buffer } {
  if (bytes.length < MIN_BYTES) return {};
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const gz = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
  return {
    ...(br.length < bytes.length ? { br } : {}),
    ...(gz.length < bytes.length ? { gz } : {}),
  };
}

/** Writes `FILE.br` and `FILE.gz` beside every text file under `dir`; answers the files it compressed. */
export function precompressDir(dir: string): string[] {
  const done: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !TEXT.has(extname(entry.name))) continue;
    const file = join(entry.parentPath, entry.name);
    const copies = compressedCopies(readFileSync(file));
    if (copies.br) writeFileSync(`${file}.br`, copies.br);
    if (copies.gz) writeFileSync(`${file}.gz`, copies.gz);
    if (copies.br || copies.gz) done.push(file);
  }
  return done;
}

/** Vite: compresses the output folder once the bundle is written (`vite build` only). */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'jixiao-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDir(outDir);
    },
  };
}
