import { describe, expect, it } from 'vitest';
import { detectNewsImageType, newsImageTypeOf } from '@/lib/news/image-type';

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('news image types', () => {
  it('recognizes JPEG, PNG and WebP by their first bytes', () => {
    expect(detectNewsImageType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF\0\0\0\0'))).toBe('image/jpeg');
    expect(detectNewsImageType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('image/png');
    expect(detectNewsImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBP'))).toBe('image/webp');
  });

  it('refuses anything else, a PDF and a short RIFF included', () => {
    expect(detectNewsImageType(bytes('%PDF-1.7\n\0\0\0'))).toBeNull();
    expect(detectNewsImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVE'))).toBeNull();
    expect(detectNewsImageType(bytes('RIFF'))).toBeNull();
    expect(detectNewsImageType(bytes('GIF89a\0\0\0\0\0\0'))).toBeNull();
  });

  it('reads the type a key was made for, and only a news image key', () => {
    expect(newsImageTypeOf('news/abc/0f8fad5b-d9cb-469f-a165-70867728950e.webp')).toBe('image/webp');
    expect(newsImageTypeOf('news/abc/0f8fad5b-d9cb-469f-a165-70867728950e.jpg')).toBe('image/jpeg');
    expect(newsImageTypeOf('requests/abc/0f8fad5b-d9cb-469f-a165-70867728950e.png')).toBeNull();
    expect(newsImageTypeOf('news/abc/../x/0f8fad5b-d9cb-469f-a165-70867728950e.png')).toBeNull();
    expect(newsImageTypeOf('news/abc/0f8fad5b-d9cb-469f-a165-70867728950e.svg')).toBeNull();
  });
});
