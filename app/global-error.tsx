"use client";
// The root's error page (an error in a layout, before any page could render): the app's styles, and the outage
// message when the database is what failed.
import "./globals.css";
import { useDatabaseOutage } from "@/components/shell/use-database-outage";
import { Button } from "@/components/ui/button";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const isOutage = useDatabaseOutage();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <main role="alert" className="mx-auto max-w-xl px-6 py-24 text-center">
          {isOutage ? (
            <div data-outage="database">
              <p className="text-sm font-semibold text-brand-700">503</p>
              <h1 className="mt-2 text-2xl font-bold">The database cannot be reached</h1>
              <p className="mt-3 text-slate-600">Try again in a moment. Nothing you entered was saved half-way.</p>
            </div>
          ) : (
            <>
              <h1 className="text-2xl font-bold">Levelboard could not load this page</h1>
              <p className="mt-3 text-slate-600">
                Something went wrong on our side. Nothing you entered was saved half-way.
              </p>
            </>
          )}
          <Button onClick={() => reset()} className="mt-6">
            Try again
          </Button>
        </main>
      </body>
    </html>
  );
}
