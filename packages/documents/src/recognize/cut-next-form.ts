// The last form of a page of several, cut by the copy before its table: titled as each form before it is (…项目项目
// 绩效目标 over every project's targets, a 财政局's summary page), it is the page's next form, named by its title
// and marked cut. A title alone after forms titled otherwise (a notice naming an attachment) makes none.
import type { ProjectForm } from '@jixiao/core';
import { titledProjectName } from './titles.ts';

/** What a title says after the project it names (项目绩效目标), or null where it names none. */
function wordsAfterName(title: string | null | undefined): string | null {
  if (!title) return null;
  const name = titledProjectName(title);
  if (!name) return null;
  const at = title.indexOf(name);
  return at < 0 ? null : title.slice(at + name.length);
}

/** The project the last, cut title names, where the form read before it is titled in the same words. */
export function cutNextFormName(title: string | null, before: ProjectForm | undefined): string | null {
  if (!before || !title || title === before.title) return null;
  const words = wordsAfterName(title);
  return words !== null && words !== '' && words === wordsAfterName(before.title)
    ? titledProjectName(title)
    : null;
}
