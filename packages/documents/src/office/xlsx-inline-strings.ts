// The text of a sheet's inline-string cells (t="inlineStr": what report systems streaming a workbook write instead
// of shared strings) as Excel shows it. exceljs joins a phonetic run's reading (rPh, the guide a Japanese or Chinese
// Excel keeps beside a name) into the cell's text and leaves the _xHHHH_ escapes of control characters as written;
// here the cells are read from the sheet's XML during the package's safety walk, rPh left out, escapes decoded.
// A phonetic run inside a cell also makes exceljs end the row there (the rest of the sheet lost): such sheets are
// given to it without their phonetic runs.
import { strFromU8, strToU8, zipSync } from 'fflate';
import { SafeZip } from './safe-zip.ts';
import type { XmlHandler } from './xml-walk.ts';

/** The element's name without its namespace prefix (x:c → c). */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * _x000D_ and its kin, the escapes Excel writes for control characters, decoded; a carriage return (Excel's
 * _x000D_ before a line feed, or alone for a line break) is a line break once.
 */
export function decodeExcelEscapes(text: string): string {
  return withLineBreaks(
    text.includes('_x')
      ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      : text,
  );
}

/** Carriage returns (a shared string's _x000D_, which exceljs decodes) as the line breaks they print as. */
export function withLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Collects inline strings while the parts are walked, and says which sheet (by name) each part is. */
export class InlineStrings {
  /** Inline-string texts by sheet part, then by cell address (A1). */
  private readonly byPart = new Map<string, Map<string, string>>();
  /** The workbook's sheets: name and relationship id, in order. */
  private readonly sheets: { name: string; rId: string }[] = [];
  /** The workbook's relationships: id → target. */
  private readonly targets = new Map<string, string>();
  /** Sheet parts with a phonetic run (rPh, phoneticPr) inside a cell. */
  readonly phoneticParts = new Set<string>();

  /** A handler for the part's walk, or null when the part holds nothing read here. */
  handlerFor(part: string): XmlHandler | null {
    if (part === 'xl/workbook.xml') return this.workbookHandler();
    if (part === 'xl/_rels/workbook.xml.rels') return this.relationsHandler();
    if (part.startsWith('xl/worksheets/') && part.endsWith('.xml')) return this.sheetHandler(part);
    return null;
  }

  /** The inline-string texts of the sheet of this name, by address; none when it has none. */
  forSheet(name: string): ReadonlyMap<string, string> | undefined {
    const sheet = this.sheets.find((s) => s.name === name);
    const target = sheet && this.targets.get(sheet.rId);
    // As exceljs resolves it: relative to xl/, or absolute from the package root.
    return target === undefined ? undefined : this.byPart.get(`xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);
  }

  private workbookHandler(): XmlHandler {
    return {
      open: (name, attrs) => {
        if (local(name) !== 'sheet') return;
        const rId = attrs['r:id'] ?? Object.entries(attrs).find(([k]) => k.endsWith(':id'))?.[1];
        if (attrs.name !== undefined && rId !== undefined) this.sheets.push({ name: attrs.name, rId });
      },
      close() {},
      text() {},
    };
  }

  private relationsHandler(): XmlHandler {
    return {
      open: (name, attrs) => {
        if (local(name) === 'Relationship' && attrs.Id && attrs.Target)
          this.targets.set(attrs.Id, attrs.Target);
      },
      close() {},
      text() {},
    };
  }

  private sheetHandler(part: string): XmlHandler {
    let address: string | null = null; // the inline-string cell being read
    let text = '';
    let sawString = false; // the cell has its is element (a writer's cell without one is left to exceljs)
    let inText = 0; // inside a t element (of the cell's own text, not of a phonetic run)
    let phonetic = 0; // inside rPh
    let inCell = false;
    return {
      open: (name, attrs) => {
        const n = local(name);
        if (inCell && (n === 'rPh' || n === 'phoneticPr')) this.phoneticParts.add(part);
        if (n === 'c') {
          inCell = true;
          address = attrs.t === 'inlineStr' && attrs.r ? attrs.r : null;
          text = '';
          sawString = false;
        } else if (address !== null) {
          if (n === 'is') sawString = true;
          else if (n === 'rPh') phonetic++;
          else if (n === 't' && phonetic === 0) inText++;
        }
      },
      close: (name) => {
        const n = local(name);
        if (n === 'c') inCell = false;
        if (n === 'c' && address !== null) {
          if (!sawString) {
            address = null;
            return;
          }
          let cells = this.byPart.get(part);
          if (!cells) this.byPart.set(part, (cells = new Map()));
          cells.set(address, decodeExcelEscapes(text));
          address = null;
        } else if (address !== null) {
          if (n === 'rPh') phonetic = Math.max(0, phonetic - 1);
          else if (n === 't' && phonetic === 0) inText = Math.max(0, inText - 1);
        }
      },
      text: (t) => {
        if (address !== null && inText > 0) text += t;
      },
    };
  }
}

/** A cell's phonetic runs and their properties, as a sheet's XML writes them. */
const PHONETIC =
  /<(?:\w+:)?rPh\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?rPh>)|<(?:\w+:)?phoneticPr\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?phoneticPr>)/g;

/** The package again with the phonetic runs taken out of the given sheet parts (the package was verified before). */
export function withoutPhoneticRuns(data: Uint8Array, parts: ReadonlySet<string>): Uint8Array {
  const zip = new SafeZip(data);
  const files: Record<string, Uint8Array> = {};
  for (const entry of zip.entries) {
    if (entry.name.endsWith('/')) continue;
    const bytes = zip.inflate(entry);
    files[entry.name] = parts.has(entry.name) ? strToU8(strFromU8(bytes).replace(PHONETIC, '')) : bytes;
  }
  return zipSync(files, { level: 1 });
}
