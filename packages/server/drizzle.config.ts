// drizzle-kit configuration: generate migrations by hand (`npx drizzle-kit generate`), never in CI.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
