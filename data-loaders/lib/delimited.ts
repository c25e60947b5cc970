/** One record of a delimited text file, with the 1-based physical line it starts on. */
export interface DelimitedRecord {
  line: number;
  cells: string[];
}

/**
 * Splits delimited text (`;` by default) into records. Quoted fields may contain the delimiter, doubled quotes
 * and line breaks (the footers of Regionaldatenbank exports do). Line numbers count physical lines, so error
 * messages point where an editor shows the problem.
 */
export function parseDelimited(text: string, delimiter = ";"): DelimitedRecord[] {
  const records: DelimitedRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let atRecordStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    atRecordStart = false;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell === "") {
      quoted = true;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      records.push({line: recordLine, cells});
      cells = [];
      cell = "";
      line++;
      recordLine = line;
      atRecordStart = true;
    } else {
      cell += c;
    }
  }
  if (!atRecordStart || cell !== "" || cells.length > 0) {
    cells.push(cell);
    records.push({line: recordLine, cells});
  }
  return records;
}
