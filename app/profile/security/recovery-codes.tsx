/** The freshly issued recovery codes, shown once with what they are for. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4">
      <h3 className="text-sm font-semibold">Your recovery codes</h3>
      <p className="text-sm text-slate-700">
        Save them somewhere safe now: they are not shown again. Each one signs you in once if you lose your authenticator app.
      </p>
      <ul data-testid="recovery-codes" aria-label="Recovery codes" className="grid grid-cols-2 gap-1 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}
