// The files the server reads as documents (@jixiao/documents recognises them by content; the picker only
// offers them first): Word, Excel, PDF, saved web pages, text and comma-separated values.
export const DOCUMENT_FILE_TYPES = '.docx,.doc,.xlsx,.xls,.csv,.pdf,.html,.htm,.mht,.mhtml,.txt';
