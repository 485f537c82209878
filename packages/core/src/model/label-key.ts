// A printed label as it is matched and kept: the reader looks labels up by it, the server stores a taught label
// by it, and the import preview compares a pointed label with the taught ones by it (a PDF or text copy prints
// 战略领域 财政事权 with spaces, kept as 战略领域财政事权).

/** A label for matching: no spaces, no trailing colon, full-width brackets. */
const NEEDS_KEYING = /[\s\u3000:：()]/;

export function labelKey(text: string): string {
  if (!NEEDS_KEYING.test(text)) return text;
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/[:：]$/, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}
