/**
 * Reads the QR codes printed on a PDF as a phone would: the pages are rendered to images by
 * poppler's pdftoppm (installed by .ci/run, as pdfsig is) and the codes found with jsQR, so a test
 * follows what the code really carries, not what the text beside it says.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const run = promisify(execFile);

/** The text of the QR code found on each page that has one (first page first). */
export async function scanPdfQrCodes(pdf: Uint8Array, { dpi = 150 } = {}): Promise<string[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'qr-'));
  try {
    await fs.writeFile(path.join(dir, 'in.pdf'), pdf);
    await run('pdftoppm', ['-r', String(dpi), '-png', path.join(dir, 'in.pdf'), path.join(dir, 'page')]);
    const pages = (await fs.readdir(dir)).filter((f) => f.endsWith('.png')).sort();
    const found: string[] = [];
    for (const file of pages) {
      const png = PNG.sync.read(await fs.readFile(path.join(dir, file)));
      const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
      if (code) found.push(code.data);
    }
    return found;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
