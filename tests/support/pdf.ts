/** Reading PDFs in tests as an outsider would: the text a reader copies, and what an independent verifier (poppler's pdfsig) says of its signatures. */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const run = promisify(execFile);

/** The text of each page, one line per text item. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const pdf = await getDocument({ data: Uint8Array.from(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  await pdf.destroy();
  return pages;
}

export type TSignatureReport = { commonName: string; validation: string; total: boolean; subFilter: string };

/** What pdfsig says about each signature of the file (NSS underneath: not the library that signed). */
export async function pdfsig(bytes: Uint8Array): Promise<TSignatureReport[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pdfsig-'));
  try {
    const file = path.join(dir, 'in.pdf');
    await fs.writeFile(file, bytes);
    const { stdout } = await run('pdfsig', [file]);
    return stdout
      .split(/^Signature #\d+:$/m)
      .slice(1)
      .map((block) => ({
        commonName: /Signer Certificate Common Name: (.*)$/m.exec(block)?.[1] ?? '',
        validation: /Signature Validation: (.*)$/m.exec(block)?.[1] ?? '',
        total: /^\s*- Total document signed$/m.test(block),
        subFilter: /Signature Type: (.*)$/m.exec(block)?.[1] ?? '',
      }));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
