import { Grid } from 'antd';

/**
 * Where a table's actions column sticks: at the right edge on a wide screen; on a phone it scrolls with the
 * row, or it would cover everything else.
 */
export function useFixedRight(): 'right' | undefined {
  const screens = Grid.useBreakpoint();
  return screens.md === false ? undefined : 'right';
}
