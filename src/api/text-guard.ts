/**
 * Rejects text no real name, identifier or parameter contains: NUL and other control characters,
 * lone surrogates (JSON "\ud800" decodes to one, and it breaks UTF-8 output downstream) and the
 * non-characters U+FFFE/U+FFFF. Tab, CR and LF pass: pasted spreadsheet cells carry them.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

export function textProblem(value: string): string | undefined {
  // ES2024 API, present in Node 20; the project's lib setting predates it.
  if (!(value as unknown as { isWellFormed(): boolean }).isWellFormed()) return 'contains a lone surrogate (invalid Unicode)';
  if (CONTROL.test(value)) return 'contains control characters';
  return undefined;
}

export interface TextIssue {
  field: string;
  problem: string;
}

/** Walks parsed input (bounded by the body limit) and names the first bad string, e.g. body.queries.3.name. */
export function findTextIssue(value: unknown, path: string, depth = 0): TextIssue | undefined {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { field: path, problem } : undefined;
  }
  if (depth > 32 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const issue = findTextIssue(value[i], `${path}.${i}`, depth + 1);
      if (issue) return issue;
    }
    return undefined;
  }
  for (const [key, v] of Object.entries(value)) {
    const keyProblem = textProblem(key);
    if (keyProblem) return { field: `${path}.${key}`, problem: `key ${keyProblem}` };
    const issue = findTextIssue(v, `${path}.${key}`, depth + 1);
    if (issue) return issue;
  }
  return undefined;
}
