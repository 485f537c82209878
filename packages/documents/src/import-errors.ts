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
  | 'pdf-no-text'
  | 'pdf-unreadable'
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
