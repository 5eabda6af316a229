/**
 * The browser's half of an upload through a presigned POST (documents of a request, news images):
 * the type the file claims, and the POST with its progress. The server checks the bytes afterwards.
 */

const EXTENSION_TYPES: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/** The browser's type, or the one the extension suggests when the browser gives none. */
export const declaredType = (file: File) => file.type || EXTENSION_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''] || 'application/octet-stream';

/** What `postFile` rejects with when the upload was cancelled. */
export class UploadCancelled extends Error {}

/** POSTs the file to the presigned URL, reporting progress; `onCancel` receives the function that aborts it. */
export function postFile(url: string, fields: Record<string, string>, file: File, onProgress: (fraction: number) => void, onCancel?: (cancel: () => void) => void) {
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    body.append('file', file);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new Error(`upload failed: ${xhr.status}`))));
    xhr.addEventListener('error', () => reject(new Error('network')));
    xhr.addEventListener('abort', () => reject(new UploadCancelled()));
    xhr.open('POST', url);
    xhr.send(body);
    onCancel?.(() => xhr.abort());
  });
}
