// Which compressed copy of a page a client takes, from its Accept-Encoding (RFC 9110 §12.5.3): the coding it
// weighs highest among those offered, the server's order breaking ties (brotli is smaller than gzip), `*`
// standing for any coding it does not name, `q=0` refusing one; identity when it accepts none (no header
// at all means no compressed answer: an old client or a script asking for the bytes as they are).

export type CompressedCoding = 'br' | 'gzip';
export type ContentCoding = CompressedCoding | 'identity';

/** The weight of each coding a header names (`*` included), lower-cased; a weight that is not a number is 1. */
function weights(header: string): Map<string, number> {
  const named = new Map<string, number>();
  for (const part of header.split(',')) {
    const [coding, ...params] = part.split(';');
    const name = coding!.trim().toLowerCase();
    if (name === '') continue;
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)).find((m) => m !== null);
    const weight = q ? Number(q[1]) : 1;
    named.set(name, Number.isFinite(weight) ? weight : 1);
  }
  return named;
}

/** What a page offers unless told otherwise: brotli, then gzip. */
const BOTH: readonly CompressedCoding[] = ['br', 'gzip'];
/** Per offer, headers already read by their text: browsers send the same few, so each is parsed once. */
const chosenFor = new WeakMap<readonly CompressedCoding[], Map<string, ContentCoding>>();
const MAX_KEPT = 64;

/** The coding to answer in, of `offered` (the server's order of preference), for this Accept-Encoding. */
export function preferredCoding(
  header: string | undefined,
  offered: readonly CompressedCoding[] = BOTH,
): ContentCoding {
  if (!header) return 'identity';
  let chosen = chosenFor.get(offered);
  if (!chosen) chosenFor.set(offered, (chosen = new Map()));
  const kept = chosen.get(header);
  if (kept) return kept;
  const named = weights(header);
  let best: ContentCoding = 'identity';
  let bestWeight = 0;
  for (const coding of offered) {
    const weight = named.get(coding) ?? named.get('*') ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [coding, weight];
  }
  if (chosen.size >= MAX_KEPT) chosen.clear();
  chosen.set(header, best);
  return best;
}
