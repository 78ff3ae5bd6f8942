/**
 * Bytes → text for ingestion: refuses binary files with a message saying what they look like, reads
 * UTF-8 (BOM or not) and falls back to Windows-1252, the usual encoding of older French web pages.
 */
import { IngestInputError } from './errors.js';

/** Signatures of common binary formats someone might pass by mistake. */
const MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'a ZIP archive (or a .docx/.odt document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'an old Word/Excel document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

/** Share of control characters (other than tab, newlines, form feed) above which text is binary. */
const MAX_CONTROL_RATIO = 0.01;

export function decodeText(bytes: Uint8Array, field = 'file'): string {
  if (bytes.length === 0) throw new IngestInputError('is empty', field);
  const magic = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (magic)
    throw new IngestInputError(`is binary (looks like ${magic.name}); give plain text or HTML`, field);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return checkText(text, field);
}

/** Refuses text with NUL bytes or many control characters (binary data decoded as text). */
export function checkText(text: string, field = 'text'): string {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.includes('\u0000'))
    throw new IngestInputError('is binary (contains NUL bytes); give plain text or HTML', field);
  // eslint-disable-next-line no-control-regex
  const controls = clean.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > Math.max(2, clean.length * MAX_CONTROL_RATIO)) {
    throw new IngestInputError('is binary (many control characters); give plain text or HTML', field);
  }
  if (!clean.trim()) throw new IngestInputError('is empty (only whitespace)', field);
  return clean;
}
