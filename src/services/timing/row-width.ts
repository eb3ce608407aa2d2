import { RacedeskError } from '../../domain/errors';

/** How wide every data row of a file must be, as its header says. */
export interface RowShape {
  fileName: string;
  width: number;
  /** The header ends with a separator, so rows may too: a last empty cell beyond `width` is allowed. */
  trailingSeparator: boolean;
  /** Rows missing trailing columns are padded with empty cells. */
  padShortRows: boolean;
}

/**
 * The number of cells a row of `cellCount` cells is read with (its own, or `width` once padded), or a
 * refusal naming the line. `lastCell` is the row's last cell as written.
 */
export function fittedCellCount(shape: RowShape, cellCount: number, lastCell: string, line: number): number {
  if (shape.padShortRows && cellCount < shape.width) return shape.width;
  if (cellCount === shape.width) return cellCount;
  if (shape.trailingSeparator && cellCount === shape.width + 1 && lastCell.trim() === '') return cellCount;
  const found = shape.trailingSeparator && lastCell === '' ? cellCount - 1 : cellCount;
  throw new RacedeskError('bad-file', `${shape.fileName} line ${line}: ${found} columns, expected ${shape.width}`);
}
