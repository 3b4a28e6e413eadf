export interface ParsedCode {
  cardNumber: string | null;
  secret: string | null;
  expiresAt: string | null;
}

export interface ParseResult {
  codes: ParsedCode[];
  /** 1-based line numbers that could not be read. */
  badLines: number[];
}

const DATE_ONLY = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const DATE_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const HEADER = /^(card.?(number|no)|number|卡号|secret|卡密)$/i;

const pad = (s: string) => s.padStart(2, '0');

/** An expiry as people type it (2027-12-31, 2027/12/31 23:59, ISO) → ISO instant; dates mean the end of that day in Beijing. */
export function parseExpiry(value: string): string | null {
  const v = value.trim();
  let m = DATE_ONLY.exec(v);
  if (m) return isoOrNull(`${m[1]}-${pad(m[2])}-${pad(m[3])}T23:59:59+08:00`);
  m = DATE_TIME.exec(v);
  if (m) return isoOrNull(`${m[1]}-${pad(m[2])}-${pad(m[3])}T${pad(m[4])}:${m[5]}:${m[6] ?? '00'}+08:00`);
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return isoOrNull(v);
  return null;
}

function isoOrNull(s: string): string | null {
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/**
 * Pasted codes, one a line: "cardNumber,secret[,expiresAt]" or just a secret (comma, tab or full-width comma
 * between fields). Blank lines and a header line are skipped; duplicates are kept for the server to count.
 */
export function parseCodes(text: string): ParseResult {
  const codes: ParsedCode[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const fields = line.split(/[,\t，]/).map((f) => f.trim());
    if (index === 0 && fields.every((f) => !f || HEADER.test(f) || /^(expires?.?at|有效期)$/i.test(f))) return;
    if (fields.length === 1) {
      codes.push({ cardNumber: null, secret: fields[0], expiresAt: null });
      return;
    }
    if (fields.length > 3) {
      badLines.push(index + 1);
      return;
    }
    const [cardNumber, secret, expiry] = fields;
    let expiresAt: string | null = null;
    if (expiry) {
      expiresAt = parseExpiry(expiry);
      if (!expiresAt) {
        badLines.push(index + 1);
        return;
      }
    }
    codes.push({ cardNumber: cardNumber || null, secret: secret || null, expiresAt });
  });
  return { codes, badLines };
}

/** Non-blank lines of a CSV minus its header: about how many codes a file holds. */
export function countCsvRows(text: string): number {
  let lines = 0;
  for (const line of text.split(/\r?\n/)) if (line.trim()) lines += 1;
  return Math.max(0, lines - 1);
}
