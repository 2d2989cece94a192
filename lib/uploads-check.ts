/** Why: forms with a picture check it in the same pass as their fields, so one submit reports every error. */
import 'server-only';
import { pictureError } from './uploads';

export async function pictureChecks(formData: FormData): Promise<Record<string, string>> {
  const error = await pictureError(formData.get('profilePicture'));
  return error ? { profilePicture: error } : {};
}
