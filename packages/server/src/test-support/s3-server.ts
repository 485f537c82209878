// A minimal S3-protocol peer for tests (path-style PUT/GET of objects): it refuses requests that are
// not SigV4-signed with the expected key id or whose payload hash does not match the body, and can
// be switched to fail like an unavailable store.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export interface TestS3 {
  endpoint: string;
  objects: Map<string, Buffer>;
  requests: string[];
  /** When set, every request gets this status (e.g. 503). */
  failWith: number | null;
  close(): Promise<void>;
}

export async function startTestS3(accessKeyId: string): Promise<TestS3> {
  const state = {
    objects: new Map<string, Buffer>(),
    requests: [] as string[],
    failWith: null as number | null,
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const key = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      state.requests.push(`${req.method} ${key}`);
      const auth = req.headers.authorization ?? '';
      const signed = new RegExp(
        `^AWS4-HMAC-SHA256 Credential=${accessKeyId}/\\d{8}/[a-z0-9-]+/s3/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$`,
      ).test(auth);
      const hash = req.headers['x-amz-content-sha256'];
      const hashOk = hash === 'UNSIGNED-PAYLOAD' || hash === createHash('sha256').update(body).digest('hex');
      if (state.failWith) return void res.writeHead(state.failWith).end();
      if (!signed || !hashOk)
        return void res.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
      if (req.method === 'PUT') {
        state.objects.set(key, body);
        return void res.writeHead(200, { etag: '"x"' }).end();
      }
      if (req.method === 'GET') {
        const obj = state.objects.get(key);
        if (!obj) return void res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
        return void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(obj);
      }
      res.writeHead(405).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return Object.assign(state, {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
