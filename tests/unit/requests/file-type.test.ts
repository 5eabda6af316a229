import { describe, expect, it } from 'vitest';
import { cleanFileName, detectFileType, formatFileSize } from '@/lib/documents/file-type';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('file type by magic number', () => {
  it('recognizes PDF, JPEG and PNG whatever the name', () => {
    expect(detectFileType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46))).toBe('image/jpeg');
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
  });

  it('refuses everything else: Word, ZIP, executables, text, truncated headers', () => {
    expect(detectFileType(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBeNull(); // .doc
    expect(detectFileType(bytes(0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0))).toBeNull(); // .docx / .zip
    expect(detectFileType(bytes(0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0))).toBeNull(); // .exe
    expect(detectFileType(new TextEncoder().encode('hello PDF'))).toBeNull();
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(detectFileType(bytes())).toBeNull();
  });
});

describe('file names and sizes', () => {
  it('keeps a safe name: no folders, no control characters, a bounded length with the extension', () => {
    expect(cleanFileName('C:\\Users\\ion\\Cerere semnată.pdf')).toBe('Cerere semnată.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\u001f.pdf')).toBe('ab.pdf');
    expect(cleanFileName('   ')).toBe('document');
    const long = cleanFileName(`${'x'.repeat(300)}.pdf`);
    expect(long).toHaveLength(150);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('shows sizes as people read them', () => {
    expect(formatFileSize(740 * 1024, 'ro')).toBe('740 KB');
    expect(formatFileSize(2.45 * 1024 * 1024, 'ro')).toBe('2,5 MB');
    expect(formatFileSize(2.45 * 1024 * 1024, 'en')).toBe('2.5 MB');
    expect(formatFileSize(10, 'ro')).toBe('1 KB');
  });
});
