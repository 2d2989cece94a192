import { Field } from './field';

/** The profile picture upload, with the same accepted types and size everywhere (lib/uploads.ts checks them). */
export function PictureField({ error, optional = false }: { error?: string; optional?: boolean }) {
  return (
    <Field
      label="Profile picture"
      name="profilePicture"
      type="file"
      accept="image/png,image/jpeg,image/webp"
      error={error}
      hint={`${optional ? 'Optional. ' : ''}PNG, JPEG or WebP, up to 2 MB.`}
    />
  );
}
