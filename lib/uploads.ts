/**
 * Why: profile pictures are user-supplied bytes. They are judged by content (magic bytes, not the name or the
 * browser's type), capped at 2 MB, stored under a random name in UPLOADS_DIR and served only by /api/uploads.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from './env';

export const MAX_PICTURE_BYTES = 2 * 1024 * 1024;
export const PICTURE_MESSAGES = {
  tooLarge: 'Profile picture must be 2 MB or smaller',
  badType: 'Profile picture must be a PNG, JPEG or WebP image',
} as const;

const KINDS = [
  { ext: 'png', type: 'image/png', matches: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { ext: 'jpg', type: 'image/jpeg', matches: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: 'webp', type: 'image/webp', matches: (b: Buffer) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP' },
] as const;

export const PICTURE_NAME = /^[a-f0-9]{32}\.(png|jpg|webp)$/;

export function pictureKind(bytes: Buffer): (typeof KINDS)[number] | undefined {
  return KINDS.find((kind) => kind.matches(bytes));
}

export type PictureResult = { ok: true; name: string | null } | { ok: false; error: string };

/** The leading bytes pictureKind judges (the WebP check reads the furthest: bytes 8–11). */
const HEADER_BYTES = 12;

/** What is wrong with an uploaded picture (null when it is acceptable or absent), without storing it: reads only its header. */
export async function pictureError(file: FormDataEntryValue | null): Promise<string | null> {
  if (!(file instanceof File) || file.size === 0) return null;
  if (file.size > MAX_PICTURE_BYTES) return PICTURE_MESSAGES.tooLarge;
  return pictureKind(Buffer.from(await file.slice(0, HEADER_BYTES).arrayBuffer())) ? null : PICTURE_MESSAGES.badType;
}

/** Stores an uploaded picture; an empty file input means "no picture". */
export async function storePicture(file: FormDataEntryValue | null): Promise<PictureResult> {
  if (!(file instanceof File) || file.size === 0) return { ok: true, name: null };
  const error = await pictureError(file);
  if (error) return { ok: false, error };
  const bytes = Buffer.from(await file.arrayBuffer());
  const kind = pictureKind(bytes)!;
  const name = `${randomBytes(16).toString('hex')}.${kind.ext}`;
  await mkdir(env.UPLOADS_DIR, { recursive: true });
  await writeFile(path.join(/*turbopackIgnore: true*/ env.UPLOADS_DIR, name), bytes, { flag: 'wx' });
  return { ok: true, name };
}

export async function readPicture(name: string): Promise<{ bytes: Buffer; type: string } | null> {
  if (!PICTURE_NAME.test(name)) return null;
  try {
    const bytes = await readFile(path.join(/*turbopackIgnore: true*/ env.UPLOADS_DIR, name));
    const kind = pictureKind(bytes);
    return kind ? { bytes, type: kind.type } : null;
  } catch {
    return null;
  }
}

export async function deletePicture(name: string | null): Promise<void> {
  if (name && PICTURE_NAME.test(name)) await unlink(path.join(/*turbopackIgnore: true*/ env.UPLOADS_DIR, name)).catch(() => undefined);
}
