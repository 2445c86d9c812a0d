// One jest run for the whole hub. The global setup provisions real PostgreSQL (a fresh
// database for this run) and starts Kafka once; every test file then shares them.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['packages', 'subgraphs', 'gateway', 'test']
    .filter((dir) => require('node:fs').existsSync(require('node:path').join(__dirname, dir)))
    .map((dir) => `<rootDir>/${dir}`),
  testMatch: ['**/src/**/*.spec.ts', '**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  // Tests import workspace packages from source, so `npm test` needs no build first.
  moduleNameMapper: {
    '^@hub/(contracts|service-kit|local-stack|status-tools)$': '<rootDir>/packages/$1/src/index.ts',
    '^@hub/gateway$': '<rootDir>/gateway/src/index.ts',
  },
  globalSetup: '<rootDir>/packages/local-stack/src/jest-global-setup.ts',
  globalTeardown: '<rootDir>/packages/local-stack/src/jest-global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
