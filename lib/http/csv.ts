/**
 * Why: every "Download CSV" (management tables, audit log) writes RFC 4180 text the same way, and neutralises
 * cells a spreadsheet would run as a formula (=, +, -, @ at the start).
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole CSV response (small tables); large exports stream csvLine() through a ReadableStream instead. */
export function csvResponse(filename: string, header: string[], rows: unknown[][]): Response {
  const body = [header, ...rows].map(csvLine).join('');
  return new Response(body, { headers: csvHeaders(filename) });
}

export function csvHeaders(filename: string): HeadersInit {
  return {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
    'cache-control': 'no-store',
  };
}
