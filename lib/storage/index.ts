/**
 * The one door to file storage: any S3-compatible store (AWS S3, MinIO, R2, or the embedded
 * s3rver). File bytes go between the browser and the store through presigned URLs; the server only
 * signs, checks (HeadObject, first bytes) and deletes.
 */
import crypto from 'node:crypto';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost, type PresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { env } from '@/lib/env';

export type TStorageConfig = {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
};

export type TStorage = ReturnType<typeof createStorage>;

export function storageConfigFromEnv(): TStorageConfig {
  const e = env();
  if (!e.S3_BUCKET) throw new Error('S3_BUCKET is not set: start the portal with `npm start`, which provides it.');
  return {
    endpoint: e.S3_ENDPOINT,
    region: e.S3_REGION,
    bucket: e.S3_BUCKET,
    accessKeyId: e.S3_ACCESS_KEY_ID,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY,
    forcePathStyle: e.S3_FORCE_PATH_STYLE ?? Boolean(e.S3_ENDPOINT),
  };
}

export function createStorage(config: TStorageConfig) {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
  });
  const Bucket = config.bucket;

  return {
    client,
    bucket: Bucket,

    /**
     * A presigned POST that only accepts this key, this exact Content-Type and at most maxBytes.
     * Stores like s3rver do not enforce the conditions: always `head` + `readStart` afterwards.
     */
    async presignUpload({
      key,
      contentType,
      maxBytes,
      expiresInSeconds = 300,
    }: {
      key: string;
      contentType: string;
      maxBytes: number;
      expiresInSeconds?: number;
    }): Promise<PresignedPost> {
      return createPresignedPost(client, {
        Bucket,
        Key: key,
        Conditions: [
          ['content-length-range', 1, maxBytes],
          ['eq', '$Content-Type', contentType],
        ],
        Fields: { 'Content-Type': contentType },
        Expires: expiresInSeconds,
      });
    },

    /** A short-lived download link that makes the browser save the file under its name. */
    async presignDownload({
      key,
      fileName,
      expiresInSeconds = 60,
    }: {
      key: string;
      fileName: string;
      expiresInSeconds?: number;
    }): Promise<string> {
      const ascii = fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'document';
      return getSignedUrl(
        client,
        new GetObjectCommand({
          Bucket,
          Key: key,
          ResponseContentDisposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        }),
        { expiresIn: expiresInSeconds },
      );
    },

    /** Size and type of a stored object, or null when there is none. */
    async head(key: string): Promise<{ size: number; contentType?: string } | null> {
      try {
        const out = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return { size: out.ContentLength ?? 0, contentType: out.ContentType };
      } catch (error) {
        if (error instanceof NotFound || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
        throw error;
      }
    },

    /** The first `bytes` bytes of an object (for magic-number checks). */
    async readStart(key: string, bytes = 16): Promise<Uint8Array> {
      const out = await client.send(new GetObjectCommand({ Bucket, Key: key, Range: `bytes=0-${bytes - 1}` }));
      const body = await out.Body?.transformToByteArray();
      return (body ?? new Uint8Array()).slice(0, bytes);
    },

    /** SHA-256 (hex) of a stored object, read as a stream from the store. */
    async sha256(key: string): Promise<string> {
      const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      const hash = crypto.createHash('sha256');
      for await (const chunk of out.Body as AsyncIterable<Uint8Array>) hash.update(chunk);
      return hash.digest('hex');
    },

    /** A whole object, for the server's own use (sealing a clerk's PDF, a stored receipt); browsers get presigned URLs. */
    async get(key: string): Promise<Uint8Array> {
      const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
      return (await out.Body?.transformToByteArray()) ?? new Uint8Array();
    },

    /** Stores bytes the server made (a sealed document). */
    async put(key: string, bytes: Uint8Array, contentType: string) {
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.length }));
    },

    async remove(key: string) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },

    async ensureBucket() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch {
        await client.send(new CreateBucketCommand({ Bucket }));
      }
    },

    /** For /api/health. */
    async ping() {
      await client.send(new HeadBucketCommand({ Bucket }));
    },
  };
}

const globalForStorage = globalThis as unknown as { portalStorage?: TStorage };

export function getStorage(): TStorage {
  globalForStorage.portalStorage ??= createStorage(storageConfigFromEnv());
  return globalForStorage.portalStorage;
}
