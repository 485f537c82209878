// Readers of office files into rows. Each throws ImportError with a clear reason on a bad file.
// (Issue 4 fills these in; until then they refuse with a message saying what to do.)
import type { Row } from '../rows/row.ts';
import { ImportError } from '../import-errors.ts';

export async function readDocxRows(_data: Uint8Array): Promise<Row[]> {
  throw new ImportError('unknown-format', '暂不支持读取 .docx 文件：请另存为文本后导入');
}

export async function readXlsxRows(_data: Uint8Array): Promise<Row[]> {
  throw new ImportError('unknown-format', '暂不支持读取 .xlsx 文件：请另存为文本后导入');
}

export async function readPdfRows(_data: Uint8Array): Promise<Row[]> {
  throw new ImportError('unknown-format', '暂不支持读取 .pdf 文件：请另存为文本后导入');
}

export async function readLegacyOfficeRows(_data: Uint8Array, _fileName: string): Promise<Row[]> {
  throw new ImportError(
    'legacy-office-format',
    '这是旧版 Office 格式（.doc/.xls）：请用 Word/Excel 另存为 .docx/.xlsx 后再导入',
  );
}
