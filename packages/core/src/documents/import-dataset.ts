/**
 * A network from a file: a region keeps its organisations, people, groups and mandates in a JSON
 * or YAML file and brings it in. Every problem is located twice — by its path in the dataset
 * (`people[3].organisationId`) and by line and column in the file, where the person will fix it —
 * in Swedish and English. Nothing is loaded here: the value goes to `runtime.load`, which
 * writes all of it or nothing.
 */
import { isNode, LineCounter, parseDocument, type Document, type ErrorCode } from 'yaml';
import { Dataset } from '../dataset/dataset.schema.js';
import { datasetLimits, formatLimit } from '../shared/limits.js';
import type { LocalizedText } from '../shared/localized.js';
import { toPlainData } from '../shared/plain-data.js';
import { parseWith, summarise, type ValidationIssue } from '../shared/validation.js';

export type DatasetFileFormat = 'json' | 'yaml';

export interface ImportDatasetOptions {
  /** The file's format; when omitted, from `fileName`'s ending, else JSON when the text starts with `{`. */
  format?: DatasetFileFormat;
  /** The file's name, for the format and for the messages. */
  fileName?: string;
}

/** An issue of an imported file: where in the dataset, and where in the file (1-based) when known. */
export interface ImportIssue extends ValidationIssue {
  line?: number;
  column?: number;
}

export type ImportDatasetResult =
  | { ok: true; value: Dataset; format: DatasetFileFormat }
  | { ok: false; issues: ImportIssue[]; message: LocalizedText; format: DatasetFileFormat };

/** What a YAML parser's error means, in words for the person who edits the file. */
const syntaxTexts: Partial<Record<ErrorCode, LocalizedText>> = {
  DUPLICATE_KEY: { sv: 'samma fält står två gånger', en: 'the same field appears twice' },
  BAD_INDENT: { sv: 'raden är fel indragen', en: 'the line is wrongly indented' },
  TAB_AS_INDENT: { sv: 'tabb används som indrag (använd mellanslag)', en: 'a tab is used as indentation (use spaces)' },
  MISSING_CHAR: { sv: 'ett tecken saknas (ett citattecken, kolon eller en hakparentes)', en: 'a character is missing (a quote, colon or bracket)' },
  MULTIPLE_DOCS: { sv: 'filen innehåller flera dokument; ett nätverk är ett dokument', en: 'the file holds several documents; a network is one document' },
  BAD_ALIAS: { sv: 'en hänvisning (alias) pekar på något som inte finns', en: 'an alias refers to nothing' },
  RESOURCE_EXHAUSTION: { sv: 'hänvisningarna (alias) blir för många', en: 'the aliases expand too far' },
};

const located = (issue: ValidationIssue, line: number | undefined, column: number | undefined): ImportIssue => {
  if (line === undefined || column === undefined) return issue;
  return {
    ...issue,
    line,
    column,
    message: {
      sv: `${issue.message.sv} (rad ${line}, kolumn ${column})`,
      en: `${issue.message.en} (line ${line}, column ${column})`,
    },
  };
};

function syntaxIssue(body: LocalizedText, detail: string, line?: number, column?: number): ImportIssue {
  const issue: ValidationIssue = {
    path: [],
    pathText: '',
    code: 'syntax',
    message: { sv: `Filen kunde inte läsas: ${body.sv} [${detail}]`, en: `The file could not be read: ${body.en} [${detail}]` },
  };
  return located(issue, line, column);
}

const failed = (issues: ImportIssue[], format: DatasetFileFormat): ImportDatasetResult => ({
  ok: false,
  issues,
  message: summarise(issues),
  format,
});

function formatOf(text: string, options: ImportDatasetOptions): DatasetFileFormat {
  if (options.format) return options.format;
  const name = options.fileName?.toLowerCase() ?? '';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  return text.trimStart().startsWith('{') ? 'json' : 'yaml';
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Where JSON.parse stopped, from its message (engines say it as a position, or as line and column). */
function jsonErrorPlace(text: string, message: string): { line?: number; column?: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  return {};
}

/** The place in the file of the value at `path`, or of the nearest value around it that is there. */
function placeOf(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): { line?: number; column?: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return {};
}

/**
 * Reads a network's dataset from the text of a JSON or YAML file: the dataset, checked exactly as
 * `runtime.load` checks it (schema, limits, references), or every issue with its path, line and
 * column. Never throws.
 */
export function importDataset(text: string, options: ImportDatasetOptions = {}): ImportDatasetResult {
  const format = formatOf(text, options);
  if (text.length > datasetLimits.maxSize) {
    return failed(
      [
        syntaxIssue(
          { sv: `filen är större än högst tillåtna ${formatLimit(datasetLimits.maxSize, 'sv')} tecken`, en: `the file is larger than the allowed ${formatLimit(datasetLimits.maxSize, 'en')} characters` },
          'too_big',
        ),
      ],
      format,
    );
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2' });
  let data: unknown;
  if (format === 'json') {
    try {
      data = JSON.parse(text) as unknown;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const { line, column } = jsonErrorPlace(text, detail);
      return failed([syntaxIssue({ sv: 'texten är inte giltig JSON', en: 'the text is not valid JSON' }, detail.slice(0, 200), line, column)], format);
    }
  } else {
    if (doc.errors.length > 0) {
      const issues = doc.errors.map((e) => {
        const body = syntaxTexts[e.code] ?? { sv: 'texten är inte giltig YAML', en: 'the text is not valid YAML' };
        const place = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
        return syntaxIssue(body, e.code, place.line, place.col);
      });
      return failed(issues, format);
    }
    try {
      data = doc.toJS({ maxAliasCount: 100 }) as unknown;
    } catch (error) {
      const detail = error instanceof Error ? error.message.slice(0, 200) : 'error';
      return failed([syntaxIssue({ sv: 'texten kunde inte tolkas', en: 'the text could not be interpreted' }, detail)], format);
    }
  }

  // The place of a path in the file: from the YAML reading of the same text (JSON is YAML too).
  const where = (path: readonly PropertyKey[]) => (doc.errors.length === 0 ? placeOf(doc, lineCounter, path) : {});
  const plain = toPlainData(data, datasetLimits);
  if (!plain.ok) return failed(plain.issues.map((i) => { const p = where(i.path); return located(i, p.line, p.column); }), format);
  const parsed = parseWith(Dataset, plain.value);
  if (!parsed.ok) return failed(parsed.issues.map((i) => { const p = where(i.path); return located(i, p.line, p.column); }), format);
  return { ok: true, value: parsed.value, format };
}
