// The server's web-static plugin: real files, index.html for client routes, /api left to the API (404 JSON),
// no escape from the dist folder, and public access declared on its routes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, webStatic } from '../packages/server/src/http/web-static.ts';

const bigScript = Buffer.from('export const 公开 = "部门预算公开";\n'.repeat(300));

describe('web-static plugin', () => {
  let dir: string;
  let app: FastifyInstance;
  const accessOf = new Map<string, unknown>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jixiao-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>绩效</title>');
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    // As the build writes them (precompress.ts): a script with its compressed copies, one without.
    writeFileSync(join(dir, 'assets', 'big-def456.js'), bigScript);
    writeFileSync(join(dir, 'assets', 'big-def456.js.br'), brotliCompressSync(bigScript));
    writeFileSync(join(dir, 'assets', 'big-def456.js.gz'), gzipSync(bigScript));
    writeFileSync(join(tmpdir(), 'jixiao-secret.txt'), 'TOP-SECRET-CONTENT');
    app = Fastify();
    app.addHook('onRoute', (r) => {
      accessOf.set(`${r.method} ${r.url}`, (r.config as { access?: unknown } | undefined)?.access);
    });
    app.setNotFoundHandler((req, reply) =>
      reply.status(404).send({ code: 'route-not-found', message: `接口不存在：${req.url}` }),
    );
    app.get('/api/health', async () => ({ ok: true }));
    await app.register(webStatic, { root: dir });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(tmpdir(), 'jixiao-secret.txt'), { force: true });
  });

  it('serves index.html at / and for client routes', async () => {
    for (const url of ['/', '/forms/123/edit', '/public/forms/x?y=1', '/review']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('<title>绩效</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves assets with a long cache, other files with no-cache', async () => {
    const js = await app.inject({ url: '/assets/app-abc123.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toContain('immutable');
    const svg = await app.inject({ url: '/favicon.svg' });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['cache-control']).toBe('no-cache');
  });

  it('leaves /api to the API: unknown API paths are JSON 404s, known ones work', async () => {
    const res = await app.inject({ url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('route-not-found');
    expect((await app.inject({ url: '/api/health' })).json()).toEqual({ ok: true });
  });

  it('does not serve a missing asset as the app, nor anything outside the folder', async () => {
    expect((await app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/../jixiao-secret.txt' })).body).not.toContain('TOP-SECRET-CONTENT');
    expect((await app.inject({ url: '/%2e%2e/jixiao-secret.txt' })).body).not.toContain('TOP-SECRET-CONTENT');
    expect(fileFor(dir, '/../jixiao-secret.txt')).toBeNull();
    expect(fileFor(dir, '/%E0%A4%A')).toBeNull();
    expect(fileFor(dir, '/assets')).toBeNull();
  });

  it("sends the build's compressed copy a client accepts, the file itself otherwise", async () => {
    const url = '/assets/big-def456.js';
    const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/);
    expect(br.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(br.rawPayload)).toEqual(bigScript);
    const gz = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload)).toEqual(bigScript);
    const plain = await app.inject({ url });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/);
    expect(plain.rawPayload).toEqual(bigScript);
    // Each representation has its own tag, and a client holding it is answered 304.
    expect(br.headers.etag).toBeTruthy();
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    const again = await app.inject({
      url,
      headers: { 'accept-encoding': 'gzip, deflate, br', 'if-none-match': String(br.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    // A file the build left without copies (too small) is sent as it is to every client.
    const small = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'br' } });
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body).toBe('console.log(1)');
  });

  it('declares public access on its routes', () => {
    expect(accessOf.get('GET /')).toBe('public');
    expect(accessOf.get('GET /*')).toBe('public');
  });
});
