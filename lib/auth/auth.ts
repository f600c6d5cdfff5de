import 'server-only';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth from 'next-auth';
import { db } from '@/db/client';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { isRole, type Role } from './roles';

declare module 'next-auth' {
  interface Session {
    user: { id: string; name: string | null; role: Role; laId: string };
  }
}

/**
 * The session cookie. Secure (and __Secure- prefixed, as Auth.js would) when the site is served over HTTPS;
 * plain on http://localhost so the demo works. Our own sign-in actions set it, Auth.js reads it.
 */
const isSecure = (process.env.AUTH_URL ?? '').startsWith('https://');
export const SESSION_COOKIE = {
  name: `${isSecure ? '__Secure-' : ''}authjs.session-token`,
  options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: isSecure },
};

const LONGEST_SESSION_SECONDS = 30 * 24 * 60 * 60;

/**
 * Auth.js with database sessions: signing out (or a kiosk reset) deletes the session row, so a copied
 * cookie stops working at once. Lazy config, so the database is opened at request time, never at build.
 * Young people sign in by a code sent to their phone (app/(public)/sign-in), which Auth.js has no provider
 * for; those actions create the session row themselves (docs/decisions/003-sign-in.md).
 */
export const { handlers, auth, signOut } = NextAuth(() => ({
  adapter: DrizzleAdapter(db, {
    usersTable: users as never,
    accountsTable: accounts as never,
    sessionsTable: sessions as never,
    verificationTokensTable: verificationTokens as never,
  }),
  providers: [],
  session: {
    strategy: 'database',
    maxAge: LONGEST_SESSION_SECONDS,
    // Never extend a session: each role's length is set when it is created (lib/auth/roles.ts).
    updateAge: LONGEST_SESSION_SECONDS,
  },
  cookies: { sessionToken: SESSION_COOKIE },
  pages: { signIn: '/sign-in' },
  callbacks: {
    session({ session, user }) {
      const record = user as typeof user & { role?: unknown; laId?: string; deactivatedAt?: Date | null };
      if (!isRole(record.role) || !record.laId) throw new Error('A user without a role or area cannot sign in.');
      // Turning an account off deletes its sessions; this catches one started in the same moment (decision 034).
      if (record.deactivatedAt) throw new Error('A turned-off account cannot stay signed in.');
      return { ...session, user: { id: user.id, name: user.name ?? null, role: record.role, laId: record.laId } };
    },
  },
}));
