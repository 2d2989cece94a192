import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { MAX_PICTURE_BYTES, PICTURE_MESSAGES, readPicture, storePicture } from '@/lib/uploads';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);

describe('profile pictures', () => {
  it.each([
    ['png', PNG],
    ['jpg', JPEG],
    ['webp', WEBP],
  ])('stores a %s judged by its bytes under a random name', async (ext, bytes) => {
    const result = await storePicture(new File([new Uint8Array(bytes)], 'whatever.txt', { type: 'text/plain' }));
    if (!result.ok || !result.name) throw new Error('not stored');
    expect(result.name).toMatch(new RegExp(`^[a-f0-9]{32}\\.${ext}$`));
    expect(await readFile(path.join(env.UPLOADS_DIR, result.name))).toEqual(bytes);
    expect((await readPicture(result.name))?.bytes).toEqual(bytes);
  });

  it('refuses an image type by content even when named .png', async () => {
    expect(await storePicture(new File(['GIF89a....'], 'cat.png', { type: 'image/png' }))).toEqual({ ok: false, error: PICTURE_MESSAGES.badType });
  });

  it('refuses more than 2 MB', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_PICTURE_BYTES)]);
    expect(await storePicture(new File([new Uint8Array(big)], 'big.png'))).toEqual({ ok: false, error: PICTURE_MESSAGES.tooLarge });
  });

  it('treats an empty file input as no picture and refuses path tricks when reading', async () => {
    expect(await storePicture(new File([], ''))).toEqual({ ok: true, name: null });
    expect(await readPicture('../../etc/passwd')).toBeNull();
  });
});
