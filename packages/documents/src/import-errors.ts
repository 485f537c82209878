// Why a file could not be imported: a stable code for programs and a Chinese sentence for people.

export type ImportErrorCode =
  | 'file-not-found'
  | 'file-unreadable'
  | 'empty-file'
  | 'file-too-large'
  | 'binary-file'
  | 'unknown-format'
  | 'no-form-found'
  | 'unsupported-form'
  | 'legacy-office-format'
  | 'corrupt-archive'
  | 'archive-too-large'
  | 'encrypted-file'
  | 'unsafe-xml'
  | 'document-too-complex'
  | 'too-many-lines'
  | 'import-timeout'
  | 'pdf-no-text'
  | 'ocr-unavailable'
  | 'ocr-no-text'
  | 'ocr-too-many-pages'
  | 'ocr-timeout'
  | 'pdf-unreadable'
  | 'ofd-unreadable'
  | 'ofd-no-text'
  | 'corrupt-file'
  | 'conversion-failed'
  | 'html-too-complex';

export interface ImportProblem {
  code: ImportErrorCode;
  message: string;
}

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
  }
  toProblem(): ImportProblem {
    return { code: this.code, message: this.message };
  }
}

/** Largest file the engine reads; bigger files are refused before they are read into memory. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The refusal of a file past a size cap (MAX_IMPORT_BYTES unless a reader has its own, as an archive of a
 * batch does): its size (to a tenth of a MB, so one just over the cap reads as over it) and the cap. */
export function fileTooLarge(bytes: number, cap: number = MAX_IMPORT_BYTES): ImportError {
  return new ImportError(
    'file-too-large',
    `文件过大（${(bytes / 1048576).toFixed(1)} MB，超过上限 ${megabytes(cap)} MB）：请删去无关内容或拆分成几个文件后导入`,
  );
}

/** A cap in MB: whole when it is whole, else to a tenth. */
const megabytes = (bytes: number) => {
  const mb = bytes / 1048576;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
};

/** The Chinese refusal for a file whose structure is far beyond any real form. */
export function tooComplex(detail: string): ImportError {
  return new ImportError(
    'document-too-complex',
    `文档结构过于复杂（${detail}），正常的绩效目标表、自评表或预算公开文件不会这样：请删去无关内容或拆分成几个文件后再导入`,
  );
}

/** The refusal of a document of cells printed one per line too long to be rebuilt into a table: what was found
 * (its lines), the cap, and what to do. */
export function streamTooLong(lines: number, cap: number): ImportError {
  return new ImportError(
    'too-many-lines',
    `文件有 ${lines} 行，大多每行只有一个单元格：一格一行的表格超过上限 ${cap} 行时不再还原成表，因此没有读出表单；请把文件拆分成几个较小的文件，或只复制粘贴一张表后再导入`,
  );
}
