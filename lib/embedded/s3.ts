/**
 * A local S3-compatible server (s3rver) on loopback, data under a folder of ours. It does not check
 * signatures nor enforce presigned-POST conditions: lib/documents verifies every upload after it
 * lands, as it must with any store.
 */
import fs from 'node:fs';
import path from 'node:path';
import S3rver from 's3rver';

export const EMBEDDED_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

// Browsers upload straight to the store (presigned POST) and download from it (presigned GET).
const CORS = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>*</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedMethod>POST</AllowedMethod>
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

export type TEmbeddedS3 = { endpoint: string; port: number; stop: () => Promise<void> };

export async function startEmbeddedS3({
  directory,
  port,
  buckets,
}: {
  directory: string;
  port: number;
  buckets: string[];
}): Promise<TEmbeddedS3> {
  const dir = path.resolve(directory);
  fs.mkdirSync(dir, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory: dir,
    configureBuckets: buckets.map((name) => ({ name, configs: [CORS] })),
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    port: address.port,
    stop: () => server.close(),
  };
}
