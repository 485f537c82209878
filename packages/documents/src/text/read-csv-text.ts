// Reads a table saved as comma-separated values (Excel's 另存为 CSV, a system's export): quoted cells may hold
// commas, quotes and line breaks. Recognised by its content, not its name: Excel writes every record of a sheet
// to the same number of fields, which prose and space-aligned tables with amounts like 1,320.00 do not.
import { parse } from 'csv-parse/sync';
import type { Row } from '../rows/row.ts';
import { MAX_CELLS_PER_ROW } from './text-limits.ts';
import { withLostBreaksRestored } from './csv-lost-breaks.ts';

/** A sheet this narrow is no table; fewer records than this show no shape. */
const MIN_FIELDS = 3;
const MIN_RECORDS = 3;
/** Records of the common width a CSV holds at the least (a hand-edited file may have a few short lines). */
const COMMON_WIDTH_SHARE = 0.8;

interface CsvRecord {
  cells: string[];
  /** The text's line the record starts on (a quoted cell may run over several lines). */
  line: number;
}

/**
 * The text's records, or null when it is not comma-separated (does not parse, or its records differ in width) —
 * read again with its lost record breaks restored (csv-lost-breaks.ts) when it is not, line numbers then counted
 * in the restored text.
 */
function csvRecords(text: string): CsvRecord[] | null {
  const records = csvRecordsAsWritten(text);
  if (records !== null || !text.includes('"') || text.includes('\t')) return records;
  const restored = withLostBreaksRestored(text);
  if (restored === null) return null;
  // The lines above the table that hold no comma (the post's title and byline) are no records of its width.
  const lines = restored.split('\n');
  const above = lines.findIndex((l) => l.includes(','));
  const head = lines.slice(0, Math.max(above, 0)).filter((l) => l.trim() !== '');
  const body = csvRecordsAsWritten(lines.slice(Math.max(above, 0)).join('\n'));
  if (body === null) return null;
  return [
    ...head.map((l, i) => ({ cells: [l.trim()], line: i + 1 })),
    ...body.map((r) => ({ ...r, line: r.line + above })),
  ];
}

function csvRecordsAsWritten(text: string): CsvRecord[] | null {
  if (text.includes('\t') || !text.includes(',')) return null;
  if (!mayHoldCommonWidth(text)) return null;
  let parsed: Array<{ record: string[]; info: { lines: number } }>;
  try {
    parsed = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // A runaway quote would take the rest of the file into one cell: such a text is no CSV.
      max_record_size: 1_000_000,
    }) as unknown as typeof parsed;
  } catch {
    return null;
  }
  if (parsed.length < MIN_RECORDS) return null;
  const widths = new Map<number, number>();
  for (const { record } of parsed) widths.set(record.length, (widths.get(record.length) ?? 0) + 1);
  const [width, count] = [...widths].sort((a, b) => b[1] - a[1])[0]!;
  if (width < MIN_FIELDS || count < MIN_RECORDS || count < COMMON_WIDTH_SHARE * parsed.length) return null;
  // info.lines is the line the record ends on; a record's own line breaks are inside quoted cells.
  return parsed.map(({ record, info }) => ({
    cells: record.slice(0, MAX_CELLS_PER_ROW).map((c) => c.trim()),
    line: info.lines - (record.join('').match(/\n/g)?.length ?? 0),
  }));
}

/**
 * Whether the text may pass the width test below, asked before it is parsed (most texts with a comma are prose
 * or space-aligned tables with amounts like 1,320.00, and parsing one costs a thrown error at its first quote).
 * Without a quote or a carriage return each non-empty line is one record and its commas part its fields, so
 * the common width of three fields or more needs as many lines with two commas as it has records: three at
 * least, and COMMON_WIDTH_SHARE of the non-empty lines. With quotes or \r a record may span lines: parsed.
 */
function mayHoldCommonWidth(text: string): boolean {
  if (text.includes('"') || text.includes('\r')) return true;
  let records = 0;
  let wide = 0;
  // The next comma is kept, not looked for again from each line: lines without a comma before a comma far below
  // (prose, an amount at the end) each ran to it.
  let comma = text.indexOf(',');
  // The byte order mark is no part of the first record (parse's bom option drops it).
  for (let start = text.charCodeAt(0) === 0xfeff ? 1 : 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (comma >= 0 && comma < start) comma = text.indexOf(',', start);
    if (end > start) {
      records++;
      if (comma >= 0 && comma < end) {
        const second = text.indexOf(',', comma + 1);
        if (second >= 0 && second < end) wide++;
        comma = second;
      }
    }
    start = end + 1;
  }
  return wide >= MIN_RECORDS && wide >= COMMON_WIDTH_SHARE * records;
}

/** True when the text is a comma-separated table. */
export function looksCommaSeparated(text: string): boolean {
  return csvRecords(text) !== null;
}

/**
 * A comma-separated table's rows. As in a sheet (read-xlsx.ts), a record whose only filled cell is its first is
 * a title or a note, unless it stands between two rows of a table (a label whose figures were left empty).
 */
export function readCsvRows(text: string): Row[] {
  const records = csvRecords(text) ?? [];
  const filled = (r: CsvRecord | undefined) => r?.cells.filter((c) => c !== '').length ?? 0;
  return records.map((r, i) => {
    const lone = filled(r) === 1 && r.cells[0] !== '';
    const inside = filled(records[i - 1]) > 1 && filled(records[i + 1]) > 1;
    return lone && !inside
      ? { cells: [r.cells[0]!], table: false, line: r.line }
      : { cells: r.cells, table: true, line: r.line };
  });
}
