// The compressed copy a client is sent, by its Accept-Encoding: brotli before gzip when both are taken alike,
// the client's weights first, `*` and `q=0` as RFC 9110 reads them, identity without a header.
import { describe, expect, it } from 'vitest';
import { preferredCoding } from './content-coding.ts';

describe('the content coding a client takes', () => {
  it('answers as they are to a client that names no coding', () => {
    expect(preferredCoding(undefined)).toBe('identity');
    expect(preferredCoding('')).toBe('identity');
    expect(preferredCoding('identity')).toBe('identity');
    expect(preferredCoding('deflate')).toBe('identity');
  });

  it('prefers brotli as a browser asks (gzip, deflate, br), gzip when brotli is not taken or not offered', () => {
    expect(preferredCoding('gzip, deflate, br')).toBe('br');
    expect(preferredCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredCoding('gzip, deflate')).toBe('gzip');
    expect(preferredCoding('gzip, deflate, br', ['gzip'])).toBe('gzip');
    expect(preferredCoding('BR')).toBe('br');
  });

  it("weighs by the client's q, refuses what it weighs 0, and reads * as every coding it does not name", () => {
    expect(preferredCoding('br;q=0.5, gzip')).toBe('gzip');
    expect(preferredCoding('br;q=0, gzip;q=0.1')).toBe('gzip');
    expect(preferredCoding('gzip;q=0, identity')).toBe('identity');
    expect(preferredCoding('br; q=0.0, gzip ; q=0')).toBe('identity');
    expect(preferredCoding('*')).toBe('br');
    expect(preferredCoding('*;q=0.5, br;q=0')).toBe('gzip');
    expect(preferredCoding('*;q=0')).toBe('identity');
  });

  it('answers the same for a header read again (kept by its text)', () => {
    for (let i = 0; i < 200; i++)
      expect(preferredCoding(`gzip;q=0.${i % 9}, br;q=0`)).toBe(i % 9 ? 'gzip' : 'identity');
    expect(preferredCoding('gzip, deflate, br')).toBe('br');
  });
});
