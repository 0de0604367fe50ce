// The header's bell: a link to /inbox whose accessible name says how many notifications are unread
// ("Notifications, 3 unread"); the badge shows the number (99+ beyond 99) and is hidden from screen readers.
import Link from "next/link";

export function Bell({ unread, label }: { unread: number; label: string }) {
  return (
    <Link
      href="/inbox"
      aria-label={label}
      title={label}
      data-testid="bell"
      className="relative -mx-1 inline-flex h-8 w-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M15 17h5l-1.4-1.4A2 2 0 0 1 18 14.2V11a6 6 0 1 0-12 0v3.2a2 2 0 0 1-.6 1.4L4 17h5m6 0v1a3 3 0 1 1-6 0v-1m6 0H9"
        />
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          data-testid="bell-count"
          className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold leading-5 text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
