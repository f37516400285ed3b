/**
 * npm run test:chaos: faults and load against the real service and its own Neo4j (each test
 * starts what it needs, so no shared Neo4j here). Loopback only; each test bounded.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/chaos'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 180000,
};
