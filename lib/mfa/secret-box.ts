/**
 * Why: a copy of the database must not yield anyone's TOTP secret. Secrets are sealed with AES-256-GCM under a key
 * derived (HKDF, one label per purpose) from MFA_ENCRYPTION_KEY, with a fresh IV each time and the user id as
 * associated data, so a sealed secret copied onto another user's row does not open. Outside production, without
 * a key, a fixed development key is used (like AUTH_SECRET, production refuses to start without one).
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { decodeKey, env } from '../env';

const DEVELOPMENT_KEY = createHash('sha256').update('sync-portal development-only MFA key').digest();
const VERSION = 'v1';

const derived = new Map<string, Buffer>();

/** A 32-byte key for one purpose ("totp-secret", "pending-sign-in"), derived once per process (env is fixed). */
export function derivedKey(purpose: string): Buffer {
  let key = derived.get(purpose);
  if (!key) {
    const master = env.MFA_ENCRYPTION_KEY ? decodeKey(env.MFA_ENCRYPTION_KEY)! : DEVELOPMENT_KEY;
    key = Buffer.from(hkdfSync('sha256', master, new Uint8Array(0), `sync-portal ${purpose}`, 32));
    derived.set(purpose, key);
  }
  return key;
}

export function sealSecret(userId: number, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derivedKey('totp-secret'), iv);
  cipher.setAAD(Buffer.from(`user:${userId}`));
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv, sealed, cipher.getAuthTag()].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

export function openSecret(userId: number, stored: string): string {
  const [version, iv, sealed, tag] = stored.split('.');
  if (version !== VERSION || !iv || !sealed || !tag) throw new Error('Unreadable two-factor secret');
  const decipher = createDecipheriv('aes-256-gcm', derivedKey('totp-secret'), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(`user:${userId}`));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
}
