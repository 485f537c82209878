// The files the server reads as documents (@jixiao/documents recognises them by content; the picker only
// offers them first): Word, Excel, OpenDocument, PDF, OFD (GB/T 33190 版式文档), saved web pages, text and
// comma-separated values, and scans or photos of a form (read by OCR).
export const DOCUMENT_FILE_TYPES =
  '.docx,.doc,.odt,.xlsx,.xls,.ods,.csv,.pdf,.ofd,.html,.htm,.mht,.mhtml,.txt,.png,.jpg,.jpeg,.tif,.tiff';
