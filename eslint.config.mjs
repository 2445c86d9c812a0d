// Lint rules for the whole workspace: typescript-eslint's recommended set, type-aware.
import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

// Contracts are declared once, in packages/contracts: an event's name, the UUID pattern and the
// list of client-safe error codes written anywhere else is an error (import them instead).
const eventTypes = readdirSync(
  fileURLToPath(new globalThis.URL('./schema/events', import.meta.url)),
)
  .map((file) => /^(.+\.v\d+)\.schema\.json$/.exec(file)?.[1])
  .filter(Boolean);
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const contractCopies = [
  {
    selector: `Literal[value=/^(${eventTypes.map(escapeRegExp).join('|')})$/]`,
    message: 'An event type is named by its constant in @hub/contracts, not by a string.',
  },
  {
    selector: 'Literal[regex.pattern=/0-9a-f\\]\\{8\\}/]',
    message: 'Use UUID_PATTERN or isUuid from @hub/contracts.',
  },
  {
    selector: 'Literal[value=/0-9a-f\\]\\{8\\}/]',
    message: 'Use UUID_PATTERN or isUuid from @hub/contracts.',
  },
  {
    selector:
      "ArrayExpression:has(> Literal[value='BAD_USER_INPUT']):has(> Literal[value='CONFLICT'])",
    message: 'The client-safe error codes are CLIENT_ERROR_CODES in @hub/contracts.',
  },
];

export default tseslint.config(
  // test/graphql folders are written by GraphQL Code Generator (npm run codegen).
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.hub/**',
      '.tmp/**',
      'coverage/**',
      'docker/**',
      '**/test/graphql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      'no-console': 'off',
      'no-restricted-syntax': ['error', ...contractCopies],
    },
  },
  {
    files: ['packages/contracts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Tests read JSON answers; typing every shape would hide what they check.
    files: ['**/test/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
