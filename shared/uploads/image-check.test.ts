import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extensionOf,
  fileNameProblem,
  SIGNATURE_BYTES,
  signatureProblem,
  sniffImageType,
} from './image-check.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xdb);
const WEBP = Uint8Array.from(
  Buffer.concat([Buffer.from('RIFF'), Buffer.from([1, 2, 3, 4]), Buffer.from('WEBPVP8 ')]),
);

describe('sniffImageType', () => {
  it('knows the three signatures', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(WEBP)).toBe('image/webp');
    expect(SIGNATURE_BYTES).toBe(12);
  });

  it('refuses look-alikes: text, a RIFF that is not WebP (WAV), a truncated PNG, nothing', () => {
    expect(sniffImageType(Buffer.from('hello, this is text'))).toBeUndefined();
    expect(sniffImageType(Buffer.from('RIFF\x24\x08\x00\x00WAVEfmt '))).toBeUndefined();
    expect(sniffImageType(PNG.slice(0, 7))).toBeUndefined();
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
    // GIF is an image, but not one Embassy takes.
    expect(sniffImageType(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00'))).toBeUndefined();
  });

  it('finds a type only where its signature is', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (random) => {
        const type = sniffImageType(random);
        if (type === 'image/png') expect([...random.slice(0, 8)]).toEqual([...PNG.slice(0, 8)]);
        if (type === 'image/jpeg') expect([...random.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
        if (type === 'image/webp')
          expect(
            Buffer.from(random.slice(0, 4)).toString() + Buffer.from(random.slice(8, 12)).toString(),
          ).toBe('RIFFWEBP');
      }),
    );
  });
});

describe('fileNameProblem', () => {
  it('matches extensions to types in any case', () => {
    expect(fileNameProblem('image.PNG', 'image/png')).toBeUndefined();
    expect(fileNameProblem('photo.jpeg', 'image/jpeg')).toBeUndefined();
    expect(fileNameProblem('IMG_1.JPG', 'image/jpeg')).toBeUndefined();
    expect(fileNameProblem('a.b.webp', 'image/webp')).toBeUndefined();
  });

  it('refuses another type’s extension or no image’s', () => {
    expect(fileNameProblem('image.exe', 'image/png')).toBeDefined();
    expect(fileNameProblem('image.png.exe', 'image/png')).toBeDefined();
    expect(fileNameProblem('photo.jpg', 'image/png')).toBeDefined();
    expect(fileNameProblem('photo.png', 'image/webp')).toBeDefined();
  });

  it('takes a name without an extension, which claims nothing', () => {
    expect(extensionOf('screenshot')).toBeUndefined();
    expect(extensionOf('.hidden')).toBeUndefined();
    expect(extensionOf('trailing.')).toBeUndefined();
    expect(extensionOf('C:\\Users\\a\\pic.Png')).toBe('png');
    expect(fileNameProblem('screenshot', 'image/png')).toBeUndefined();
  });
});

describe('signatureProblem', () => {
  it('passes an image that is what it was declared as', () => {
    expect(signatureProblem('image/png', PNG)).toBeUndefined();
    expect(signatureProblem('image/webp', WEBP)).toBeUndefined();
  });

  it('says what a mislabelled image is, and that text is no image', () => {
    expect(signatureProblem('image/png', JPEG)).toBe(
      'the file is a JPEG image, not the PNG it was sent as; upload it again as image/jpeg',
    );
    expect(signatureProblem('image/png', Buffer.from('plain text here'))).toMatch(
      /^the file is not a PNG image/,
    );
  });
});
