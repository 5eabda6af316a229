/** The objects of a post's image folder in the store (`news/<postId>/`), and their clean-up. */
import 'server-only';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { TStorage } from '@/lib/storage';

/** How long a presigned POST for a news image stays valid. */
export const NEWS_UPLOAD_EXPIRY_SECONDS = 10 * 60;

/**
 * Deletes the objects of the post's folder but `keep`, written before `olderThan` (an upload in
 * progress in another tab, newer, is left alone; its POST expires after NEWS_UPLOAD_EXPIRY_SECONDS).
 */
export async function sweepNewsImages(storage: TStorage, postId: string, { keep = null, olderThan = new Date(Date.now() - NEWS_UPLOAD_EXPIRY_SECONDS * 1000) }: { keep?: string | null; olderThan?: Date } = {}) {
  let token: string | undefined;
  let removed = 0;
  do {
    const page = await storage.client.send(new ListObjectsV2Command({ Bucket: storage.bucket, Prefix: `news/${postId}/`, ContinuationToken: token }));
    for (const object of page.Contents ?? []) {
      if (!object.Key || object.Key === keep || (object.LastModified && object.LastModified > olderThan)) continue;
      await storage.remove(object.Key);
      removed += 1;
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return { removed };
}
