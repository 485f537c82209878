// Configuration declared once: one zod schema, each variable with its default, description and
// whether it is sensitive; parsed once at start-up. `process.env` is read nowhere else.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

interface VarMeta {
  description: string;
  sensitive: boolean;
}

const vars = {
  DATABASE_URL: {
    schema: z.string().url().optional(),
    meta: { description: 'PostgreSQL URL; unset = embedded PGlite in DATA_DIR', sensitive: true },
  },
  DATA_DIR: {
    schema: z.string().default('./data'),
    meta: { description: 'embedded database folder', sensitive: false },
  },
  HOST: {
    schema: z.string().default('127.0.0.1'),
    meta: { description: 'listen address', sensitive: false },
  },
  PORT: {
    schema: z.coerce.number().int().min(0).max(65535).default(3000),
    meta: { description: 'listen port', sensitive: false },
  },
  LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    meta: { description: 'pino log level', sensitive: false },
  },
  DEMO: {
    schema: bool.optional(),
    meta: {
      description: 'seed the demo city into a new database (default: on for PGlite, off for PostgreSQL)',
      sensitive: false,
    },
  },
  TRUST_PROXY: {
    schema: bool.default(false),
    meta: { description: 'behind a TLS-terminating proxy', sensitive: false },
  },
  COOKIE_SECURE: {
    schema: bool.optional(),
    meta: {
      description: 'Secure session cookie (default: when the request came over TLS)',
      sensitive: false,
    },
  },
  SESSION_HOURS: {
    schema: z.coerce.number().positive().default(12),
    meta: { description: 'session lifetime', sensitive: false },
  },
  BODY_LIMIT_BYTES: {
    schema: z.coerce
      .number()
      .int()
      .positive()
      .default(5 * 1024 * 1024),
    meta: { description: 'largest JSON body', sensitive: false },
  },
  UPLOAD_LIMIT_BYTES: {
    schema: z.coerce
      .number()
      .int()
      .positive()
      .default(50 * 1024 * 1024),
    meta: { description: 'largest uploaded file', sensitive: false },
  },
  LOGIN_RATE_PER_MINUTE: {
    schema: z.coerce.number().int().positive().default(20),
    meta: { description: 'login attempts per client address per minute', sensitive: false },
  },
  LOCKOUT_THRESHOLD: {
    schema: z.coerce.number().int().positive().default(5),
    meta: { description: 'failed logins before an account is locked', sensitive: false },
  },
  SESSION_CACHE_SECONDS: {
    schema: z.coerce.number().min(0).max(300).default(5),
    meta: {
      description:
        'how long a process keeps a session in memory (0 = read it on every request); a session revoked by another process lives at most this long there',
      sensitive: false,
    },
  },
  LOCKOUT_MINUTES: {
    schema: z.coerce.number().positive().default(15),
    meta: { description: 'lockout duration', sensitive: false },
  },
} satisfies Record<string, { schema: z.ZodType; meta: VarMeta }>;

type Vars = typeof vars;
const envSchema = z.object(
  Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, v.schema])) as {
    [K in keyof Vars]: Vars[K]['schema'];
  },
);
type Env = z.infer<typeof envSchema>;

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  demo: boolean;
  trustProxy: boolean;
  cookieSecure: boolean | undefined;
  sessionHours: number;
  sessionCacheSeconds: number;
  bodyLimit: number;
  uploadLimit: number;
  loginRatePerMinute: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
}

/** What each variable means (for `--help` and the README); sensitive values are never printed. */
export const configDescription = Object.entries(vars).map(([name, v]) => ({ name, ...v.meta }));

/** Parses the environment once; throws with every problem listed. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked = Object.fromEntries(Object.keys(vars).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`配置错误 (configuration):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    demo: e.DEMO ?? e.DATABASE_URL === undefined,
    trustProxy: e.TRUST_PROXY,
    cookieSecure: e.COOKIE_SECURE,
    sessionHours: e.SESSION_HOURS,
    sessionCacheSeconds: e.SESSION_CACHE_SECONDS,
    bodyLimit: e.BODY_LIMIT_BYTES,
    uploadLimit: e.UPLOAD_LIMIT_BYTES,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    lockoutThreshold: e.LOCKOUT_THRESHOLD,
    lockoutMinutes: e.LOCKOUT_MINUTES,
  };
}

/** Defaults for tests and tools: the same schema with an empty environment plus overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), demo: false, logLevel: 'silent', ...overrides };
}
