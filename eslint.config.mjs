import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next*/**', 'node_modules/**', 'public/**', '.data/**', 'test-results/**', 'playwright-report/**', 'db/migrations/**'] },
];
export default config;
