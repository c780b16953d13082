/**
 * A figure table as an .xlsx file (for copying into documents): exceljs, loaded only when the user exports, so the
 * workbench itself stays light.
 */
export interface ExportTable {
  title: string;
  headers: string[];
  rows: (string | number)[][];
}

export async function downloadXlsx(fileName: string, table: ExportTable): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(table.title.slice(0, 31));
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 28 : 14;
  });
  const buffer = await book.xlsx.writeBuffer();
  const url = URL.createObjectURL(
    new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
