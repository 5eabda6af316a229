import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate, isLoginError } from '@/lib/accounts/login';
import { SESSION_IDLE_SECONDS, secureCookies } from '@/lib/auth/config';
import { env } from '@/lib/env';

declare module 'next-auth' {
  interface User {
    role: 'CITIZEN' | 'CLERK' | 'ADMIN';
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; role: 'CITIZEN' | 'CLERK' | 'ADMIN'; sv: number; loginAt: number };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: 'CITIZEN' | 'CLERK' | 'ADMIN';
    sv?: number;
    loginAt?: number;
  }
}

// lib/cli/server.js replaces X-Forwarded-For with the one client address it trusts.
function clientIp(headers: Record<string, unknown> | undefined): string {
  return String(headers?.['x-forwarded-for'] ?? '').split(',')[0]?.trim() || 'unknown';
}

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    useSecureCookies: secureCookies(),
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
            return { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
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
        }
        return token;
      },
      async session({ session, token }) {
        session.user = { id: token.sub ?? '', role: token.role ?? 'CITIZEN', sv: token.sv ?? 0, loginAt: token.loginAt ?? 0 };
        return session;
      },
    },
  };
}
