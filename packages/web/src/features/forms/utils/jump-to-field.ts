// Scrolls to the field a JSON pointer names (or its nearest shown parent), focuses it and flashes it.
import { fieldDomId } from './finding-paths.ts';

export function jumpToField(pointer: string): boolean {
  let p = pointer;
  for (;;) {
    const el = document.getElementById(fieldDomId(p));
    if (el) {
      el.scrollIntoView({ behavior: 'smooth', block: 'center' });
      const input = el.matches('input, textarea')
        ? el
        : el.querySelector<HTMLElement>('input, textarea, [tabindex]');
      (input as HTMLElement | null)?.focus({ preventScroll: true });
      el.classList.remove('field-flash');
      void el.offsetWidth;
      el.classList.add('field-flash');
      return true;
    }
    const cut = p.lastIndexOf('/');
    if (cut <= 0) return false;
    p = p.slice(0, cut);
  }
}
