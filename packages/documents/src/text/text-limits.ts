/** No form has rows this wide: cells past it are not read (a hostile file cannot make memory explode). */
export const MAX_CELLS_PER_ROW = 256;
