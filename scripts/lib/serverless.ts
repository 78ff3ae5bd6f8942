/**
 * Helpers for the Serverless Framework scripts (package, offline, cold-start bench): a quiet,
 * network-free environment for the CLI, and a small reader for the zips it writes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** Serverless v3 phones home for telemetry, notifications and self-updates unless told not to. */
export const SLS_ENV = {
  SLS_TELEMETRY_DISABLED: '1',
  SLS_TRACKING_DISABLED: '1',
  SLS_NOTIFICATIONS_MODE: 'off',
  SLS_DISABLE_AUTO_UPDATE: '1',
} as const;

export const SERVERLESS_BIN = path.resolve('node_modules', '.bin', 'serverless');

export const FUNCTIONS = ['graphql', 'invoke'] as const;

export const zipPath = (fn: string) => path.resolve('.serverless', `${fn}.zip`);

/** The handler module of a function inside its zip (whatever module format serverless.yml picks). */
export const isEntryOf = (fn: string) => (name: string) =>
  new RegExp(`^src/lambda/${fn}\\.[cm]?js$`).test(name);

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/** Entries of a zip file (central directory; stored or deflated, no zip64 — what archiver writes). */
export function listZip(buf: Buffer, label = 'zip'): ZipEntry[] {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${label}: not a zip file`);
  const entries: ZipEntry[] = [];
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = buf.readUInt16LE(eocd + 10); i > 0; i--) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${label}: bad central directory`);
    const nameLen = buf.readUInt16LE(p + 28);
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localHeader: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

export function extractZip(file: string, dest: string): void {
  const buf = readFileSync(file);
  const root = path.resolve(dest);
  for (const e of listZip(buf, file)) {
    if (e.name.endsWith('/')) continue;
    const out = path.resolve(root, e.name);
    if (!out.startsWith(root + path.sep)) throw new Error(`${file}: unsafe entry ${e.name}`);
    const start =
      e.localHeader + 30 + buf.readUInt16LE(e.localHeader + 26) + buf.readUInt16LE(e.localHeader + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, e.method === 8 ? inflateRawSync(data) : data);
  }
}

export const formatMb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
