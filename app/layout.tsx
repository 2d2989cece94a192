import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SupportAddressProvider } from '@/components/support-address';
import { env } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Sync Portal', template: '%s · Sync Portal' },
  description: 'Financial analytics and MongoDB collection sync for customers, technicians, management and admins.',
};

// Every page renders per request: Next stamps the proxy's per-request CSP nonce on its scripts only while rendering,
// so a page prerendered at build time would carry no nonce and its scripts would be blocked.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <SupportAddressProvider address={env.SUPPORT_EMAIL}>{children}</SupportAddressProvider>
      </body>
    </html>
  );
}
