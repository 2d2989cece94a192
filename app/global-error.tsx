'use client';
import './globals.css';
import ErrorPage from './error';

/**
 * When the root layout itself fails, Next renders this in its place, so it brings its own <html> and <body>. It is
 * the same calm page as error.tsx (no support address: the layout that hands it over is what failed).
 */
export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Sync Portal</title>
      </head>
      <body className="min-h-screen font-sans">
        <ErrorPage {...props} />
      </body>
    </html>
  );
}
