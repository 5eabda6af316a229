import { describe, expect, it } from 'vitest';
import { setupTestBucket } from './support';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);

async function postUpload(presigned: { url: string; fields: Record<string, string> }, file: Buffer, type: string, name: string) {
  const form = new FormData();
  for (const [key, value] of Object.entries(presigned.fields)) form.append(key, value);
  form.append('file', new Blob([new Uint8Array(file)], { type }), name);
  return fetch(presigned.url, { method: 'POST', body: form });
}

describe('storage against the real S3-compatible server', () => {
  it('presigned POST upload, HeadObject, first bytes, presigned GET as attachment, delete', async () => {
    const storage = await setupTestBucket();
    const key = 'requests/test/9b0c1a2e';

    const presigned = await storage.presignUpload({ key, contentType: 'application/pdf', maxBytes: 10 * 1024 * 1024 });
    expect(presigned.fields).toMatchObject({ key, 'Content-Type': 'application/pdf' });
    // The policy carries the size range and the exact type, for stores that enforce it.
    const policy = JSON.parse(Buffer.from(presigned.fields.Policy as string, 'base64').toString('utf8'));
    expect(policy.conditions).toEqual(expect.arrayContaining([['content-length-range', 1, 10 * 1024 * 1024], ['eq', '$Content-Type', 'application/pdf']]));

    const upload = await postUpload(presigned, PDF, 'application/pdf', 'cerere.pdf');
    expect(upload.status).toBeLessThan(300);

    expect(await storage.head(key)).toMatchObject({ size: PDF.length, contentType: 'application/pdf' });
    expect(Buffer.from(await storage.readStart(key, 5)).toString('latin1')).toBe('%PDF-');

    const url = await storage.presignDownload({ key, fileName: 'Certificat fiscal – Ștefan.pdf' });
    expect(url).toContain('X-Amz-Expires=60');
    const download = await fetch(url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('attachment;');
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''Certificat%20fiscal%20%E2%80%93%20%C8%98tefan.pdf");
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    await storage.remove(key);
    expect(await storage.head(key)).toBeNull();
  });

  it('head of a missing object is null, not an error', async () => {
    const storage = await setupTestBucket();
    expect(await storage.head('requests/none/missing')).toBeNull();
  });
});
