import 'server-only';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AwsClient } from 'aws4fetch';
import { isStorageKey } from './keys';

/**
 * Where media bytes live. One interface, two homes: a folder on the server's disk (the default; fine for one
 * server or a shared volume) or an S3-compatible bucket (several stateless servers). The database keeps
 * only the key. Keys are made by newStorageKey() and checked before use, so no key can reach outside.
 */
export interface MediaStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  /** The size in bytes, or null when nothing is stored under the key. */
  size(key: string): Promise<number | null>;
  /**
   * Bytes start..end (both included) as a stream, without reading the rest of the file: what a video player
   * seeking asks for. The caller checks the range against size() first. null when nothing is stored.
   */
  readRange(key: string, range: { start: number; end: number }): Promise<ReadableStream<Uint8Array> | null>;
  delete(key: string): Promise<void>;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

function requireKey(key: string): string {
  if (!isStorageKey(key)) throw new Error('Not a media storage key.');
  return key;
}

/** Files under one folder (MEDIA_DIR, default .data/media), written whole then renamed into place. */
export function localDiskStorage(root: string): MediaStorage {
  const fileFor = (key: string) => path.join(root, requireKey(key));
  return {
    async put(key, bytes) {
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { flag: 'wx' });
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(fileFor(key)));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async size(key) {
      try {
        return (await stat(fileFor(key))).size;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async readRange(key, { start, end }) {
      const file = fileFor(key);
      // Opened before returning, so a missing file is null here rather than an error mid-response.
      const stream = createReadStream(file, { start, end });
      try {
        await new Promise<void>((resolve, reject) => {
          stream.once('open', () => resolve());
          stream.once('error', reject);
        });
      } catch (error) {
        stream.destroy();
        if (isMissing(error)) return null;
        throw error;
      }
      return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await rm(fileFor(key), { force: true });
    },
  };
}

export type S3Settings = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

/**
 * An S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, …) through signed HTTP requests (aws4fetch, one small
 * dependency-free package, instead of the whole AWS SDK). Path-style URLs: endpoint/bucket/key.
 */
export function s3Storage(settings: S3Settings): MediaStorage {
  const client = new AwsClient({
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    region: settings.region,
    service: 's3',
  });
  const urlFor = (key: string) => `${settings.endpoint.replace(/\/$/, '')}/${settings.bucket}/${requireKey(key)}`;
  return {
    async put(key, bytes, contentType) {
      const response = await client.fetch(urlFor(key), {
        method: 'PUT',
        body: bytes as Uint8Array<ArrayBuffer>,
        headers: { 'Content-Type': contentType },
      });
      if (!response.ok) throw new Error(`Media storage refused the upload (${response.status}).`);
    },
    async get(key) {
      const response = await client.fetch(urlFor(key), { method: 'GET' });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`Media storage refused the download (${response.status}).`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async size(key) {
      const response = await client.fetch(urlFor(key), { method: 'HEAD' });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`Media storage refused to describe a file (${response.status}).`);
      return Number(response.headers.get('content-length'));
    },
    async readRange(key, { start, end }) {
      // The bucket sends only these bytes (HTTP Range, which S3 and its look-alikes all support).
      const response = await client.fetch(urlFor(key), { method: 'GET', headers: { Range: `bytes=${start}-${end}` } });
      if (response.status === 404) return null;
      if (!response.ok || !response.body) throw new Error(`Media storage refused the download (${response.status}).`);
      return response.body;
    },
    async delete(key) {
      const response = await client.fetch(urlFor(key), { method: 'DELETE' });
      if (!response.ok && response.status !== 404) throw new Error(`Media storage refused the delete (${response.status}).`);
    },
  };
}

/**
 * The storage this server is configured for: S3 when MEDIA_S3_BUCKET is set (with MEDIA_S3_ENDPOINT,
 * MEDIA_S3_REGION, MEDIA_S3_ACCESS_KEY_ID, MEDIA_S3_SECRET_ACCESS_KEY), otherwise the disk folder MEDIA_DIR.
 */
export function mediaStorage(env: NodeJS.ProcessEnv = process.env): MediaStorage {
  const bucket = env.MEDIA_S3_BUCKET;
  if (bucket) {
    const settings = {
      endpoint: env.MEDIA_S3_ENDPOINT ?? `https://s3.${env.MEDIA_S3_REGION ?? 'eu-west-2'}.amazonaws.com`,
      bucket,
      region: env.MEDIA_S3_REGION ?? 'eu-west-2',
      accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID ?? '',
      secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY ?? '',
    };
    if (!settings.accessKeyId || !settings.secretAccessKey) {
      throw new Error('MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY must be set with MEDIA_S3_BUCKET.');
    }
    return s3Storage(settings);
  }
  return localDiskStorage(path.resolve(env.MEDIA_DIR || '.data/media'));
}
