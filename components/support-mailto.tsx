/** The support address as a mailto link, the same on server pages and in client error boundaries. */
export function SupportMailto({ address }: { address: string }) {
  return (
    <a href={`mailto:${address}`} className="font-medium text-brand-700 underline">
      {address}
    </a>
  );
}
