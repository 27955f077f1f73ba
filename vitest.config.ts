import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/security/**/*.test.ts'],
    // a Telegram-token-shaped canary in the environment the test processes start with (tests/security)
    env: { OCM_TEST_CANARY_BOT_TOKEN: '7000000001:AAcanary-not-a-real-token-0123456789' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // integration files start real sshd processes; two workers match the machine's two cores
    maxWorkers: 2,
  },
});
