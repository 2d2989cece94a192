'use client';
import { createContext, useContext, type ReactNode } from 'react';

/**
 * Why: error boundaries are client components and cannot read the server's env, yet they must tell people where to
 * write. The root layout hands the running server's SUPPORT_EMAIL down once (it is public: pages print it), so a
 * changed setting needs no rebuild, unlike a NEXT_PUBLIC_ value baked in at build time.
 */
const SupportAddress = createContext<string | null>(null);

export function SupportAddressProvider({ address, children }: { address: string; children?: ReactNode }) {
  return <SupportAddress value={address}>{children}</SupportAddress>;
}

/** The support address, or null outside the root layout (e.g. in a boundary that replaces it). */
export function useSupportAddress(): string | null {
  return useContext(SupportAddress);
}
