// A list page's answer as the text its route sends, from rows whose item PostgreSQL wrote as JSON
// (db/json-text.ts): the items joined as they came, the page's end (its total, its next cursor) written after
// them — the bytes JSON.stringify or the route's compiled serializer wrote of the same page as objects.

/** A row of a page statement that writes its item: the item's JSON text. */
export interface ItemRow {
  item: string;
}

/** What follows the items, in the answer's order: numbers, booleans, null, a cursor's text. */
type PageEnd = Readonly<Record<string, string | number | boolean | null>>;

/** `{"items":[…],…end}`: the items' own texts, the end's fields after them as JSON.stringify writes them. */
export function pageJsonText(items: readonly ItemRow[], end: PageEnd): string {
  let text = '{"items":[';
  for (let i = 0; i < items.length; i++) text += i === 0 ? items[i]!.item : `,${items[i]!.item}`;
  text += ']';
  for (const key of Object.keys(end)) text += `,${JSON.stringify(key)}:${JSON.stringify(end[key])}`;
  return `${text}}`;
}
