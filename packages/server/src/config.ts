// Configuration declared once: one zod schema, each variable with its default, description and
// whether it is sensitive; parsed once at start-up. `process.env` is read nowhere else.
import { isIP } from 'node:net';
import { z } from 'zod';
import { armedFailpoint, type Failpoint } from './reliability/failpoint.ts';

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
  DATABASE_POOL_SIZE: {
    schema: z.coerce.number().int().min(1).max(200).default(10),
    meta: {
      description:
        "connections this server keeps to PostgreSQL (shared out among its SERVER_WORKERS processes), plus half as many for the prepared lists; about twice the database host's cores (more only makes its processes queue for the CPUs)",
      sensitive: false,
    },
  },
  SERVER_WORKERS: {
    schema: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default('auto'),
    meta: {
      description:
        "server processes sharing the port (node:cluster), PostgreSQL only: auto = the host's cores, at most 4, halved when the database runs on the same host (127.0.0.1, localhost, a socket); PGlite is always one process. DATABASE_POOL_SIZE and IMPORT_WORKERS are shared among them",
      sensitive: false,
    },
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
    schema: z
      .string()
      .default('false')
      .transform((v, ctx) => {
        const list = trustedProxies(v);
        if (typeof list === 'string') {
          ctx.addIssue({ code: 'custom', message: `不是代理地址或网段：${list}` });
          return z.NEVER;
        }
        return list;
      }),
    meta: {
      description:
        'the reverse proxies whose X-Forwarded-For/-Proto are believed: a comma-separated list of addresses or CIDR ranges (or loopback, linklocal, uniquelocal); true = a proxy on this host (loopback); false = none. The client address is the last one in X-Forwarded-For not added by a listed proxy, never the leftmost (which the client writes itself)',
      sensitive: false,
    },
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
    meta: {
      description:
        'failed sign-ins per account name and per address before each attempt must wait a doubling delay (at most 30 s for an account, LOCKOUT_MINUTES for an address)',
      sensitive: false,
    },
  },
  SESSION_CACHE_SECONDS: {
    schema: z.coerce.number().min(0).max(300).default(5),
    meta: {
      description:
        'how long a process keeps a session in memory (0 = read it on every request); a session revoked by another process lives at most this long there',
      sensitive: false,
    },
  },
  FORM_CACHE_SECONDS: {
    schema: z.coerce.number().min(0).max(3600).default(30),
    meta: {
      description:
        'how long a process keeps a read form in memory (0 = off); every write announces itself to all processes, this bounds a lost announcement',
      sensitive: false,
    },
  },
  S3_ENDPOINT: {
    schema: z.string().url().optional(),
    meta: {
      description:
        'S3-compatible store for uploaded files (e.g. http://minio:9000); unset = files kept in the database',
      sensitive: false,
    },
  },
  S3_BUCKET: {
    schema: z.string().min(3).max(63).optional(),
    meta: { description: 'bucket of the uploaded files', sensitive: false },
  },
  S3_REGION: {
    schema: z.string().default('us-east-1'),
    meta: { description: 'region the S3 signature names', sensitive: false },
  },
  S3_ACCESS_KEY_ID: {
    schema: z.string().optional(),
    meta: { description: 'S3 access key id', sensitive: true },
  },
  S3_SECRET_ACCESS_KEY: {
    schema: z.string().optional(),
    meta: { description: 'S3 secret access key', sensitive: true },
  },
  S3_PREFIX: {
    schema: z.string().default('jixiao/files/'),
    meta: { description: 'key prefix of the uploaded files in the bucket', sensitive: false },
  },
  PREVIEW_HOURS: {
    schema: z.coerce
      .number()
      .positive()
      .max(24 * 365)
      .default(24),
    meta: {
      description: 'how long an uploaded file kept for its import preview lives unless it is saved as forms',
      sensitive: false,
    },
  },
  LOCKOUT_MINUTES: {
    schema: z.coerce.number().positive().default(15),
    meta: {
      description: 'how long failed sign-ins are remembered; the longest delay for one address',
      sensitive: false,
    },
  },
  SMTP_URL: {
    schema: z.string().url().optional(),
    meta: {
      description:
        'SMTP server for 催报 e-mails (smtp://user:pass@host:587, smtps://… for TLS); unset = no e-mail',
      sensitive: true,
    },
  },
  MAIL_FROM: {
    schema: z.string().default('Jixiao 绩效 <jixiao@localhost>'),
    meta: { description: 'sender of the e-mails', sensitive: false },
  },
  IMPORT_WORKERS: {
    schema: z.coerce.number().int().min(1).max(16).default(2),
    meta: {
      description:
        'worker threads that read uploaded files (off the event loop), shared out among the SERVER_WORKERS processes',
      sensitive: false,
    },
  },
  IMPORT_WORKERS_WARM: {
    schema: bool.default(true),
    meta: {
      description:
        'keep one of those worker threads loaded from start-up, so that the first upload does not wait seconds for it; false spares its memory and the CPU of loading it where uploads are rare',
      sensitive: false,
    },
  },
  IMPORT_WORKER_NICE: {
    schema: z.coerce.number().int().min(0).max(19).default(10),
    meta: {
      description:
        'added to the nice value of the reading and checking worker threads (Linux): 10 keeps requests quick while files are read; 0 where the reading is the work waited on',
      sensitive: false,
    },
  },
  SLOW_REQUEST_SECONDS: {
    schema: z.coerce.number().min(0).max(3600).default(30),
    meta: {
      description:
        'a request still unanswered after this many seconds is logged (warn) with the requests open beside it, and an event loop held up for over a second too; 0 = off',
      sensitive: false,
    },
  },
  IMPORT_TIMEOUT_SECONDS: {
    schema: z.coerce.number().positive().max(3600).default(60),
    meta: {
      description: 'time budget of one uploaded file; past it the reading is stopped and the user told why',
      sensitive: false,
    },
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
  /** Connections to PostgreSQL (the list statements' pool: half as many more). */
  databasePoolSize: number;
  /** Server processes (SERVER_WORKERS; cluster/worker-count.ts resolves `auto`). */
  serverWorkers: number | 'auto';
  dataDir: string;
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  demo: boolean;
  /** Trusted reverse proxies (addresses, CIDR ranges or proxy-addr names); empty: no proxy is believed. */
  trustProxy: string[];
  cookieSecure: boolean | undefined;
  sessionHours: number;
  sessionCacheSeconds: number;
  formCacheSeconds: number;
  bodyLimit: number;
  uploadLimit: number;
  loginRatePerMinute: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Unsaved upload previews are deleted after this many hours. */
  previewHours: number;
  importWorkers: number;
  /** Whether one reading worker is loaded at start-up rather than at the first upload (IMPORT_WORKERS_WARM). */
  importWorkersWarm: boolean;
  /** Nice increment of the reading and checking worker threads (see IMPORT_WORKER_NICE). */
  importWorkerNice: number;
  importTimeoutSeconds: number;
  /** A request unanswered this long is logged with the ones open beside it (0: never). */
  slowRequestSeconds: number;
  /** Where uploaded files go: an S3-compatible store when configured, else the database. */
  s3: S3Config | undefined;
  /** Where reminders (催报) are e-mailed from, when an SMTP server is configured. */
  mail: { smtpUrl: string; from: string } | undefined;
  /**
   * Tests only: where a save stops for a test to kill the process (JIXIAO_FAILPOINT, read only when
   * NODE_ENV=test; not among the documented variables, see reliability/failpoint.ts).
   */
  failpoint: Failpoint | undefined;
}

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  prefix: string;
}

function s3Config(e: Env): S3Config | undefined {
  const given = [e.S3_ENDPOINT, e.S3_BUCKET, e.S3_ACCESS_KEY_ID, e.S3_SECRET_ACCESS_KEY];
  if (given.every((v) => v === undefined)) return undefined;
  if (given.some((v) => v === undefined))
    throw new Error(
      '配置错误 (configuration): S3 存储需要同时设置 S3_ENDPOINT、S3_BUCKET、S3_ACCESS_KEY_ID 和 S3_SECRET_ACCESS_KEY',
    );
  return {
    endpoint: e.S3_ENDPOINT!,
    bucket: e.S3_BUCKET!,
    region: e.S3_REGION,
    accessKeyId: e.S3_ACCESS_KEY_ID!,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
    prefix: e.S3_PREFIX,
  };
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY as a list of trusted proxies, or the first entry that is not one. */
function trustedProxies(value: string): string[] | string {
  const v = value.trim().toLowerCase();
  if (['', 'false', '0', 'no'].includes(v)) return [];
  if (['true', '1', 'yes'].includes(v)) return ['loopback'];
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  for (const e of entries) {
    if (PROXY_NAMES.has(e)) continue;
    const [address, bits, extra] = e.split('/');
    const family = isIP(address ?? '');
    const maxBits = family === 6 ? 128 : 32;
    const bitsOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (family === 0 || !bitsOk || extra !== undefined) return e;
  }
  return entries;
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
  if (e.DATABASE_URL === undefined && e.SERVER_WORKERS !== 'auto' && e.SERVER_WORKERS > 1)
    throw new Error(
      '配置错误 (configuration):\nSERVER_WORKERS: 内嵌数据库 PGlite 只能由一个进程打开；多个服务进程需要设置 DATABASE_URL（PostgreSQL）',
    );
  return {
    databaseUrl: e.DATABASE_URL,
    serverWorkers: e.SERVER_WORKERS,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: e.DATA_DIR,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    demo: e.DEMO ?? e.DATABASE_URL === undefined,
    trustProxy: e.TRUST_PROXY,
    cookieSecure: e.COOKIE_SECURE,
    sessionHours: e.SESSION_HOURS,
    sessionCacheSeconds: e.SESSION_CACHE_SECONDS,
    formCacheSeconds: e.FORM_CACHE_SECONDS,
    bodyLimit: e.BODY_LIMIT_BYTES,
    uploadLimit: e.UPLOAD_LIMIT_BYTES,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    lockoutThreshold: e.LOCKOUT_THRESHOLD,
    lockoutMinutes: e.LOCKOUT_MINUTES,
    previewHours: e.PREVIEW_HOURS,
    importWorkers: e.IMPORT_WORKERS,
    importWorkersWarm: e.IMPORT_WORKERS_WARM,
    importWorkerNice: e.IMPORT_WORKER_NICE,
    importTimeoutSeconds: e.IMPORT_TIMEOUT_SECONDS,
    slowRequestSeconds: e.SLOW_REQUEST_SECONDS,
    s3: s3Config(e),
    mail: e.SMTP_URL ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : undefined,
    failpoint: armedFailpoint(env),
  };
}

/** Defaults for tests and tools: the same schema with an empty environment plus overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  // A reading's time budget is a guard against hostile files; on a loaded test machine the first start of a
  // reading worker alone can take a minute, so tests that do not test the budget get a generous one.
  // The readers run at the tests' own priority: at nice 10 a worker gets about a tenth of the CPU of each
  // other busy process, so on a machine shared with other work a test's reading waited minutes for it.
  return {
    ...loadConfig({}),
    demo: false,
    logLevel: 'silent',
    importTimeoutSeconds: 900,
    importWorkerNice: 0,
    ...overrides,
  };
}
