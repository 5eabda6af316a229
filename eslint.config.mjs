import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ['.next/**', '.data/**', 'node_modules/**', 'lib/generated/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
  {
    // Emails are whole HTML documents, not Next.js pages.
    files: ['lib/email/templates/**'],
    rules: { '@next/next/no-head-element': 'off' },
  },
  {
    files: ['next.config.js', 'lib/cli/*.js', 'tests/e2e/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

export default config;
