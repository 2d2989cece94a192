import { Field } from './field';

/** The profile picture upload, with the same accepted types and size everywhere (lib/uploads.ts checks them). */
export function PictureField({ error, optional = false, chooseAgain = false }: { error?: string; optional?: boolean; chooseAgain?: boolean }) {
  return (
    <Field
      label="Profile picture"
      name="profilePicture"
      type="file"
      accept="image/png,image/jpeg,image/webp"
      error={error}
      hint={`${chooseAgain && !error ? 'Choose the picture again: the browser does not keep a file when the form comes back. ' : ''}${optional ? 'Optional. ' : ''}PNG, JPEG or WebP, up to 2 MB.`}
    />
  );
}
