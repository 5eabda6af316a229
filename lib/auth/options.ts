import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate, isLoginError } from '@/lib/accounts/login';
import { SESSION_IDLE_SECONDS } from '@/lib/auth/config';
import { env } from '@/lib/env';
import { servedOverHttps } from '@/lib/https';
import { kioskFromCookieHeader } from '@/lib/kiosk/config';
import { endKioskSession, startKioskSession } from '@/lib/kiosk/sessions';

declare module 'next-auth' {
  interface User {
    role: 'CITIZEN' | 'CLERK' | 'ADMIN';
    sessionVersion: number;
    /** Set when the sign-in happened on a kiosk terminal (see lib/kiosk/sessions.ts). */
    kioskSessionId?: string;
  }
  interface Session {
    user: { id: string; role: 'CITIZEN' | 'CLERK' | 'ADMIN'; sv: number; loginAt: number; ks?: string };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: 'CITIZEN' | 'CLERK' | 'ADMIN';
    sv?: number;
    loginAt?: number;
    /** The KioskSession of a sign-in on a kiosk terminal. */
    ks?: string;
  }
}

// lib/cli/server.js replaces X-Forwarded-For with the one client address it trusts.
function clientIp(headers: Record<string, unknown> | undefined): string {
  return (
    String(headers?.['x-forwarded-for'] ?? '')
      .split(',')[0]
      ?.trim() || 'unknown'
  );
}

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    useSecureCookies: servedOverHttps(),
    session: { strategy: 'jwt', maxAge: SESSION_IDLE_SECONDS, updateAge: 5 * 60 },
    jwt: { maxAge: SESSION_IDLE_SECONDS },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'credentials',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        // Throws an Error whose message is a code the login form translates. Anything else (a
        // database error) would reach the browser as is: it is logged and becomes "unexpected".
        async authorize(credentials, req) {
          try {
            const user = await authenticate({ email: credentials?.email, password: credentials?.password, ip: clientIp(req?.headers) });
            // On a shared terminal the cookie is bound to a server-side session with a short lifetime.
            const kioskSessionId = kioskFromCookieHeader(req?.headers?.cookie) ? await startKioskSession(user.id) : undefined;
            return { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion, kioskSessionId };
          } catch (error) {
            if (isLoginError(error)) throw error;
            console.error('[login]', error);
            throw new Error('unexpected');
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion;
          token.loginAt = Date.now();
          if (user.kioskSessionId) token.ks = user.kioskSessionId;
        }
        return token;
      },
      async session({ session, token }) {
        session.user = { id: token.sub ?? '', role: token.role ?? 'CITIZEN', sv: token.sv ?? 0, loginAt: token.loginAt ?? 0, ks: token.ks };
        return session;
      },
    },
    events: {
      // The ordinary "Ieșire" button ends a kiosk session too, not only the cookie.
      async signOut({ token }) {
        if (token?.sub && token.ks) await endKioskSession({ userId: token.sub, kioskSessionId: token.ks });
      },
    },
  };
}
