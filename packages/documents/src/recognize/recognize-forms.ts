// Rows → canonical forms (work in progress).
import type { Form } from '@jixiao/core';
import type { Row } from '../rows/row.ts';

export function recognizeForms(_rows: Row[]): Form[] {
  return [];
}
