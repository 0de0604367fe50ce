"use client";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="text-lg font-semibold text-red-900">This page could not be shown</h1>
      <p className="mt-1 text-sm text-red-900">
        Something went wrong on our side; nothing was changed.{" "}
        {error.digest ? (
          <>
            Reference: <code>{error.digest}</code>.
          </>
        ) : null}
      </p>
      <button
        onClick={() => reset()}
        className="mt-4 rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800"
      >
        Try again
      </button>
    </div>
  );
}
