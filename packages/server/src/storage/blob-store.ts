// Uploaded originals in an S3-compatible object store (AWS S3, MinIO, Ceph, OSS/COS gateways),
// addressed by their SHA-256 so that a retried or repeated upload writes the same object and a
// rolled-back import leaves at most an unreferenced copy, never a row without its bytes.
import { AwsClient } from 'aws4fetch';
import type { S3Config } from '../config.ts';
import { defineErrors } from '../http/errors.ts';

export const storageError = defineErrors({
  'file-store-unavailable': [
    503,
    '文件存储服务（S3）暂时无法访问：原始文件未能保存或读取，请稍后重试或联系管理员',
  ],
  'file-store-not-configured': [
    503,
    '该文件保存在 S3 存储中，但服务器未配置 S3（S3_ENDPOINT 等），请联系管理员',
  ],
  'file-missing-in-store': [404, '原始文件在 S3 存储中不存在（可能已被删除），请重新上传'],
});

export interface BlobStore {
  /** Stores the bytes under a key derived from their hash; returns that key. */
  put(sha256: string, data: Uint8Array): Promise<string>;
  get(key: string): Promise<Uint8Array>;
}

const TIMEOUT_MS = 15_000;

export function s3BlobStore(config: S3Config): BlobStore {
  const client = new AwsClient({
    accessKeyId: config.accessKeyId,
    secretAccessKey: config.secretAccessKey,
    service: 's3',
    region: config.region,
    retries: 2, // the default (10, with back-off) would hold a request for minutes
  });
  const url = (key: string) =>
    `${config.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(config.bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`;
  const call = async (key: string, init: RequestInit): Promise<Response> => {
    try {
      return await client.fetch(url(key), { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (e) {
      throw storageError('file-store-unavailable', { cause: (e as Error).message });
    }
  };
  return {
    async put(sha256, data) {
      const key = `${config.prefix}${sha256}`;
      const res = await call(key, {
        method: 'PUT',
        body: data,
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(data.length) },
      });
      if (!res.ok) throw storageError('file-store-unavailable', { status: res.status });
      return key;
    },
    async get(key) {
      const res = await call(key, { method: 'GET' });
      if (res.status === 404) throw storageError('file-missing-in-store', { key });
      if (!res.ok) throw storageError('file-store-unavailable', { status: res.status });
      return new Uint8Array(await res.arrayBuffer());
    },
  };
}
