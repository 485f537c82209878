// Uploaded file names are untrusted: keep only a safe base name (no directories, no control
// characters, bounded length); they are stored as data and never used as a path.

const MAX = 200;
const FORBIDDEN = '<>:"|?*';

export function safeFileName(name: string | undefined | null): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const kept = [...base.normalize('NFC')].filter((ch) => {
    const code = ch.codePointAt(0)!;
    return code >= 0x20 && code !== 0x7f && !FORBIDDEN.includes(ch);
  });
  const cleaned = kept.join('').replace(/^\.+/, '').trim();
  if (!cleaned) return 'upload';
  if (cleaned.length <= MAX) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX - ext.length) + ext;
}

/** A Content-Disposition header for a download, with the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
