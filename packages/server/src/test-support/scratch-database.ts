// Databases of their own on the PostgreSQL server DATABASE_URL names, for tests and benchmarks: made on an
// administrative connection to that server, reached by the same URL with another database's name, dropped
// (sessions still open on them closed) when done.
import pg from 'pg';

/** Runs `body` on a connection to `adminUrl`, closed after it. */
export async function withAdmin<T>(adminUrl: string, body: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await body(admin);
  } finally {
    await admin.end();
  }
}

/** `adminUrl` with database `name` in place of its own (the same server, user and options). */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops database `name` if it is there, closing the sessions still open on it. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, (a) => a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export interface ScratchDatabase {
  url: string;
  /** Drops the database (unless it was made to be kept). */
  drop: () => Promise<void>;
}

/** Creates the empty database `name` beside `adminUrl`'s; `keep` leaves it in place at drop() (to look at after). */
export async function createScratchDatabase(
  adminUrl: string,
  name: string,
  { keep = false }: { keep?: boolean } = {},
): Promise<ScratchDatabase> {
  await withAdmin(adminUrl, (a) => a.query(`CREATE DATABASE ${name}`));
  return {
    url: databaseUrl(adminUrl, name),
    drop: async () => {
      if (!keep) await dropDatabase(adminUrl, name);
    },
  };
}
