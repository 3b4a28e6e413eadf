import type { Locator } from 'playwright-core';

/** The same generated PDFs and PNGs the demo seed uses, so tests upload real documents. */
export { demoPdf as tinyPdf } from '../../api/src/database/seed/demo-files';
import { demoPng } from '../../api/src/database/seed/demo-files';

/** A real PNG (an ID-card-like image) so the preview has something to show. */
export const tinyPng = (): Buffer => demoPng([31, 95, 214], 240, 160);

/** Today plus `days` as YYYY-MM-DD in Beijing time. */
export function shanghaiDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}

/** Picks a date in an antd DatePicker by typing it. */
export async function pickDate(scope: Locator, id: string, date: string): Promise<void> {
  const input = scope.locator(`input#${id}`);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}
