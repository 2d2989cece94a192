/** The user's picture (served by /api/uploads) or their initials. */
export function Avatar({ picture, name, size = 32 }: { picture: string | null; name: string; size?: number }) {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
  if (picture) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- private, per-user files; next/image would cache them publicly
      <img
        src={`/api/uploads/${picture}`}
        alt={`${name}'s profile picture`}
        width={size}
        height={size}
        className="rounded-full object-cover"
        style={{ width: size, height: size }}
      />
    );
  }
  return (
    <span
      aria-hidden
      className="inline-flex items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-900"
      style={{ width: size, height: size }}
    >
      {initials}
    </span>
  );
}
