// One file out of a zip archive (a workflow artifact), read from its central directory, as the
// APPNOTE describes it (PKWARE APPNOTE.TXT 6.3: end of central directory record 4.3.16, central
// file header 4.3.12, local file header 4.3.7). Only what artifacts use: stored or deflated
// entries, no encryption, no ZIP64. The archive comes from the network: every size is checked.

import { inflateRawSync } from 'node:zlib';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

export class ZipError extends Error {
  override name = 'ZipError';
}

/** The bytes of the entry named `name`, or undefined when the archive has none; a ZipError when it is not a zip we can read. */
export function zipEntry(archive: Buffer, name: string, maxBytes: number): Buffer | undefined {
  let end = -1;
  for (let i = archive.length - 22; i >= Math.max(0, archive.length - EOCD_SEARCH); i -= 1) {
    if (archive.readUInt32LE(i) === EOCD_SIGNATURE) {
      end = i;
      break;
    }
  }
  if (end === -1) throw new ZipError('not a zip archive (no end of central directory)');
  const entries = archive.readUInt16LE(end + 10);
  let offset = archive.readUInt32LE(end + 16);
  for (let n = 0; n < entries; n += 1) {
    if (offset + 46 > archive.length || archive.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw new ZipError('a damaged central directory');
    const flags = archive.readUInt16LE(offset + 8);
    const method = archive.readUInt16LE(offset + 10);
    const compressedSize = archive.readUInt32LE(offset + 20);
    const size = archive.readUInt32LE(offset + 24);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const local = archive.readUInt32LE(offset + 42);
    const entryName = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
    if (flags & 0x1) throw new ZipError(`${name} is encrypted`);
    if (size > maxBytes) throw new ZipError(`${name} is ${size} bytes, more than the ${maxBytes} read`);
    if (local + 30 > archive.length || archive.readUInt32LE(local) !== LOCAL_SIGNATURE) throw new ZipError(`a damaged local header for ${name}`);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    if (start + compressedSize > archive.length) throw new ZipError(`${name} runs past the end of the archive`);
    const data = archive.subarray(start, start + compressedSize);
    if (method === 0) return Buffer.from(data);
    if (method === 8) {
      try {
        // The declared size can lie: the output cap holds whatever the stream inflates to.
        return inflateRawSync(data, { maxOutputLength: maxBytes });
      } catch (error) {
        throw new ZipError(`${name} does not inflate: ${(error as Error).message}`);
      }
    }
    throw new ZipError(`${name} uses compression method ${method}; only stored and deflated entries are read`);
  }
  return undefined;
}
