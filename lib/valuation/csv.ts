// A small CSV reader for the operator's import files: comma-separated, a header row, fields in
// double quotes when they hold commas, quotes (doubled) or line breaks. Pure.

export type CsvRow = { line: number; fields: Record<string, string> };

function splitRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      if (cells.some((c) => c.trim() !== "")) records.push({ line: start, cells });
      cells = [];
      cell = "";
      line++;
      start = line;
    } else cell += ch;
  }
  cells.push(cell);
  if (cells.some((c) => c.trim() !== "")) records.push({ line: start, cells });
  return records;
}

/** Rows keyed by the header's (trimmed, lower-case) names; each row keeps its line number for messages. */
export function parseCsv(text: string): { header: string[]; rows: CsvRow[] } {
  const [head, ...body] = splitRecords(text.replace(/^\uFEFF/, ""));
  const header = (head?.cells ?? []).map((h) => h.trim().toLowerCase());
  const rows = body.map(({ line, cells }) => ({
    line,
    fields: Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? "").trim()])),
  }));
  return { header, rows };
}
