import { NextResponse } from 'next/server';
import { guardRoute } from '@/lib/auth/dal';
import { readPicture } from '@/lib/uploads';

/** Serves stored profile pictures to signed-in users only; names are random, content type comes from the bytes. */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const guard = await guardRoute(null);
  if (guard instanceof Response) return guard;
  const picture = await readPicture((await params).name);
  if (!picture) return NextResponse.json({ error: 'No such picture' }, { status: 404 });
  return new Response(new Uint8Array(picture.bytes), {
    headers: {
      'content-type': picture.type,
      'cache-control': 'private, max-age=86400, immutable',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
    },
  });
}
