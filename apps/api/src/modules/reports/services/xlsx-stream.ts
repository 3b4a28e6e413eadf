import { PassThrough } from 'node:stream';
import * as ExcelJS from 'exceljs';

const SHANGHAI_MS = 8 * 3600 * 1000;
export const MONEY_FORMAT = '"¥"#,##0.00;-"¥"#,##0.00';
export const TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/** Fen as a worksheet number of yuan (shown ¥0.00): exact to the fen for any amount below ¥90 trillion. */
export const yuan = (fen: string | bigint | null | undefined): number | null => (fen === null || fen === undefined ? null : Number(BigInt(fen)) / 100);
/** An instant as the wall-clock time in Asia/Shanghai (a spreadsheet date has no time zone). */
export const shanghaiTime = (at: Date | string | null | undefined): Date | null => (at ? new Date(new Date(at).getTime() + SHANGHAI_MS) : null);

export interface Column {
  header: string;
  width: number;
  format?: string;
}

/**
 * A workbook written as it is produced: rows are committed to the zip stream one by one, so an export of a
 * hundred thousand rows holds one row in memory, not the sheet.
 */
export function streamingWorkbook() {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Mengyuan';
  /** A sheet whose first row is the column headers (kept in view), or, without headers, only the columns' widths and formats. */
  const sheet = (name: string, columns: Column[], withHeader = true) => {
    const ws = workbook.addWorksheet(name.slice(0, 31), withHeader ? { views: [{ state: 'frozen', ySplit: 1 }] } : {});
    ws.columns = columns.map((c, i) => ({ key: String(i), ...(withHeader ? { header: c.header } : {}), width: c.width, style: c.format ? { numFmt: c.format } : {} }));
    if (withHeader) ws.getRow(1).font = { bold: true };
    return ws;
  };
  return { stream, workbook, sheet };
}
