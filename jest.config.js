// Four tiers, each a Jest project: `npm test` runs unit and integration; the browser (e2e) and
// fault (chaos) tiers have scripts of their own because they need more than Node, Java and Maven.
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': 'ts-jest' },
  testMatch: ['**/*.test.ts'],
};

// The tiers that talk to a real Neo4j start one for the whole run (unless one is given).
const withNeo4j = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  // Hooks and tests alike; the chaos tests give their own, longer bounds.
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/test/unit'] },
    { ...shared, ...withNeo4j, displayName: 'integration', roots: ['<rootDir>/test/integration'] },
    { ...shared, ...withNeo4j, displayName: 'e2e', roots: ['<rootDir>/test/e2e'] },
    // Each fault test starts and kills Neo4j servers of its own, so none is shared here.
    { ...shared, displayName: 'chaos', roots: ['<rootDir>/test/chaos'] },
  ],
};
