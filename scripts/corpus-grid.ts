// The hand-transcribed grids of scripts/corpus-formats/*.grid (cells split by |, ^ covered from above, < from the
// left) and the helpers the scripts that print them as files share.

export interface Cell {
  text: string;
  rowspan: number;
  colspan: number;
}
export type Rows = Array<Array<Cell | null>>;
export interface Grid {
  from: string;
  title: string;
  /** Paragraphs and tables in their order: a line without `|` between table lines starts a new table. */
  parts: Array<string | Rows>;
}

/** Reads one table's lines: `^` is covered by the cell above, `<` by the cell to the left; spans are counted from them. */
function parseRows(lines: string[]): Rows {
  const raw = lines.map((l) => l.split('|').map((c) => c.trim()));
  const rows: Rows = raw.map((r) =>
    r.map((t) => (t === '^' || t === '<' ? null : { text: t, rowspan: 1, colspan: 1 })),
  );
  raw.forEach((r, i) =>
    r.forEach((t, j) => {
      if (t === '<') {
        let k = j;
        while (k > 0 && raw[i]![k] === '<') k--;
        rows[i]![k]!.colspan++;
      } else if (t === '^') {
        let k = i;
        while (k > 0 && raw[k]![j] === '^') k--;
        const cell = rows[k]![j];
        if (cell && raw[i - 1]![j] !== '<') cell.rowspan = i - k + 1;
      }
    }),
  );
  return rows;
}

/** Reads a grid: paragraphs (lines without `|`) and the tables between them. */
export function parseGrid(text: string): Grid {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const from = /^# from: (\S+)/.exec(lines[0] ?? '')?.[1];
  if (!from) throw new Error('a grid starts with "# from: FILE"');
  const body = lines.filter((l) => !l.startsWith('#'));
  const parts: Grid['parts'] = [];
  let table: string[] = [];
  for (const l of body) {
    if (l.includes('|')) table.push(l);
    else {
      if (table.length > 0) parts.push(parseRows(table));
      table = [];
      parts.push(l);
    }
  }
  if (table.length > 0) parts.push(parseRows(table));
  const first = parts.findIndex((p) => typeof p !== 'string');
  const before = parts.slice(0, first < 0 ? parts.length : first) as string[];
  const titleLine = before.find((l) => /表/.test(l)) ?? before[0] ?? from;
  return { from, title: titleLine, parts };
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** GBK bytes, through the reverse of the platform's GBK decoder (no encoder ships with Node). */
export function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, (hi << 8) | lo);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const two = table.get(ch);
      if (two === undefined) throw new Error(`no GBK code for ${ch}`);
      out.push(two >> 8, two & 0xff);
    }
  }
  return new Uint8Array(out);
}
